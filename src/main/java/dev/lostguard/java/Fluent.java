package dev.lostguard.java;

import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading fluent builder chains ({@code a.b(..).c(..).d()}) as the framework adapters need them: the
 * calls after a given one, the calls of a whole chain in order, string literals, and getter method
 * references ({@code Order::getStatus} names the property {@code status}).
 */
final class Fluent {

  /** Chains longer than this are not followed: generated builders can nest thousands deep. */
  private static final int MAX_CALLS = 64;

  private Fluent() {}

  /** The calls chained after {@code call}, nearest first: {@code set}, {@code where}, {@code execute}. */
  static List<MethodCallExpr> after(MethodCallExpr call) {
    List<MethodCallExpr> calls = new ArrayList<>();
    Expression top = call;
    while (calls.size() < MAX_CALLS && top.getParentNode().orElse(null) instanceof MethodCallExpr next
        && next.getScope().orElse(null) == top) {
      calls.add(next);
      top = next;
    }
    return calls;
  }

  /** The calls of the chain that ends in {@code expression}, first call first, with their receiver root. */
  static List<MethodCallExpr> chain(Expression expression) {
    List<MethodCallExpr> calls = new ArrayList<>();
    Expression current = unwrap(expression);
    while (calls.size() < MAX_CALLS && current instanceof MethodCallExpr call) {
      calls.add(0, call);
      current = call.getScope().map(Fluent::unwrap).orElse(null);
    }
    return calls;
  }

  /** What the chain ending in {@code expression} starts from: a name, a {@code new X()}, or null. */
  static Expression root(Expression expression) {
    List<MethodCallExpr> calls = chain(expression);
    if (calls.isEmpty()) {
      return unwrap(expression);
    }
    return calls.get(0).getScope().map(Fluent::unwrap).orElse(null);
  }

  static Expression unwrap(Expression expression) {
    Expression current = expression;
    while (current instanceof EnclosedExpr enclosed) {
      current = enclosed.getInner();
    }
    return current;
  }

  static Optional<String> string(Expression expression) {
    Expression value = unwrap(expression);
    if (value instanceof StringLiteralExpr literal) {
      return Optional.of(literal.asString());
    }
    if (value instanceof TextBlockLiteralExpr block) {
      return Optional.of(block.asString());
    }
    return Optional.empty();
  }

  /** The identifier an expression ends in: {@code ORDERS} of {@code Tables.ORDERS}, else null. */
  static String lastIdentifier(Expression expression) {
    Expression value = unwrap(expression);
    if (value instanceof NameExpr name) {
      return name.getNameAsString();
    }
    if (value instanceof FieldAccessExpr access) {
      return access.getNameAsString();
    }
    return null;
  }

  /** {@code Order::getStatus} names property {@code status} of {@code Order}. */
  static Optional<String> getterProperty(Expression expression) {
    if (!(unwrap(expression) instanceof MethodReferenceExpr reference)) {
      return Optional.empty();
    }
    String name = reference.getIdentifier();
    int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
    if (prefix == 0 || name.length() == prefix) {
      return Optional.empty();
    }
    return Optional.of(Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1));
  }

  /** The class of a getter method reference ({@code Order} of {@code Order::getStatus}), or null. */
  static String getterOwner(Expression expression) {
    return unwrap(expression) instanceof MethodReferenceExpr reference && reference.getScope() instanceof TypeExpr type
        ? type.getType().asString()
        : null;
  }

  /** A setter's property: {@code setStatus} names {@code status}; null for other names. */
  static String setterProperty(String methodName) {
    if (!methodName.startsWith("set") || methodName.length() == 3 || !Character.isUpperCase(methodName.charAt(3))) {
      return null;
    }
    return Character.toLowerCase(methodName.charAt(3)) + methodName.substring(4);
  }
}
