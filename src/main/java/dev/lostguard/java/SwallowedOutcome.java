package dev.lostguard.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a block turns a failure into success, shared by conflict catches and zero-row checks:
 * {@code ignored}, {@code logged}, {@code returns normally} or {@code returns <expr>}; null when the
 * block does anything else (throws, answers an error, calls other code).
 */
final class SwallowedOutcome {

  private static final Set<String> LOGGERS =
      Set.of("log", "logger", "this.log", "this.logger", "system.out", "system.err");
  private static final Set<String> SUCCESS_RESPONSES = Set.of("ok", "noContent", "accepted");
  private static final Set<String> SUCCESS_STATUSES =
      Set.of("HttpStatus.OK", "HttpStatus.NO_CONTENT", "HttpStatus.ACCEPTED", "Response.Status.OK",
          "Status.OK", "Response.Status.NO_CONTENT", "200", "204");

  private SwallowedOutcome() {}

  /** The outcome of the statements; {@code valuesSucceed}: any returned value other than {@code false}/{@code null} is success. */
  static String of(List<Statement> statements, boolean valuesSucceed) {
    if (statements.isEmpty()) {
      return "ignored";
    }
    for (int i = 0; i < statements.size() - 1; i++) {
      if (!logs(statements.get(i))) {
        return null;
      }
    }
    Statement last = statements.get(statements.size() - 1);
    if (logs(last)) {
      return "logged";
    }
    if (last.isReturnStmt()) {
      Expression value = last.asReturnStmt().getExpression().orElse(null);
      if (value == null) {
        return "returns normally";
      }
      boolean value2xx = succeeds(value) || valuesSucceed && (value.isNameExpr() || value.isObjectCreationExpr()
          && !value.asObjectCreationExpr().getType().getNameAsString().equals("ResponseEntity"));
      return value2xx ? "returns `" + value + "`" : null;
    }
    return null;
  }

  private static boolean logs(Statement statement) {
    if (!statement.isExpressionStmt() || !(statement.asExpressionStmt().getExpression() instanceof MethodCallExpr call)) {
      return false;
    }
    if (call.getNameAsString().equals("printStackTrace")) {
      return true;
    }
    return call.getScope().map(s -> LOGGERS.contains(s.toString().toLowerCase(Locale.ROOT))).orElse(false);
  }

  /** {@code true}, a 2xx response, or the stored state read again as if the write had worked. */
  private static boolean succeeds(Expression value) {
    if (value.isBooleanLiteralExpr()) {
      return value.asBooleanLiteralExpr().getValue();
    }
    if (value.isObjectCreationExpr()) {
      return value.asObjectCreationExpr().getType().getNameAsString().equals("ResponseEntity")
          && value.asObjectCreationExpr().getArguments().stream().anyMatch(a -> SUCCESS_STATUSES.contains(a.toString()));
    }
    if (!(value instanceof MethodCallExpr call)) {
      return false;
    }
    MethodCallExpr root = call;
    while (root.getScope().orElse(null) instanceof MethodCallExpr inner) {
      root = inner;
    }
    String receiver = root.getScope().map(Expression::toString).orElse("");
    String name = root.getNameAsString();
    if (receiver.equals("ResponseEntity") || receiver.equals("Response")) {
      return SUCCESS_RESPONSES.contains(name)
          || (name.equals("status") && root.getArguments().size() == 1
              && SUCCESS_STATUSES.contains(root.getArgument(0).toString()));
    }
    return ConflictRetries.isReload(root.getNameAsString());
  }
}
