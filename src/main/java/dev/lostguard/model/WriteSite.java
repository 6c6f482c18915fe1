package dev.lostguard.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One statement that can overwrite or remove an existing row, as a front-end found it. Front-ends
 * record only what the statement says; whether a column is the table's version is decided
 * project-wide in {@link ProjectModel}.
 *
 * @param location the statement's first token
 * @param table lower-case, unqualified, unquoted name of the written table
 * @param tableAsWritten the name as the statement spells it, for messages
 * @param assignments the SET list (the update part of an upsert or merge); empty for a DELETE
 * @param where the filter; for an upsert, the conflict target pins one row and {@code where} is NONE
 * @param guard for an upsert or merge, the condition under which the existing row is overwritten
 *     ({@code ON CONFLICT ... DO UPDATE ... WHERE}, {@code WHEN MATCHED AND ...}); empty otherwise
 * @param text the statement as written
 * @param normalizedText whitespace, case and literals folded; the basis of fingerprints
 * @param rowCount what the calling code does with the affected-row count ({@code .sql}: not applicable)
 * @param lockedReadTables tables whose {@code SELECT ... FOR UPDATE} results feed this write's values
 * @param implicitVersionBump the framework bumps the version itself (HQL {@code update versioned})
 * @param related other places that explain the write, such as the constant holding its SQL
 * @param method the Java method that executes the write, or null for a statement in a SQL script
 * @param sink the call or annotation that executes it ({@code JdbcTemplate.update}), or null
 * @param caveat what the front-end could only approximate (a version check inside a MyBatis
 *     {@code <if>}), or null: a finding on the write ends its message with it, one confidence level lower
 * @param withBranches the Java code assembles the text with parts added only on some branches, so
 *     the statement analysed (every part taken) may not be the one that runs
 */
public record WriteSite(
    Location location,
    WriteKind kind,
    String table,
    String tableAsWritten,
    List<Assignment> assignments,
    WhereClause where,
    List<Predicate> guard,
    String text,
    String normalizedText,
    SourceRole role,
    RowCountUse rowCount,
    Set<String> lockedReadTables,
    boolean implicitVersionBump,
    List<RelatedLocation> related,
    MethodRef method,
    String sink,
    String caveat,
    boolean withBranches) {

  /** A write stated in a SQL script, with no calling code around it. */
  public static WriteSite inScript(
      Location location,
      WriteKind kind,
      String table,
      String tableAsWritten,
      List<Assignment> assignments,
      WhereClause where,
      List<Predicate> guard,
      String text,
      String normalizedText,
      SourceRole role) {
    return new WriteSite(
        location, kind, table, tableAsWritten, assignments, where, guard, text, normalizedText, role,
        RowCountUse.NOT_APPLICABLE, Set.of(), false, List.of(), null, null, null, false);
  }

  /** The same write as executed by Java code: located at the call, with the call's context. */
  public WriteSite inJava(
      Location call,
      RowCountUse rowCount,
      Set<String> lockedReadTables,
      boolean implicitVersionBump,
      List<RelatedLocation> related,
      MethodRef executingMethod,
      String executingSink) {
    Set<String> locked = lockedReadTables;
    if (locked.contains(SqlCall.WRITTEN_TABLE)) {
      locked = new TreeSet<>(locked);
      locked.remove(SqlCall.WRITTEN_TABLE);
      if (table != null) {
        locked.add(table);
      }
      locked = Set.copyOf(locked);
    }
    return new WriteSite(
        call, kind, table, tableAsWritten, assignments, where, guard, text, normalizedText, role, rowCount,
        locked, implicitVersionBump, related, executingMethod, executingSink, caveat, withBranches);
  }

  /**
   * The same write as a MyBatis mapper statement: located at its element, executed by the mapper
   * interface's method.
   *
   * @param mapperRole the file's role, or {@link SourceRole#UNREACHED} for generated code nobody calls
   */
  public WriteSite inMapper(
      Location statement,
      SourceRole mapperRole,
      RowCountUse rowCount,
      MethodRef mapperMethod,
      String statementSink,
      String statementCaveat) {
    return new WriteSite(
        statement, kind, table, tableAsWritten, assignments, where, guard, text, normalizedText, mapperRole, rowCount,
        Set.of(), false, List.of(), mapperMethod, statementSink, statementCaveat, withBranches);
  }

  /** The same write, its values read from {@code table} under a row lock the caller holds. */
  public WriteSite withLockedRead(String lockedTable) {
    Set<String> tables = new TreeSet<>(lockedReadTables);
    tables.add(lockedTable);
    return new WriteSite(
        location, kind, table, tableAsWritten, assignments, where, guard, text, normalizedText, role, rowCount,
        Set.copyOf(tables), implicitVersionBump, related, method, sink, caveat, withBranches);
  }

  /** The same write, run by no project code: inventory only. */
  public WriteSite unreached() {
    return new WriteSite(
        location, kind, table, tableAsWritten, assignments, where, guard, text, normalizedText, SourceRole.UNREACHED,
        rowCount, lockedReadTables, implicitVersionBump, related, method, sink, caveat, withBranches);
  }

  /** The same write with more places that explain it (the mapper statement that a Java call runs by id). */
  public WriteSite withRelated(List<RelatedLocation> more) {
    List<RelatedLocation> all = new ArrayList<>(related);
    all.addAll(more);
    return new WriteSite(
        location, kind, table, tableAsWritten, assignments, where, guard, text, normalizedText, role, rowCount,
        lockedReadTables, implicitVersionBump, List.copyOf(all), method, sink, caveat, withBranches);
  }

  /** The same write with its table and columns renamed (JPQL entity and property names to SQL names). */
  public WriteSite renamed(String newTable, UnaryOperator<String> column) {
    List<Assignment> renamedAssignments =
        assignments.stream()
            .map(a -> new Assignment(column.apply(a.column()), a.kind(), a.parameterName(), a.referencesSelf(),
                a.incrementsSelf(), a.valueText()))
            .toList();
    Function<List<Predicate>, List<Predicate>> renamePredicates =
        list -> list.stream()
            .map(p -> new Predicate(column.apply(p.column()), p.operator(), p.valueKind(), p.parameterName(),
                p.valueText()))
            .toList();
    WhereClause renamedWhere =
        new WhereClause(where.present(), renamePredicates.apply(where.conjuncts()), where.opaque());
    return new WriteSite(
        location, kind, newTable, tableAsWritten, renamedAssignments, renamedWhere, renamePredicates.apply(guard),
        text, normalizedText, role, rowCount, lockedReadTables, implicitVersionBump, related, method, sink, caveat,
        withBranches);
  }

  /** The same write, its text assembled with parts that only some branches add. */
  public WriteSite assembledWithBranches() {
    return new WriteSite(
        location, kind, table, tableAsWritten, assignments, where, guard, text, normalizedText, role, rowCount,
        lockedReadTables, implicitVersionBump, related, method, sink, caveat, true);
  }
}
