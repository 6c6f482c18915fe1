package dev.lostguard.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A write site seen against the whole project: its table's version column, and what the statement
 * does with it. Rules read these facts; they never look at SQL text.
 *
 * @param singleRow the filter pins one row (every primary-key column, a unique key, a {@code uuid}, or {@code id}
 *     when no key is declared); upserts and merges count as single-row
 * @param versionCheck the equality on the version column in the WHERE (or upsert guard), or null
 * @param weakVersionCheck a non-equality comparison of the version column ({@code >=}), or null: no guard
 * @param timestampCheck an equality on an {@code updated_at}-style column used as the check, or null
 * @param editableColumns written columns that carry user edits: not the version, not bookkeeping, not
 *     computed from themselves, not compare-and-set state
 * @param softDelete an UPDATE that marks the row deleted
 * @param parameterized some value is a bind parameter: the shape of an application's save path, as
 *     opposed to a one-off script with literal values
 * @param reportable the site is in application code (or in tests, when the user asked for tests)
 */
public record SiteFacts(
    WriteSite site,
    TableFacts table,
    boolean singleRow,
    Predicate versionCheck,
    Predicate weakVersionCheck,
    VersionBump bump,
    Predicate timestampCheck,
    List<String> editableColumns,
    Exemption exemption,
    boolean softDelete,
    boolean parameterized,
    boolean reportable) {

  private static final Pattern SUBQUERY = Pattern.compile("(?is)\\s*\\(\\s*select\\b");

  public boolean checksVersion() {
    return versionCheck != null;
  }

  public boolean exempt() {
    return exemption != Exemption.NONE;
  }

  /**
   * A state machine's step ({@code SET state = 'PAID', channel_no = ? WHERE id = ? AND state = 'PAYING'}):
   * it compares a column with a literal and sets it to another (or with the state the caller expects,
   * {@code state = #{fromState}}, or a list of states, and sets it: {@link #movesFrom}), so the row changes only if it is still
   * in the state the step starts from, a second attempt changes nothing, and what else it writes is the
   * step's own outcome, not a copy of the record read earlier. On a versioned table such a step is
   * still judged (an edit guarded by its state alone skips the version others check).
   *
   * <p>So is a one-shot mark ({@code SET deprecated = now(), deprecated_by = ? WHERE key = ? AND
   * deprecated IS NULL}): it applies only while the column is unset, and sets it.
   */
  public boolean stateMachineStep() {
    for (Predicate compared : site.where().conjuncts()) {
      if (compared.operator() == Operator.IS_NULL && setsNonNull(compared.column())) {
        return true;
      }
      for (Assignment set : site.assignments()) {
        if (set.column().equals(compared.column()) && movesFrom(compared, set)
            && (compared.valueKind() == ValueKind.LITERAL || holdsAState(set.column()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code state = 'PAYING'} to {@code 'PAID'}; {@code state = #{from}} to {@code #{to}} or to a fixed
   * state (the caller says which state it expects); {@code state IN (#{states})} to any fixed or given
   * state, {@code IN (10, 20)} to a fixed one. Not a fixed state to one the caller gives
   * ({@code SET state = #{state} .. WHERE state = 'DRAFT'}): the row may stay in the state it was
   * compared with, so a second save from the same copy goes through too.
   */
  private static boolean movesFrom(Predicate compared, Assignment set) {
    if (!given(set.kind()) || !given(compared.valueKind())
        || compared.valueKind() == ValueKind.LITERAL && set.kind() == ValueKind.PARAMETER) {
      return false;
    }
    if (compared.operator() == Operator.IN) {
      return true;
    }
    if (compared.operator() != Operator.EQ) {
      return false;
    }
    if (compared.valueKind() != set.kind()) {
      return true;
    }
    if (set.parameterName() != null && compared.parameterName() != null) {
      return !set.parameterName().equals(compared.parameterName());
    }
    // two positional parameters are two values; otherwise the same text is the same value
    return set.valueText().equals("?") && compared.valueText().equals("?") || !set.valueText().equals(compared.valueText());
  }

  /**
   * A compared value the caller gives makes a step only of a state or a switch ({@link ShortValues#isSwitch}):
   * {@code SET workspace_id = ? .. WHERE workspace_id = ?} keeps a row in its scope, it moves nothing.
   */
  private boolean holdsAState(String column) {
    return ShortValues.isSwitch(column, table.definition().flatMap(d -> d.column(column)));
  }

  private static boolean given(ValueKind kind) {
    return kind == ValueKind.LITERAL || kind == ValueKind.PARAMETER;
  }

  private boolean setsNonNull(String column) {
    return site.assignments().stream().anyMatch(set -> set.column().equals(column)
        && (set.kind() == ValueKind.NOW || set.kind() == ValueKind.PARAMETER
            || set.kind() == ValueKind.LITERAL && !set.valueText().equalsIgnoreCase("null")));
  }

  /**
   * The editable columns, other than a soft-delete mark, set to neither a fixed literal, the current
   * time, another column ({@code nb_left = nb_total}: the database copies what the row holds when the
   * statement runs), a sub-query nor an expression of no parameter ({@code CONCAT('deleteduser', id)}):
   * the values a user may have read earlier and a stale copy can carry back.
   */
  public Set<String> userValueColumns(AnalysisSettings settings) {
    Set<String> columns = new HashSet<>();
    for (Assignment a : site.assignments()) {
      if (editableColumns.contains(a.column()) && !settings.isSoftDeleteColumn(a.column())
          && a.kind() != ValueKind.LITERAL && a.kind() != ValueKind.NOW && a.kind() != ValueKind.COLUMN
          && !computedByQuery(a) && !computedWithoutParameters(a)) {
        columns.add(a.column());
      }
    }
    return columns;
  }

  private static final Pattern PARAMETER = Pattern.compile("\\?|(?<!:):[A-Za-z_]|#\\{|\\$\\{|\\$\\d|@[A-Za-z_]");
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");

  /** An expression the database computes from literals and the row alone: no value the caller sends. */
  private static boolean computedWithoutParameters(Assignment a) {
    return a.kind() == ValueKind.EXPRESSION && a.valueText() != null
        && !PARAMETER.matcher(STRING_LITERAL.matcher(a.valueText()).replaceAll("''")).find();
  }

  /**
   * {@code SET comment_count = (SELECT count(*) FROM comment WHERE ...)}: the database computes the
   * value from the rows as they are when the statement runs, so no stale copy is written.
   */
  private static boolean computedByQuery(Assignment a) {
    return a.kind() == ValueKind.EXPRESSION && a.valueText() != null
        && SUBQUERY.matcher(a.valueText()).lookingAt();
  }

}
