package dev.lostguard.model;

/**
 * A hand-written {@code ==} or {@code !=} between two operands at least one of which names a version
 * ({@code order.getVersion() != form.getVersion()}); literals and {@code null} are never operands here.
 *
 * @param location the comparison expression
 * @param operator {@code ==} or {@code !=}
 */
public record VersionComparison(
    Location location, MethodRef method, String operator, VersionOperand left, VersionOperand right)
    implements CodePattern {

  /** {@code a != b}, as messages quote it. */
  public String text() {
    return left.text() + " " + operator + " " + right.text();
  }
}
