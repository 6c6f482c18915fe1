package dev.lostguard.java;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Java values the code fixes, not the user: literals, constants ({@code Status.OFFLINE},
 * {@code CommonConstant.YES}, a statically imported {@code ACTIVE}) and what a constant answers without
 * arguments ({@code Flag.YES.ordinal()}, {@code State.DONE.getCode()}). A framework write that sets
 * one renders it as a SQL literal, so the rules see a command ({@code SET state = 'YES'}) where a bind
 * parameter would look like a value the user sent. The current time ({@code new Date()}) renders as
 * {@code CURRENT_TIMESTAMP}: nobody read it earlier.
 */
final class FixedValues {

  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Set<String> CLOCK_TYPES =
      Set.of("LocalDateTime", "LocalDate", "Instant", "OffsetDateTime", "ZonedDateTime", "LocalTime");

  /** A project's or a library's date helper class: {@code DateUtil}, {@code DateUtils}, {@code DateTimeUtil}, {@code TimeUtils}. */
  private static final Pattern DATE_UTILITIES = Pattern.compile("(?:Date|DateTime|Time)Utils?|DateHelper|TimeHelper");
  /** Its clock: Hutool's {@code DateUtil.date()} and {@code now()}, {@code DateUtil.getCurrentTime()}. */
  private static final Set<String> UTILITY_CLOCKS =
      Set.of("now", "date", "getCurrentTime", "currentTime", "getNowTime", "getNowDate", "getCurrentDate", "getNow",
          "getCurrentDateTime", "nowDate", "nowTime");

  /** What a class names its own clock: {@code this.now()}, {@code currentTime()}. */
  private static final Set<String> OWN_CLOCKS = Set.of("now", "currentTime", "currentTimestamp", "currentDateTime");

  private FixedValues() {}

  /** The SQL literal for a fixed value; a constant becomes its name as a string ({@code 'OFFLINE'}). */
  static Optional<String> sqlLiteral(Expression expression, MethodScope method) {
    Expression value = Fluent.unwrap(expression);
    if (value instanceof StringLiteralExpr string) {
      return Optional.of(quoted(string.asString()));
    }
    if (value instanceof CharLiteralExpr character) {
      return Optional.of(quoted(character.getValue()));
    }
    if (value instanceof IntegerLiteralExpr || value instanceof LongLiteralExpr || value instanceof DoubleLiteralExpr) {
      return Optional.of(value.toString().replaceAll("[lLdDfF]$", "").replace("_", ""));
    }
    if (value instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS
        && (unary.getExpression() instanceof IntegerLiteralExpr || unary.getExpression() instanceof LongLiteralExpr)) {
      return sqlLiteral(unary.getExpression(), method).map(n -> "-" + n);
    }
    if (value instanceof BooleanLiteralExpr bool) {
      return Optional.of(bool.getValue() ? "TRUE" : "FALSE");
    }
    if (value instanceof NullLiteralExpr) {
      return Optional.of("NULL");
    }
    if (isClock(value) || clockLocal(value, method)) {
      return Optional.of("CURRENT_TIMESTAMP");
    }
    return constantName(value, method).map(FixedValues::quoted);
  }

  /**
   * The current time: {@code new Date()}, {@code LocalDateTime.now()}, {@code Instant.now()},
   * {@code System.currentTimeMillis()}, {@code new Timestamp(System.currentTimeMillis())}, a clock
   * method of the class's own ({@code this.now()}) or of a date helper ({@code DateUtil.getCurrentTime()}).
   */
  static boolean isClock(Expression value) {
    if (value instanceof ObjectCreationExpr creation) {
      String type = creation.getType().getNameAsString();
      return type.equals("Date") && creation.getArguments().isEmpty()
          || (type.equals("Date") || type.equals("Timestamp")) && creation.getArguments().size() == 1
              && isClock(Fluent.unwrap(creation.getArgument(0)));
    }
    if (value instanceof MethodCallExpr call && call.getArguments().isEmpty()
        && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr)) {
      return OWN_CLOCKS.contains(call.getNameAsString()); // a clock of the class's own: this.now()
    }
    if (value instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()
        && call.getScope().get() instanceof NameExpr owner) {
      String name = call.getNameAsString();
      return name.equals("now") && CLOCK_TYPES.contains(owner.getNameAsString())
          || owner.getNameAsString().equals("System") && name.equals("currentTimeMillis")
          || DATE_UTILITIES.matcher(owner.getNameAsString()).matches() && UTILITY_CLOCKS.contains(name);
    }
    return false;
  }

  /** {@code currentTime} after {@code String currentTime = DateUtil.getCurrentTime();}, never assigned again. */
  private static boolean clockLocal(Expression value, MethodScope method) {
    if (!(value instanceof NameExpr name) || !method.assignmentsOf(name.getNameAsString()).isEmpty()) {
      return false;
    }
    MethodScope.Local local = method.local(name.getNameAsString());
    return local != null && local.initializer() != null && isClock(Fluent.unwrap(local.initializer()));
  }

  /** {@code Status.OFFLINE}, {@code OFFLINE} (not a local), {@code Flag.YES.ordinal()}: the constant's name. */
  private static Optional<String> constantName(Expression value, MethodScope method) {
    if (value instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()) {
      return constantName(Fluent.unwrap(call.getScope().get()), method);
    }
    if (value instanceof FieldAccessExpr access && CONSTANT.matcher(access.getNameAsString()).matches()
        && typeName(access.getScope())) {
      return Optional.of(access.getNameAsString());
    }
    if (value instanceof NameExpr name && CONSTANT.matcher(name.getNameAsString()).matches()
        && method.local(name.getNameAsString()) == null) {
      return Optional.of(name.getNameAsString());
    }
    return Optional.empty();
  }

  /** {@code Status}, {@code Constants.Order}, {@code com.acme.Status}: names only, the last one capitalised. */
  private static boolean typeName(Expression scope) {
    if (scope instanceof NameExpr name) {
      return Character.isUpperCase(name.getNameAsString().charAt(0));
    }
    return scope instanceof FieldAccessExpr access
        && Character.isUpperCase(access.getNameAsString().charAt(0))
        && qualifiedName(access.getScope());
  }

  private static boolean qualifiedName(Expression scope) {
    return scope instanceof NameExpr || scope instanceof FieldAccessExpr access && qualifiedName(access.getScope());
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
