package dev.lostguard.rules;

import dev.lostguard.model.CallGraph;
import dev.lostguard.model.Confidence;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.TypeFacts;
import dev.lostguard.model.TypeRef;
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
 * {@code null}, operands of other types, and comparisons whose boxed-ness neither the file nor the
 * project's types show. A getter of a class declared in another file is typed from the project: its
 * declared return type, or the field it reads (Lombok, a record component).
 */
public final class VersionComparedByReference implements ProjectRule {

  public static final String ID = "version-compared-by-reference";

  private static final int MAX_SUPERTYPES = 5;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Verdict> check(ProjectModel model) {
    CallGraph graph = model.callGraph().orElse(null);
    return model.patterns(VersionComparison.class).stream()
        .map(comparison -> judge(comparison, graph))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<Verdict> judge(VersionComparison comparison, CallGraph graph) {
    VersionOperand left = resolved(comparison.left(), graph);
    VersionOperand right = resolved(comparison.right(), graph);
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

  /**
   * An operand whose getter the file could not type, typed from the project: the getter's declared
   * return type in its class (or a supertype), else the field it reads (Lombok, record components).
   */
  private static VersionOperand resolved(VersionOperand operand, CallGraph graph) {
    if (operand.typeKnown() || operand.getterOwner() == null || graph == null) {
      return operand;
    }
    Optional<String> owner = graph.projectType(operand.getterOwner());
    for (int depth = 0; owner.isPresent() && depth < MAX_SUPERTYPES; depth++) {
      Optional<TypeFacts> type = graph.type(owner.get());
      if (type.isEmpty()) {
        break;
      }
      Optional<TypeRef> declared = declaredType(type.get(), operand.getter());
      if (declared.isPresent()) {
        return new VersionOperand(operand.text(), declared.get().simpleName(), null, null);
      }
      owner = type.get().supertypes().stream().map(graph::projectType).flatMap(Optional::stream).findFirst();
    }
    return operand;
  }

  private static Optional<TypeRef> declaredType(TypeFacts type, String getter) {
    for (MethodFacts method : type.methods()) {
      if (method.ref().name().equals(getter) && method.parameters().isEmpty() && method.returnType() != null) {
        return Optional.of(method.returnType());
      }
    }
    String property = getter;
    if (getter.startsWith("get") && getter.length() > 3) {
      property = Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
    }
    return Optional.ofNullable(type.fields().get(property));
  }
}
