package dev.lostguard.rules;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.VersionComparison;
import dev.lostguard.model.VersionOperand;
import java.util.List;
import java.util.Optional;

/**
 * Flags a hand-written version guard that compares boxed versions with {@code ==} or {@code !=}
 * ({@code if (order.getVersion() != form.getVersion())} with {@code Long} getters): it compares object
 * identity, so it passes or fails by the {@code Long} cache (values -128..127), not by the version.
 *
 * <p>Flagged when one operand is declared {@code Long}/{@code Integer}/{@code Short}/{@code Byte} and
 * the other is declared boxed too (confidence high), or its type is unknown to the file but its name
 * also says version (confidence medium). Not flagged: a primitive on either side (Java unboxes, so it
 * is a value comparison), {@code equals}/{@code Objects.equals}, comparisons with a literal or
 * {@code null}, operands of other types, and comparisons whose boxed-ness the file cannot show.
 */
public final class VersionComparedByReference implements ProjectRule {

  public static final String ID = "version-compared-by-reference";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Verdict> check(ProjectModel model) {
    return model.patterns(VersionComparison.class).stream()
        .map(comparison -> judge(comparison))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<Verdict> judge(VersionComparison comparison) {
    VersionOperand left = comparison.left();
    VersionOperand right = comparison.right();
    if (left.primitive() || right.primitive()) {
      return Optional.empty();
    }
    Confidence confidence;
    if (left.boxed() && right.boxed()) {
      confidence = Confidence.HIGH;
    } else if ((left.boxed() && unknownVersion(right)) || (right.boxed() && unknownVersion(left))) {
      confidence = Confidence.MEDIUM;
    } else {
      return Optional.empty();
    }
    String types = describe(left) + " " + comparison.operator() + " " + describe(right);
    return Optional.of(
        new Verdict(
            "`" + comparison.text() + "` in " + comparison.method().label() + " compares boxed versions ("
                + types + ") by identity: equal versions above 127 are different objects, so the guard"
                + " answers by object identity, not by the version",
            comparison.location(),
            null,
            Optional.of(confidence),
            comparison.text()));
  }

  private static String describe(VersionOperand operand) {
    return operand.typeKnown() ? operand.declaredType() : "a version of undeclared type";
  }

  private static boolean unknownVersion(VersionOperand operand) {
    return !operand.typeKnown() && operand.versionLike();
  }
}
