package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.lostguard.model.FreshnessCheck;
import dev.lostguard.model.MethodRef;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A conflict thrown when a compared version or last-modified value differs: the application's own
 * check of the client's copy ({@link FreshnessCheck}). The thrown value must say conflict (its type's
 * name, or a 409/412 status among its arguments) and the {@code if} around it must test something named
 * like a version, a modification time, a revision or an ETag; a conflict thrown because a name is
 * taken tests none of those. A test skipped when the client sends nothing ({@code ifMatch != null &&
 * ..}) checks nothing against a client that never sends it.
 */
final class FreshnessChecks {

  private static final List<String> CONFLICT_NAMES =
      List.of("conflict", "stale", "optimisticlock", "concurrentmodification", "concurrency", "outdated",
          "preconditionfailed");
  private static final Set<String> CONFLICT_STATUSES = Set.of("CONFLICT", "PRECONDITION_FAILED");
  private static final Set<String> CONFLICT_CODES = Set.of("409", "412");
  private static final List<String> FRESHNESS_WORDS = List.of(
      "version", "updatedat", "updated_at", "updatetime", "update_time", "updatedate", "updatedon", "lastupdate",
      "modif", "lastmod", "revision", "etag", "fresh", "stale");

  private FreshnessChecks() {}

  /** Words in file text without which no freshness check can be written: a cheap gate before a walk. */
  static final List<TextNeedles.Needle> MENTIONS = TextNeedles.Needle.exactly("onflict", "CONFLICT", "409", "PRECONDITION_FAILED", "412", "Stale", "Concurrency");

  /** The check when {@code n} throws a conflict under a condition testing freshness; else null. */
  static FreshnessCheck of(String path, ThrowStmt n, MethodRef method) {
    if (!conflict(Fluent.unwrap(n.getExpression()))) {
      return null;
    }
    for (Node node = n.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof CallableDeclaration<?> || node instanceof LambdaExpr) {
        return null;
      }
      if (node instanceof IfStmt test && testsFreshness(test.getCondition()) && !skippedWhenAbsent(test.getCondition())) {
        return new FreshnessCheck(Anchors.of(path, n), method, test.getCondition().toString());
      }
    }
    return null;
  }

  /** {@code new ConflictException(..)}, {@code new ResponseStatusException(HttpStatus.CONFLICT, ..)}, {@code conflict(..)}. */
  private static boolean conflict(Expression thrown) {
    String name;
    List<Expression> arguments;
    if (thrown instanceof ObjectCreationExpr creation) {
      name = creation.getType().getNameAsString();
      arguments = creation.getArguments();
    } else if (thrown instanceof MethodCallExpr call) {
      name = call.getNameAsString();
      arguments = call.getArguments();
    } else {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (CONFLICT_NAMES.stream().anyMatch(lower::contains)) {
      return true;
    }
    for (Expression argument : arguments) {
      boolean status = argument.findFirst(Expression.class, FreshnessChecks::conflictStatus).isPresent();
      if (status) {
        return true;
      }
    }
    return false;
  }

  /** {@code HttpStatus.CONFLICT}, {@code Status.PRECONDITION_FAILED}, {@code 409}. */
  private static boolean conflictStatus(Expression e) {
    return e instanceof FieldAccessExpr access && CONFLICT_STATUSES.contains(access.getNameAsString())
        || e instanceof NameExpr name && CONFLICT_STATUSES.contains(name.getNameAsString())
        || e instanceof IntegerLiteralExpr code && CONFLICT_CODES.contains(code.getValue());
  }

  /**
   * {@code ifMatch != null && !ifMatch.equals(..)}: a client that sends no version is never checked,
   * so the check guards nothing against it.
   */
  private static boolean skippedWhenAbsent(Expression condition) {
    Expression e = Fluent.unwrap(condition);
    if (!(e instanceof BinaryExpr binary)) {
      return false;
    }
    if (binary.getOperator() == BinaryExpr.Operator.AND) {
      return skippedWhenAbsent(binary.getLeft()) || skippedWhenAbsent(binary.getRight());
    }
    return binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS
        && (binary.getLeft() instanceof NullLiteralExpr || binary.getRight() instanceof NullLiteralExpr);
  }

  private static boolean testsFreshness(Expression condition) {
    String text = condition.toString().toLowerCase(Locale.ROOT).replace("serialversionuid", "");
    return FRESHNESS_WORDS.stream().anyMatch(text::contains);
  }
}
