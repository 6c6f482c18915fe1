package dev.lostguard.sql;

import dev.lostguard.model.Assignment;
import dev.lostguard.model.Location;
import dev.lostguard.model.Predicate;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.ValueKind;
import dev.lostguard.model.WhereClause;
import dev.lostguard.model.WriteKind;
import dev.lostguard.model.WriteSite;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.ConflictActionType;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.merge.MergeOperation;
import net.sf.jsqlparser.statement.merge.MergeUpdate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.statement.upsert.Upsert;
import net.sf.jsqlparser.statement.upsert.UpsertType;

/** Turns UPDATE, DELETE, upsert, MERGE and REPLACE trees into {@link WriteSite}s; other statements give none. */
final class WriteSites {

  /** Upserts that delete the existing row and insert the new one. */
  private static final Set<UpsertType> REPLACES =
      Set.of(UpsertType.REPLACE, UpsertType.REPLACE_SET, UpsertType.INSERT_OR_REPLACE);

  private final String path;
  private final SourceRole role;

  WriteSites(String path, SourceRole role) {
    this.path = path;
    this.role = role;
  }

  Optional<WriteSite> of(Statement statement, Placeholders placeholders, SqlChunk chunk) {
    Conjuncts conjuncts = new Conjuncts(placeholders);
    if (statement instanceof Update update && update.getTable() != null) {
      Table table = update.getTable();
      return Optional.of(site(chunk, WriteKind.UPDATE, table,
          assignments(update.getUpdateSets(), table, placeholders), conjuncts.where(update.getWhere()), List.of()));
    }
    if (statement instanceof Delete delete) {
      Table table = delete.getTable() != null ? delete.getTable()
          : delete.getTables() == null || delete.getTables().isEmpty() ? null : delete.getTables().get(0);
      return table == null ? Optional.empty() : Optional.of(
          site(chunk, WriteKind.DELETE, table, List.of(), conjuncts.where(delete.getWhere()), List.of()));
    }
    if (statement instanceof Insert insert && insert.getTable() != null) {
      return upsert(insert, placeholders, chunk, conjuncts);
    }
    if (statement instanceof Merge merge && merge.getTable() != null) {
      return merge(merge, placeholders, chunk, conjuncts);
    }
    if (statement instanceof Upsert upsert && upsert.getTable() != null && REPLACES.contains(upsert.getUpsertType())) {
      return Optional.of(site(chunk, WriteKind.REPLACE, upsert.getTable(), replaced(upsert, placeholders),
          WhereClause.NONE, List.of()));
    }
    return Optional.empty();
  }

  /**
   * The columns a REPLACE writes: its {@code SET} list, or its column list with the first row of
   * {@code VALUES}; values from a {@code SELECT} are expressions. Without a column list, none are known.
   * (JSqlParser 5.3's own {@code getValues()} casts wrongly: read {@code getSelect()} instead.)
   */
  private static List<Assignment> replaced(Upsert upsert, Placeholders placeholders) {
    Table table = upsert.getTable();
    if (upsert.getUpdateSets() != null && !upsert.getUpdateSets().isEmpty()) {
      return assignments(upsert.getUpdateSets(), table, placeholders);
    }
    List<Column> columns = upsert.getColumns() == null ? List.of() : upsert.getColumns();
    if (!(upsert.getSelect() instanceof net.sf.jsqlparser.statement.select.Values values)) {
      String select = placeholders.restore(String.valueOf(upsert.getSelect()));
      return columns.stream()
          .map(c -> new Assignment(SqlNames.normalize(c.getColumnName()), ValueKind.EXPRESSION, null, false, false, select))
          .toList();
    }
    List<?> row = firstRow(values.getExpressions());
    List<UpdateSet> sets = new ArrayList<>();
    for (int i = 0; i < columns.size() && i < row.size(); i++) {
      sets.add(new UpdateSet(columns.get(i), (Expression) row.get(i)));
    }
    return assignments(sets, table, placeholders);
  }

  /** {@code VALUES (a, b)} is one parenthesed row; {@code VALUES (a, b), (c, d)} a list of them. */
  private static List<?> firstRow(List<?> expressions) {
    if (expressions == null || expressions.isEmpty()) {
      return List.of();
    }
    if (!(expressions instanceof ParenthesedExpressionList<?>)
        && expressions.get(0) instanceof ParenthesedExpressionList<?> row) {
      return row;
    }
    return expressions;
  }

