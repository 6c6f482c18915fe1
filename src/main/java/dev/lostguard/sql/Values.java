package dev.lostguard.sql;

import dev.lostguard.model.ValueKind;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.HexValue;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TimeValue;
import net.sf.jsqlparser.expression.TimestampValue;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/** Reads value expressions into the model's vocabulary: what kind of value, which parameter, which columns. */
final class Values {

  private static final Set<String> NOW = Set.of(
      "now", "current_timestamp", "current_date", "current_time", "localtimestamp", "localtime", "sysdate",
      "systimestamp", "getdate", "getutcdate", "sysdatetime", "sysutcdatetime", "utc_timestamp",
      "clock_timestamp", "statement_timestamp", "transaction_timestamp", "curdate", "curtime",
      "current_timestamp()");

  private Values() {}

  /** The model's view of one value expression. */
  record Value(ValueKind kind, String parameterName, String text) {}

  static Expression unwrap(Expression expression) {
    Expression e = expression;
    while (true) {
      if (e instanceof Parenthesis p) {
        e = p.getExpression();
      } else if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
        e = list.get(0);
      } else {
        return e;
      }
    }
  }

  static Value classify(Expression expression, Placeholders placeholders) {
    String text = placeholders.restore(String.valueOf(expression));
    Expression e = unwrap(expression);
    if (e instanceof CastExpression cast && isParameter(unwrap(cast.getLeftExpression()))) {
      e = unwrap(cast.getLeftExpression());
    }
    if (e instanceof JdbcParameter) {
      return new Value(ValueKind.PARAMETER, null, text);
    }
    if (e instanceof JdbcNamedParameter named) {
      String name = placeholders.parameterName(named.getName());
      return new Value(clockParameter(name) ? ValueKind.NOW : ValueKind.PARAMETER, name, text);
    }
    if (isLiteral(e)) {
      return new Value(ValueKind.LITERAL, null, text);
    }
    if (e instanceof TimeKeyExpression key && NOW.contains(lower(key.getStringValue()))) {
      return new Value(ValueKind.NOW, null, text);
    }
    if (e instanceof Function f && f.getName() != null && NOW.contains(SqlNames.normalize(f.getName()))) {
      return new Value(ValueKind.NOW, null, text);
    }
    if (e instanceof Column column) {
      String name = lower(column.getColumnName());
      if (column.getTable() == null || column.getTable().getName() == null) {
        if (name.equals("true") || name.equals("false")) {
          return new Value(ValueKind.LITERAL, null, text);
        }
        if (NOW.contains(name)) {
          return new Value(ValueKind.NOW, null, text);
        }
      }
      return new Value(ValueKind.COLUMN, null, text);
    }
    return new Value(ValueKind.EXPRESSION, null, text);
  }

  /** Parameters named for the current time ({@code #{now}}, {@code :currentTime}): the caller's clock, not a value anyone read. */
  private static final java.util.Set<String> CLOCK_PARAMETERS =
      java.util.Set.of("now", "currenttime", "currentdate", "currentdatetime", "currenttimestamp", "nowtime", "nowdate");

  private static boolean clockParameter(String name) {
    if (name == null) {
      return false;
    }
    String bare = name.substring(name.lastIndexOf('.') + 1).replace("_", "").toLowerCase(java.util.Locale.ROOT);
    return CLOCK_PARAMETERS.contains(bare);
  }

  static boolean isParameter(Expression e) {
    return e instanceof JdbcParameter || e instanceof JdbcNamedParameter;
  }

  private static boolean isLiteral(Expression e) {
    if (e instanceof SignedExpression signed) {
      return isLiteral(unwrap(signed.getExpression()));
    }
    return e instanceof LongValue || e instanceof DoubleValue || e instanceof StringValue
        || e instanceof NullValue || e instanceof HexValue || e instanceof BooleanValue
        || e instanceof DateValue || e instanceof TimeValue || e instanceof TimestampValue
        || e instanceof DateTimeLiteralExpression;
  }

  /** The column itself, when the expression is a bare column; else null. */
  static Column asColumn(Expression expression) {
    Expression e = unwrap(expression);
    if (e instanceof Column column && !isBooleanWord(column)) {
      return column;
    }
    return null;
  }

  /**
   * Whether the expression reads {@code column} of the written table: unqualified, or qualified by the
   * table's name or alias. {@code EXCLUDED.c} and MySQL {@code VALUES(c)} name the incoming row, not
   * the stored one, so they do not count.
   */
  static boolean mentions(Expression expression, String column, Set<String> targetQualifiers) {
    boolean[] found = {false};
    expression.accept(new ExpressionVisitorAdapter<Void>() {
      @Override
      public <S> Void visit(Column c, S context) {
        if (isColumnOfTarget(c, column, targetQualifiers)) {
          found[0] = true;
        }
        return null;
      }

      @Override
      public <S> Void visit(Function function, S context) {
        if (function.getName() != null && "values".equalsIgnoreCase(function.getName())) {
          return null;
        }
        return super.visit(function, context);
      }
    }, null);
    return found[0];
  }

  static boolean isColumnOfTarget(Column c, String column, Set<String> targetQualifiers) {
    if (c == null || !SqlNames.normalize(c.getColumnName()).equals(column)) {
      return false;
    }
    String qualifier = c.getTable() == null || c.getTable().getName() == null
        ? null : SqlNames.normalize(c.getTable().getName());
    return qualifier == null || targetQualifiers.contains(qualifier);
  }

  private static boolean isBooleanWord(Column column) {
    String name = lower(column.getColumnName());
    return (name.equals("true") || name.equals("false")) && column.getTable() == null;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
