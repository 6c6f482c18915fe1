package dev.lostguard.model;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's classes that carry a version field ({@code JobNode.version}, {@code OrderRecord}'s
 * {@code version}), by the table their name suggests. A table whose version column no statement
 * lostguard reads names may still be checked through such a class by generic code it cannot follow
 * (a helper adding {@code VERSION.eq(record.getVersion())} to any jOOQ update), so that column is
 * not judged unused.
 */
final class VersionCarriers {

  /** Role suffixes of classes that mirror a row: {@code JobNodeRecord}, {@code OrderEntity}, {@code UserDO}. */
  private static final Pattern ROLE_SUFFIX = Pattern.compile("(Record|Entity|Row|DO|PO|Po|Do|Model|Bean)$");

  private final Set<String> names;

  private VersionCarriers(Set<String> names) {
    this.names = names;
  }

  static VersionCarriers of(CallGraph graph, AnalysisSettings settings) {
    Set<String> names = new HashSet<>();
    if (graph != null) {
      for (TypeFacts type : graph.types()) {
        if (type.fields().keySet().stream().anyMatch(field -> settings.isVersionName(snake(field)))) {
          String simple = type.qualifiedName().substring(type.qualifiedName().lastIndexOf('.') + 1);
          simple = simple.substring(simple.lastIndexOf('$') + 1);
          names.add(normalized(ROLE_SUFFIX.matcher(simple).replaceFirst("")));
        }
      }
    }
    return new VersionCarriers(names);
  }

  /** Some class named after the table ({@code job_node}, {@code t_job_node}, {@code job_nodes}) has a version field. */
  boolean carry(String table) {
    String wanted = normalized(table);
    return names.stream().anyMatch(name -> !name.isEmpty()
        && (wanted.equals(name) || wanted.endsWith(name) && wanted.length() - name.length() <= 3
            || wanted.equals(name + "s") || wanted.equals(name + "es")));
  }

  private static String normalized(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static String snake(String field) {
    return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
