package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import java.util.Set;

/**
 * A save-or-update ({@code saveOrUpdate(group)}) inside the branch where the entity has no id yet
 * ({@code if (group.getId() == null)}, the {@code else} of {@code if (!NumUtil.nullOrZero(group.getId()))}):
 * there it inserts a new row, which no one else can have edited.
 */
final class NewRowBranches {

  /** Calls that test a value for null, zero or empty: {@code Objects.isNull(id)}, {@code NumUtil.nullOrZero(id)}. */
  private static final Set<String> ABSENCE_TESTS = Set.of("isNull", "nullOrZero", "isNullOrZero", "isEmpty", "isBlank",
      "isNullOrEmpty", "isNullOrBlank");

  private NewRowBranches() {}

  /** {@code call} writes {@code entity} only where its id is absent. */
  static boolean insertsOnly(MethodCallExpr call, Expression entity) {
    if (!(Fluent.unwrap(entity) instanceof NameExpr name)) {
      return false;
    }
    Node child = call;
    for (Node parent = call.getParentNode().orElse(null); parent != null; parent = parent.getParentNode().orElse(null)) {
      if (parent instanceof IfStmt branch && child != branch.getCondition()) {
        boolean inThen = branch.getThenStmt() == child;
        Boolean absentWhenTrue = testsIdAbsent(branch.getCondition(), name.getNameAsString());
        if (absentWhenTrue != null && absentWhenTrue == inThen) {
          return true;
        }
      }
      child = parent;
    }
    return false;
  }

  /**
   * Whether the condition holding means {@code entity}'s id is absent (TRUE), present (FALSE), or it
   * tests something else (null).
   */
  private static Boolean testsIdAbsent(Expression condition, String entity) {
    Expression test = Fluent.unwrap(condition);
    if (test instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      Boolean inner = testsIdAbsent(not.getExpression(), entity);
      return inner == null ? null : !inner;
    }
    if (test instanceof BinaryExpr binary) {
      boolean nullOnOneSide = binary.getLeft().isNullLiteralExpr() || binary.getRight().isNullLiteralExpr();
      Expression other = binary.getLeft().isNullLiteralExpr() ? binary.getRight() : binary.getLeft();
      if (nullOnOneSide && idOf(other, entity)) {
        return binary.getOperator() == BinaryExpr.Operator.EQUALS ? Boolean.TRUE
            : binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS ? Boolean.FALSE : null;
      }
      if (binary.getOperator() == BinaryExpr.Operator.OR) {
        // id == null || id == 0: absent when either holds
        return Boolean.TRUE.equals(testsIdAbsent(binary.getLeft(), entity)) ? Boolean.TRUE : null;
      }
      return null;
    }
    if (test instanceof MethodCallExpr call && ABSENCE_TESTS.contains(call.getNameAsString())
        && call.getArguments().size() == 1 && idOf(call.getArgument(0), entity)) {
      return Boolean.TRUE;
    }
    return null;
  }

  /** Calls that make a new id: a snowflake or UUID generator ({@code SnowFlakeUtil.nextId()}, {@code IdWorker.getId()}). */
  private static final Set<String> ID_GENERATORS = Set.of("nextId", "nextIdStr", "getSnowflakeNextId",
      "getSnowflakeNextIdStr", "randomUUID", "fastUUID", "simpleUUID", "fastSimpleUUID", "getIdStr", "genId", "generateId");

  /**
   * The method gives {@code entity}, or each element of the list {@code entity} names, a new id before
   * the write ({@code k.setId(SnowFlakeUtil.nextId())} in a {@code forEach}): a save-or-update of it inserts.
   */
  static boolean givenNewIds(Expression entity, MethodScope method) {
    if (!(Fluent.unwrap(entity) instanceof NameExpr name)) {
      return false;
    }
    for (MethodCallExpr call : method.callsOn(name.getNameAsString())) {
      if (!Anchors.after(entity, call)) {
        continue;
      }
      if (setsNewId(call)) {
        return true;
      }
      // rows.forEach(k -> ..), rows.stream().forEach(k -> ..)
      for (Node step = call; step instanceof MethodCallExpr chained; step = step.getParentNode().orElse(null)) {
        if (eachGetsNewId(chained)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean eachGetsNewId(MethodCallExpr call) {
    return (call.getNameAsString().equals("forEach") || call.getNameAsString().equals("peek"))
        && call.getArguments().size() == 1 && call.getArgument(0) instanceof LambdaExpr each
        && each.getBody().findAll(MethodCallExpr.class).stream().anyMatch(NewRowBranches::setsNewId);
  }

  /** {@code k.setId(SnowFlakeUtil.nextId())}, {@code row.setId(IdWorker.getId())}, {@code setId(UUID.randomUUID().toString())}. */
  private static boolean setsNewId(MethodCallExpr call) {
    if (!call.getNameAsString().equals("setId") || call.getArguments().size() != 1) {
      return false;
    }
    return call.getArgument(0).findAll(MethodCallExpr.class).stream().anyMatch(made -> {
      String name = made.getNameAsString();
      boolean generator = made.getScope().map(Fluent::unwrap).orElse(null) instanceof NameExpr type
          && type.getNameAsString().matches("(IdWorker|IdUtil|SnowFlake\\w*|Snowflake\\w*|UUID|Uuid\\w*|IdGenerator)");
      return ID_GENERATORS.contains(name) || name.equals("getId") && generator;
    });
  }

  /** {@code entity.getId()}. */
  private static boolean idOf(Expression expression, String entity) {
    return Fluent.unwrap(expression) instanceof MethodCallExpr getter && getter.getNameAsString().equals("getId")
        && getter.getArguments().isEmpty()
        && getter.getScope().map(Fluent::unwrap).orElse(null) instanceof NameExpr on && on.getNameAsString().equals(entity);
  }
}
