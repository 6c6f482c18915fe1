package dev.lostguard.scan;

import dev.lostguard.model.SourceRole;
import dev.lostguard.rules.RuleCatalog;
import dev.lostguard.sql.SqlFileAnalyzer;
import dev.lostguard.xml.MapperFileAnalyzer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Fixed start-up costs moved off the critical path: while the main thread walks the tree, one daemon
 * thread loads the rule catalog and then runs the SQL and mapper front-ends once on a tiny input, so
 * that their classes are loaded and initialised before the workers need them. Nothing it computes
 * reaches a report except the catalog, which is the same catalog a direct load gives.
 */
final class Warmup {

  private static final String SQL = "UPDATE t SET a = 1, version = version + 1 WHERE id = 2 AND version = 3;\n";
  private static final String MAPPER =
      "<mapper namespace=\"w.M\"><update id=\"u\">UPDATE t SET a = #{a} WHERE id = #{id}</update></mapper>";

  private Warmup() {}

  /** The built-in catalog, loaded on a background thread that then warms the front-ends. */
  static Supplier<RuleCatalog> builtInCatalog() {
    CompletableFuture<RuleCatalog> catalog = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        catalog.complete(RuleCatalog.builtIn());
      } catch (RuntimeException | Error e) {
        catalog.completeExceptionally(e);
        return;
      }
      try {
        new SqlFileAnalyzer().analyze("warmup.sql", SQL, SourceRole.APPLICATION);
        new MapperFileAnalyzer().analyze("warmup.xml", MAPPER, SourceRole.APPLICATION);
      } catch (RuntimeException | StackOverflowError e) {
        // Warming is best effort: the real inputs meet the same code and report any failure.
      }
    }, "lostguard-warmup");
    thread.setDaemon(true);
    thread.start();
    return () -> join(catalog);
  }

  /** The value, or the loader's own exception rethrown as it was thrown. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