  private Optional<WriteSite> upsert(Insert insert, Placeholders placeholders, SqlChunk chunk, Conjuncts conjuncts) {
    Table table = insert.getTable();
    if (insert.getConflictAction() != null
        && insert.getConflictAction().getConflictActionType() == ConflictActionType.DO_UPDATE) {
      return Optional.of(site(chunk, WriteKind.UPSERT, table,
          assignments(insert.getConflictAction().getUpdateSets(), table, placeholders), WhereClause.NONE,
          conjuncts.guard(insert.getConflictAction().getWhereExpression())));
    }
    List<UpdateSet> duplicate = insert.getDuplicateUpdateSets();
    if (duplicate != null && !duplicate.isEmpty()) {
      return Optional.of(site(chunk, WriteKind.UPSERT, table, assignments(duplicate, table, placeholders),
          WhereClause.NONE, List.of()));
    }
    return Optional.empty();
  }

  // Only WHEN MATCHED THEN UPDATE overwrites a row; a merge that only inserts is not a write site.
  private Optional<WriteSite> merge(Merge merge, Placeholders placeholders, SqlChunk chunk, Conjuncts conjuncts) {
    List<MergeUpdate> updates = new ArrayList<>();
    if (merge.getOperations() != null) {
      for (MergeOperation operation : merge.getOperations()) {
        if (operation instanceof MergeUpdate update) {
          updates.add(update);
        }
      }
    }
    if (updates.isEmpty() && merge.getMergeUpdate() != null) {
      updates.add(merge.getMergeUpdate());
    }
    if (updates.isEmpty()) {
      return Optional.empty();
    }
    List<UpdateSet> sets = new ArrayList<>();
    List<Predicate> guard = new ArrayList<>();
    for (MergeUpdate update : updates) {
      sets.addAll(update.getUpdateSets() == null ? List.of() : update.getUpdateSets());
      guard.addAll(conjuncts.guard(update.getAndPredicate()));
      guard.addAll(conjuncts.guard(update.getWhereCondition()));
    }
    Table table = merge.getTable();
    return Optional.of(site(chunk, WriteKind.MERGE, table, assignments(sets, table, placeholders),
        WhereClause.NONE, List.copyOf(guard)));
  }

  private WriteSite site(SqlChunk chunk, WriteKind kind, Table table, List<Assignment> assignments,
      WhereClause where, List<Predicate> guard) {
    Location location = new Location(path, chunk.line(), chunk.column(), chunk.endLine(), chunk.endColumn());
    String written = table.getFullyQualifiedName();
    return WriteSite.inScript(location, kind, SqlNames.normalize(written), written, assignments, where, guard,
        chunk.text(), SqlNormalizer.normalize(chunk.text()), role);
  }

  private static List<Assignment> assignments(List<UpdateSet> sets, Table table, Placeholders placeholders) {
    Set<String> qualifiers = qualifiers(table);
    List<Assignment> result = new ArrayList<>();
    for (UpdateSet set : sets == null ? List.<UpdateSet>of() : sets) {
      int columns = set.getColumns() == null ? 0 : set.getColumns().size();
      int values = set.getValues() == null ? 0 : set.getValues().size();
      for (int i = 0; i < columns; i++) {
        Column column = set.getColumn(i);
        String name = SqlNames.normalize(column.getColumnName());
        // "(a, b) = (SELECT ...)": one value for several columns, only an expression to each.
        Expression value = columns == values ? set.getValue(i) : values == 1 ? set.getValue(0) : null;
        if (value == null) {
          result.add(new Assignment(name, ValueKind.EXPRESSION, null, false, false,
              placeholders.restore(String.valueOf(set.getValues()))));
          continue;
        }
        Values.Value v = Values.classify(value, placeholders);
        if (columns != values) {
          v = new Values.Value(ValueKind.EXPRESSION, null, v.text());
        }
        result.add(new Assignment(name, v.kind(), v.parameterName(),
            Values.mentions(value, name, qualifiers), increments(value, name, qualifiers), v.text()));
      }
    }
    return List.copyOf(result);
  }

  private static boolean increments(Expression value, String column, Set<String> qualifiers) {
    return Values.unwrap(value) instanceof Addition addition
        && (Values.isColumnOfTarget(Values.asColumn(addition.getLeftExpression()), column, qualifiers)
            || Values.isColumnOfTarget(Values.asColumn(addition.getRightExpression()), column, qualifiers));
  }

  // Names a column may be qualified with and still mean the written table: its name and its alias.
  private static Set<String> qualifiers(Table table) {
    Set<String> result = new HashSet<>();
    result.add(SqlNames.normalize(table.getName()));
    if (table.getAlias() != null && table.getAlias().getName() != null) {
      result.add(SqlNames.normalize(table.getAlias().getName()));
    }
    return result;
  }
}
