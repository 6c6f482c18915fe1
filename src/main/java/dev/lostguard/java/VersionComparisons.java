package dev.lostguard.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.lostguard.java.VersionOperands.ClassShape;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.VersionComparison;
import dev.lostguard.model.VersionOperand;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Version comparisons with {@code ==} or {@code !=}: a check that one side names a version. */
final class VersionComparisons {

  private VersionComparisons() {}

  /** The comparison with both operands typed from the method's locals and the enclosing classes. */
  static VersionComparison of(String path, BinaryExpr n, MethodRef method, VersionOperands operands,
      Function<String, String> localType, List<ClassShape> enclosing) {
    VersionOperand left = operands.operand(n.getLeft(), localType, enclosing);
    VersionOperand right = operands.operand(n.getRight(), localType, enclosing);
    return new VersionComparison(Anchors.of(path, n), method, n.getOperator().asString(), left, right);
  }

  /** {@code a == b} or {@code a != b}, neither a literal, one of them naming a version. */
  static boolean compares(BinaryExpr n) {
    return (n.getOperator() == BinaryExpr.Operator.EQUALS || n.getOperator() == BinaryExpr.Operator.NOT_EQUALS)
        && !(n.getLeft() instanceof LiteralExpr)
        && !(n.getRight() instanceof LiteralExpr)
        && (namesVersion(n.getLeft()) || namesVersion(n.getRight()));
  }

  /** Whether the last name of the expression (variable, field, getter) mentions a version. */
  private static boolean namesVersion(Expression expression) {
    Expression e = expression;
    while (e instanceof EnclosedExpr || e instanceof CastExpr) {
      e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
    }
    String name;
    if (e instanceof NameExpr n) {
      name = n.getNameAsString();
    } else if (e instanceof FieldAccessExpr f) {
      name = f.getNameAsString();
    } else if (e instanceof MethodCallExpr m && m.getArguments().isEmpty()) {
      name = m.getNameAsString();
    } else {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("version") && !lower.contains("serialversionuid");
  }
}
