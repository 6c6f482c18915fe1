package dev.lostguard.sql;

import dev.lostguard.model.FileFacts;
import dev.lostguard.model.SchemaChange;
import dev.lostguard.model.SchemaInclude;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The project's schema changes in the order a database receives them. Files that no changelog
 * includes are applied in {@link MigrationOrder}; a Liquibase changelog applies the files it includes
 * ({@code include}, {@code includeAll} in path order, {@code sqlFile}) at the point it names them, so a
 * master changelog decides the order of everything under it, and an included file is applied once,
 * there, not again on its own. An include that names no scanned file is ignored. A file that only
 * drops tables and is no numbered migration step is a teardown script and is not applied.
 */
public final class SchemaOrder {

  private static final Set<String> SCHEMA_FILES = Set.of(".sql", ".xml", ".yaml", ".yml", ".json");

  private final Map<String, FileFacts> byPath = new TreeMap<>();
  private final Set<String> applied = new HashSet<>();
  private final List<SchemaChange> changes = new ArrayList<>();

  private SchemaOrder(List<FileFacts> facts) {
    facts.forEach(f -> byPath.put(f.path(), f));
  }

  /** Every file's schema changes, in application order. */
  public static List<SchemaChange> changes(List<FileFacts> facts) {
    SchemaOrder order = new SchemaOrder(facts);
    Set<String> included = new HashSet<>();
    for (FileFacts file : order.byPath.values()) {
      file.includes().forEach(include -> included.addAll(order.targets(file.path(), include)));
    }
    List<String> paths = new ArrayList<>(order.byPath.keySet());
    paths.sort(new MigrationOrder());
    // A teardown script (main_drop_all.sql beside main_create_tables.sql) resets a database; it is no step
    // after the creates, whatever its name sorts as.
    paths.stream().filter(p -> !included.contains(p) && order.teardown(p)).forEach(order.applied::add);
    paths.stream().filter(p -> !included.contains(p)).forEach(order::apply);
    paths.forEach(order::apply); // included only by each other: a cycle without a master
    return List.copyOf(order.changes);
  }

  /** Every change of the file drops a table, and the file is no numbered step of a migration sequence. */
  private boolean teardown(String path) {
    List<SchemaChange> own = byPath.get(path).schemaChanges();
    return !own.isEmpty() && own.stream().allMatch(c -> c instanceof SchemaChange.DropTable)
        && !MigrationOrder.sequenced(path);
  }

  private void apply(String path) {
    if (!applied.add(path)) {
      return;
    }
    FileFacts file = byPath.get(path);
    List<SchemaChange> own = file.schemaChanges();
    Deque<SchemaInclude> pending = new ArrayDeque<>(file.includes());
    for (int i = 0; i <= own.size(); i++) {
      while (!pending.isEmpty() && pending.peek().position() <= i) {
        targets(path, pending.pop()).forEach(this::apply);
      }
      if (i < own.size()) {
        changes.add(own.get(i));
      }
    }
  }

  /** The scanned files an include names: one file, or a folder's schema files in path order. */
  List<String> targets(String from, SchemaInclude include) {
    String written = include.target().replace('\\', '/').replaceFirst("^classpath\\*?:", "").replaceFirst("^/+", "");
    if (include.folder()) {
      String folder = written.endsWith("/") ? written : written + "/";
      List<String> files = new ArrayList<>();
      for (String path : byPath.keySet()) {
        if (isSchemaFile(path) && !path.equals(from) && inFolder(path, from, folder, include.relativeToFile())) {
          files.add(path);
        }
      }
      return files;
    }
    String relative = normalize(folderOf(from) + written);
    if (include.relativeToFile() && byPath.containsKey(relative)) {
      return List.of(relative);
    }
    String best = null;
    for (String path : byPath.keySet()) {
      if ((path.equals(written) || path.endsWith("/" + written)) && closer(path, best, from)) {
        best = path;
      }
    }
    if (best == null && byPath.containsKey(relative)) {
      best = relative;
    }
    return best == null ? List.of() : List.of(best);
  }

  private static boolean inFolder(String path, String from, String folder, boolean relativeToFile) {
    if (relativeToFile) {
      return path.startsWith(normalize(folderOf(from) + folder));
    }
    return path.startsWith(folder) || path.contains("/" + folder);
  }

  private static boolean isSchemaFile(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return SCHEMA_FILES.stream().anyMatch(lower::endsWith);
  }

  /** Of two files with the same classpath name, the one sharing the longer prefix with the includer. */
  private static boolean closer(String candidate, String best, String from) {
    return best == null || commonPrefix(candidate, from) > commonPrefix(best, from);
  }

  private static int commonPrefix(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  /** Resolves {@code .} and {@code ..} segments of a relative path. */
  private static String normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/", -1)) {
      if (part.equals("..")) {
        parts.pollLast();
      } else if (!part.equals(".") && !part.isEmpty()) {
        parts.addLast(part);
      }
    }
    return String.join("/", parts) + (path.endsWith("/") ? "/" : "");
  }
}
