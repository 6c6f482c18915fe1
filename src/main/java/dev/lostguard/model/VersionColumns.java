package dev.lostguard.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides each table's version column: a listed name in its DDL with a usable type, else a column that
 * some statement of the project both compares and increments.
 */
final class VersionColumns {

  private VersionColumns() {}

  static TableFacts decide(
      String table, Optional<TableDefinition> definition, List<WriteSite> writes, AnalysisSettings settings) {
    if (definition.isPresent()) {
      for (ColumnDefinition column : definition.get().columns().values()) {
        if (settings.versionColumns().contains(column.name()) && usableVersionType(column.category())) {
          return new TableFacts(
              table, definition, column.name(), VersionSource.DDL, column.category() == TypeCategory.TEMPORAL);
        }
      }
    }
    Optional<String> inferred = inferFromStatements(writes, settings);
    if (inferred.isPresent()) {
      boolean temporal =
          definition.flatMap(d -> d.column(inferred.get()))
              .map(c -> c.category() == TypeCategory.TEMPORAL)
              .orElse(false);
      return new TableFacts(table, definition, inferred.get(), VersionSource.INFERRED, temporal);
    }
    return new TableFacts(
        table, definition, null, definition.isPresent() ? VersionSource.NONE : VersionSource.UNKNOWN, false);
  }

  private static boolean usableVersionType(TypeCategory category) {
    return category == TypeCategory.INTEGRAL
        || category == TypeCategory.UNKNOWN
        || category == TypeCategory.TEMPORAL;
  }

  /** Columns compared for equality and incremented in one statement; listed names win, then frequency. */
  private static Optional<String> inferFromStatements(List<WriteSite> writes, AnalysisSettings settings) {
    Map<String, Integer> votes = new TreeMap<>();
    for (WriteSite write : writes) {
      TreeSet<String> compared = new TreeSet<>();
      write.where().conjuncts().stream()
          .filter(p -> p.operator() == Operator.EQ)
          .forEach(p -> compared.add(p.column()));
      write.guard().stream().filter(p -> p.operator() == Operator.EQ).forEach(p -> compared.add(p.column()));
      for (Assignment assignment : write.assignments()) {
        if (assignment.incrementsSelf() && compared.contains(assignment.column())) {
          votes.merge(assignment.column(), 1, Integer::sum);
        }
      }
    }
    return votes.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>, Boolean>comparing(
                    e -> settings.versionColumns().contains(e.getKey()))
                .thenComparing(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }
}
