package dev.lostguard.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.ZeroRowsSuccess;
import java.util.List;

/** Zero rows answered as success: {@code if (updated == 0)} whose branch only logs or returns success. */
final class ZeroRowsSuccesses {

  private ZeroRowsSuccesses() {}

  /** The pattern when the if tests a count for zero and its branch swallows it; else null. */
  static ZeroRowsSuccess of(String path, IfStmt n, MethodRef method) {
    if (!testsZero(n.getCondition())) {
      return null;
    }
    Statement then = n.getThenStmt();
    List<Statement> branch = then.isBlockStmt() ? then.asBlockStmt().getStatements() : List.of(then);
    String outcome = SwallowedOutcome.of(branch, true);
    return outcome == null ? null : new ZeroRowsSuccess(Anchors.of(path, n), method, outcome);
  }

  /** {@code n == 0}, {@code 0 == n}, {@code n < 1}, {@code n <= 0}. */
  private static boolean testsZero(Expression condition) {
    Expression e = Fluent.unwrap(condition);
    if (!(e instanceof BinaryExpr binary)) {
      return false;
    }
    String left = binary.getLeft().toString();
    String right = binary.getRight().toString();
    if (!counted(right.equals("0") || right.equals("1") ? binary.getLeft() : binary.getRight())) {
      return false;
    }
    return switch (binary.getOperator()) {
      case EQUALS -> right.equals("0") && !binary.getLeft().isLiteralExpr()
          || left.equals("0") && !binary.getRight().isLiteralExpr();
      case LESS -> right.equals("1");
      case LESS_EQUALS -> right.equals("0");
      default -> false;
    };
  }

  /** A count variable or a write call: not a collection's size or a string's length. */
  private static boolean counted(Expression tested) {
    if (tested instanceof NameExpr) {
      return true;
    }
    return tested instanceof MethodCallExpr call && !call.getNameAsString().equals("size")
        && !call.getNameAsString().equals("length") && !call.getNameAsString().startsWith("count");
  }
}
