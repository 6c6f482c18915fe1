package dev.lostguard.scan;

import dev.lostguard.model.CallGraph;
import dev.lostguard.model.ConstantPool;
import dev.lostguard.model.EntryPointModel;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.MapperFacts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Builds the call graph on its own daemon thread, so that its single-threaded work overlaps the
 * parallel SQL phase (the graph needs only the types and constants the front-ends found). The graph is the same
 * graph a direct {@link CallGraph#build} gives.
 */
final class CallGraphs {

  private static final long STACK_BYTES = 64L * 1024 * 1024;

  private CallGraphs() {}

  /** Each mapper namespace's statement ids, from the project's own mappers. */
  private static Map<String, Set<String>> statementIds(List<FileFacts> facts) {
    Map<String, Set<String>> ids = new HashMap<>();
    for (FileFacts file : facts) {
      for (MapperFacts mapper : file.mappers()) {
        if (mapper.namespace() != null) {
          mapper.statements().forEach(s -> ids.computeIfAbsent(mapper.namespace(), n -> new HashSet<>()).add(s.id()));
        }
      }
    }
    return ids;
  }

  /** Starts the build; the supplier waits for the graph (and rethrows what the build threw). */
  static Supplier<CallGraph> start(List<FileFacts> facts, EntryPointModel model) {
    CompletableFuture<CallGraph> graph = new CompletableFuture<>();
    Thread thread = new Thread(null, () -> {
      try {
        graph.complete(CallGraph.build(facts.stream().flatMap(f -> f.types().stream()).toList(), model,
            ConstantPool.of(facts.stream().flatMap(f -> f.constants().stream()).toList()),
            facts.stream().flatMap(f -> f.operations().stream()).toList(), statementIds(facts)));
      } catch (RuntimeException | Error e) {
        graph.completeExceptionally(e);
      }
    }, "lostguard-call-graph", STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    return () -> Warmup.join(graph);
  }
}
