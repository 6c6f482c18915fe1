package dev.lostguard.model;

import java.util.Locale;
import java.util.Set;

/**
 * One side of a {@code ==}/{@code !=} comparison, with what the file says about its declared type.
 *
 * @param text the expression as written ({@code order.getVersion()})
 * @param declaredType the declared type as written ({@code Long}, {@code long}), or null when the file
 *     does not declare it (a getter of a class in another file, a {@code var}, a chained call)
 * @param getterOwner for an unresolved getter call, the candidates of its receiver's declared type,
 *     so a project-wide lookup can find the return type later; null otherwise
 * @param getter for an unresolved getter call, the method name; null otherwise
 */
public record VersionOperand(String text, String declaredType, TypeRef getterOwner, String getter) {

  private static final Set<String> BOXES =
      Set.of("Long", "Integer", "Short", "Byte", "java.lang.Long", "java.lang.Integer", "java.lang.Short",
          "java.lang.Byte");
  private static final Set<String> PRIMITIVES = Set.of("long", "int", "short", "byte", "char", "double", "float");

  /** Declared as a boxed integral type: {@code ==} compares object identity. */
  public boolean boxed() {
    return declaredType != null && BOXES.contains(declaredType);
  }

  /** Declared as a primitive: the other side is unboxed and the comparison is by value. */
  public boolean primitive() {
    return declaredType != null && PRIMITIVES.contains(declaredType);
  }

  public boolean typeKnown() {
    return declaredType != null;
  }

  /** The name (variable, field or getter property) mentions a version. */
  public boolean versionLike() {
    String lower = text.toLowerCase(Locale.ROOT);
    String last = lower.substring(lower.lastIndexOf('.') + 1);
    return last.contains("version") && !last.contains("serialversionuid");
  }
}
