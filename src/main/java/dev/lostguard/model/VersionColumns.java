package dev.lostguard.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides each table's version column: the mapped entity's {@code @Version} (what JPA enforces), else
 * a listed name in its DDL with a usable type that some statement of the application names, else a
 * column that some statement of the project both compares and increments.
 */
final class VersionColumns {

  private VersionColumns() {}

  static TableFacts decide(
      String table,
      Optional<TableDefinition> definition,
      Optional<ResolvedEntity> entity,
      List<WriteSite> writes,
      AnalysisSettings settings,
      boolean carriedByAClass) {
    Optional<ColumnDefinition> ddlVersion = definition.flatMap(d -> ddlVersionColumn(d, settings));
    if (entity.isPresent() && entity.get().version() != null) {
      VersionField field = entity.get().version();
      return new TableFacts(
          table,
          definition,
          field.column(),
          VersionSource.ENTITY,
          field.category() == TypeCategory.TEMPORAL,
          entity,
          disagreement(definition, ddlVersion, field));
    }
    if (ddlVersion.isPresent() && unused(ddlVersion.get().name(), writes, settings, carriedByAClass)) {
      return new TableFacts(
          table, definition, null, VersionSource.UNUSED, false, entity,
          List.of("DDL declares version column " + ddlVersion.get().name() + " but no write of the"
              + " application compares or increments it: judged as a table without a version"));
    }
    if (ddlVersion.isPresent()) {
      ColumnDefinition column = ddlVersion.get();
      return new TableFacts(
          table, definition, column.name(), VersionSource.DDL, column.category() == TypeCategory.TEMPORAL, entity,
          List.of());
    }
    Optional<String> inferred = inferFromStatements(writes, settings);
    if (inferred.isPresent()) {
      boolean temporal =
          definition.flatMap(d -> d.column(inferred.get()))
              .map(c -> c.category() == TypeCategory.TEMPORAL)
              .orElse(false);
      return new TableFacts(table, definition, inferred.get(), VersionSource.INFERRED, temporal, entity, List.of());
    }
    List<String> notes =
        entity.isPresent() && entity.get().locking() == LockingMode.VERSIONLESS
            ? List.of("entity " + entity.get().entityName() + " uses versionless optimistic locking"
                + " (@OptimisticLocking): JPA saves are guarded, SQL and JPQL writes are not")
            : List.of();
    return new TableFacts(
        table, definition, null, definition.isPresent() ? VersionSource.NONE : VersionSource.UNKNOWN, false, entity,
        notes);
  }

  /**
   * No write of the application names the column and no class named after the table carries it
   * ({@link #vestigial}); or, for a column the user did not declare, writes store values there but
   * none compares or increments it ({@link #unenforced}): what the code shows is a data version, whatever
   * a class carries.
   */
  private static boolean unused(String column, List<WriteSite> writes, AnalysisSettings settings, boolean carried) {
    if (vestigial(column, writes)) {
      return !carried;
    }
    return !settings.isDeclaredVersionName(column) && unenforced(column, writes);
  }

  /**
   * The application writes the table and none of its writes compares the column or increments it
   * (they at most store a value there: {@code SET version = ?} of a schema's or a template's version
   * number): a column never wired as a lock, or a version of the data, which protects nothing.
   */
  private static boolean unenforced(String column, List<WriteSite> writes) {
    List<WriteSite> application = writes.stream().filter(w -> w.role() == SourceRole.APPLICATION).toList();
    return !application.isEmpty() && application.stream().noneMatch(w -> enforces(w, column));
  }

  /** The application writes the table and none of its writes names the column: added once, never wired. */
  private static boolean vestigial(String column, List<WriteSite> writes) {
    Pattern named = Pattern.compile("\\b" + Pattern.quote(column) + "\\b", Pattern.CASE_INSENSITIVE);
    List<WriteSite> application = writes.stream().filter(w -> w.role() == SourceRole.APPLICATION).toList();
    return !application.isEmpty() && application.stream().noneMatch(w -> named.matcher(w.text()).find());
  }

  private static boolean enforces(WriteSite write, String column) {
    return write.implicitVersionBump()
        || write.where().conjuncts().stream().anyMatch(p -> column.equalsIgnoreCase(p.column()))
        || write.guard().stream().anyMatch(p -> column.equalsIgnoreCase(p.column()))
        || write.assignments().stream().anyMatch(a -> column.equalsIgnoreCase(a.column())
            && (a.incrementsSelf() || a.valueText() != null && a.valueText().contains("+")));
  }

  private static Optional<ColumnDefinition> ddlVersionColumn(TableDefinition definition, AnalysisSettings settings) {
    return definition.columns().values().stream()
        .filter(c -> settings.isVersionName(c.name()) && usableVersionType(c.category()) && !partOfAKey(c, definition))
        .findFirst();
  }

  /**
   * {@code UNIQUE (name, version)}, {@code PRIMARY KEY (id, version)}: the column numbers the rows of a
   * versioned history (a model's version 3), one row per version, and no update bumps it.
   */
  private static boolean partOfAKey(ColumnDefinition column, TableDefinition definition) {
    return definition.primaryKey().contains(column.name())
        || definition.uniqueKeys().stream().anyMatch(key -> key.contains(column.name()));
  }

  /** The entity is what JPA checks; DDL that says otherwise is worth a look. */
  private static List<String> disagreement(
      Optional<TableDefinition> definition, Optional<ColumnDefinition> ddlVersion, VersionField field) {
    List<String> notes = new ArrayList<>();
    if (definition.isEmpty()) {
      return notes;
    }
    if (definition.get().column(field.column()).isEmpty()) {
      notes.add("the entity's @Version column " + field.column() + " is not in the table's DDL");
    }
    if (ddlVersion.isPresent() && !ddlVersion.get().name().equals(field.column())) {
      notes.add("DDL has version column " + ddlVersion.get().name() + " but the entity's @Version maps "
          + field.column());
    }
    return notes;
  }

  private static boolean usableVersionType(TypeCategory category) {
    return category == TypeCategory.INTEGRAL
        || category == TypeCategory.UNKNOWN
        || category == TypeCategory.TEMPORAL;
  }

  /** Columns compared with a parameter and incremented in one statement; listed names win, then frequency. */
  private static Optional<String> inferFromStatements(List<WriteSite> writes, AnalysisSettings settings) {
    Map<String, Integer> votes = new TreeMap<>();
    for (WriteSite write : writes) {
      TreeSet<String> compared = new TreeSet<>();
      // Compared with a value the caller sends: `= (SELECT read_count ...)` re-reads the row, no version.
      write.where().conjuncts().stream()
          .filter(p -> p.operator() == Operator.EQ && p.valueKind() == ValueKind.PARAMETER)
          .forEach(p -> compared.add(p.column()));
      write.guard().stream()
          .filter(p -> p.operator() == Operator.EQ && p.valueKind() == ValueKind.PARAMETER)
          .forEach(p -> compared.add(p.column()));
      for (Assignment assignment : write.assignments()) {
        if (assignment.incrementsSelf() && compared.contains(assignment.column())) {
          votes.merge(assignment.column(), 1, Integer::sum);
        }
      }
    }
    return votes.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>, Boolean>comparing(
                    e -> settings.isVersionName(e.getKey()))
                .thenComparing(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }
}
