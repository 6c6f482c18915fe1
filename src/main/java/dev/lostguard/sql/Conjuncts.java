package dev.lostguard.sql;

import dev.lostguard.model.Operator;
import dev.lostguard.model.Predicate;
import dev.lostguard.model.ValueKind;
import dev.lostguard.model.WhereClause;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.schema.Column;

/**
 * Splits a condition into its top-level AND conjuncts and keeps those that compare a column with a
 * value. Anything else (an OR group, EXISTS, a function of a column) makes the clause opaque.
 */
final class Conjuncts {

  private final Placeholders placeholders;

  Conjuncts(Placeholders placeholders) {
    this.placeholders = placeholders;
  }

  WhereClause where(Expression condition) {
    if (condition == null) {
      return WhereClause.NONE;
    }
    List<Predicate> predicates = new ArrayList<>();
    boolean opaque = false;
    for (Expression conjunct : flatten(condition)) {
      Predicate predicate = predicate(conjunct);
      if (predicate == null) {
        opaque = true;
      } else {
        predicates.add(predicate);
      }
    }
    return new WhereClause(true, List.copyOf(predicates), opaque);
  }

  /** The comparisons of a guard condition; what cannot be read is left out. */
  List<Predicate> guard(Expression condition) {
    return condition == null ? List.of() : where(condition).conjuncts();
  }

  private static List<Expression> flatten(Expression condition) {
    List<Expression> result = new ArrayList<>();
    List<Expression> stack = new ArrayList<>();
    stack.add(condition);
    while (!stack.isEmpty()) {
      Expression e = repairIn(Values.unwrap(stack.remove(stack.size() - 1)));
      if (e instanceof AndExpression and) {
        stack.add(and.getRightExpression());
        stack.add(and.getLeftExpression());
      } else {
        result.add(e);
      }
    }
    return result;
  }

  /**
   * JSqlParser 5.3 reads {@code a IN (1, 2) AND b = 1} as {@code a IN ((1, 2) AND b = 1)}: the list
   * swallows the rest of the condition. Moves the IN back onto the leftmost operand of that chain.
   */
  static Expression repairIn(Expression e) {
    if (!(e instanceof InExpression in) || !isLogical(in.getRightExpression())) {
      return e;
    }
    BinaryExpression parent = (BinaryExpression) in.getRightExpression();
    while (isLogical(parent.getLeftExpression())) {
      parent = (BinaryExpression) parent.getLeftExpression();
    }
    InExpression repaired = new InExpression(in.getLeftExpression(), parent.getLeftExpression()).withNot(in.isNot());
    parent.setLeftExpression(repaired);
    return in.getRightExpression();
  }

  private static boolean isLogical(Expression e) {
    return e instanceof AndExpression || e instanceof OrExpression;
  }

  private Predicate predicate(Expression e) {
    if (e instanceof ComparisonOperator comparison) {
      Operator operator = operator(comparison);
      Column left = Values.asColumn(comparison.getLeftExpression());
      Column right = Values.asColumn(comparison.getRightExpression());
      if (left != null) {
        return of(left, operator, comparison.getRightExpression());
      }
      if (right != null) {
        return of(right, flip(operator), comparison.getLeftExpression());
      }
      return null;
    }
    if (e instanceof InExpression in) {
      Column column = Values.asColumn(in.getLeftExpression());
      return column == null ? null : of(column, in.isNot() ? Operator.OTHER : Operator.IN, in.getRightExpression());
    }
    if (e instanceof Between between) {
      Column column = Values.asColumn(between.getLeftExpression());
      if (column == null) {
        return null;
      }
      Values.Value start = Values.classify(between.getBetweenExpressionStart(), placeholders);
      Values.Value end = Values.classify(between.getBetweenExpressionEnd(), placeholders);
      ValueKind kind = start.kind() == end.kind() ? start.kind() : ValueKind.EXPRESSION;
      return new Predicate(SqlNames.normalize(column.getColumnName()),
          between.isNot() ? Operator.OTHER : Operator.BETWEEN, kind, null, start.text() + " AND " + end.text());
    }
    if (e instanceof LikeExpression like) {
      Column column = Values.asColumn(like.getLeftExpression());
      return column == null ? null : of(column, like.isNot() ? Operator.OTHER : Operator.LIKE, like.getRightExpression());
    }
    if (e instanceof IsNullExpression isNull) {
      Column column = Values.asColumn(isNull.getLeftExpression());
      return column == null ? null : new Predicate(SqlNames.normalize(column.getColumnName()),
          isNull.isNot() ? Operator.IS_NOT_NULL : Operator.IS_NULL, ValueKind.LITERAL, null, "NULL");
    }
    return null;
  }

  private Predicate of(Column column, Operator operator, Expression value) {
    Values.Value v = Values.classify(value, placeholders);
    return new Predicate(SqlNames.normalize(column.getColumnName()), operator, v.kind(), v.parameterName(), v.text());
  }

  private static Operator operator(ComparisonOperator comparison) {
    if (comparison instanceof EqualsTo) {
      return Operator.EQ;
    } else if (comparison instanceof NotEqualsTo) {
      return Operator.NE;
    } else if (comparison instanceof MinorThan) {
      return Operator.LT;
    } else if (comparison instanceof MinorThanEquals) {
      return Operator.LE;
    } else if (comparison instanceof GreaterThan) {
      return Operator.GT;
    } else if (comparison instanceof GreaterThanEquals) {
      return Operator.GE;
    }
    return Operator.OTHER;
  }

  // "? < col" reads as "col > ?".
  private static Operator flip(Operator operator) {
    return switch (operator) {
      case LT -> Operator.GT;
      case LE -> Operator.GE;
      case GT -> Operator.LT;
      case GE -> Operator.LE;
      default -> operator;
    };
  }
}
