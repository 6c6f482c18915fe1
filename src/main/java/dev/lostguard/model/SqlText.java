package dev.lostguard.model;

import java.util.List;

/**
 * SQL text as Java code spells it, before project-wide resolution: literals, text blocks, {@code +}
 * of parts, {@code static final String} constants that may live in other classes, and text assembled
 * in a method from such parts (builders, {@code String.format}, {@code +=}). The scan
 * resolves constants across the project; what stays {@link Unknown} is counted as unresolved, never
 * guessed.
 */
public sealed interface SqlText {

  /** A string literal or text block, its value as the program sees it. */
  record Literal(String text) implements SqlText {}

  /**
   * A reference to a {@code static final String} field.
   *
   * @param owners qualified class names that may declare it, most likely first (the class itself,
   *     explicit and static imports, the same package, wildcard imports)
   * @param location where the reference is written
   */
  record ConstantRef(List<String> owners, String field, Location location) implements SqlText {}

  /** Parts joined with {@code +}, in order. */
  record Concat(List<SqlText> parts) implements SqlText {}

  /**
   * Text assembled at run time ({@code StringBuilder} appends, {@code +=}) where some parts are added
   * only on some branches ({@code if}, loops, {@code switch}). Every part is taken, so the statement
   * includes the optional ones; findings on it carry one level less confidence.
   */
  record WithBranches(SqlText text) implements SqlText {}

  /**
   * A write whose SQL a framework generates from a mapping (MyBatis-Plus, jOOQ records, MongoDB):
   * the scan renders it once entities and framework settings are known; constants never resolve it.
   */
  record Mapped(MappedWrite write) implements SqlText {}

  /** A part whose value cannot be known from source (a variable, a method call). */
  record Unknown(String reason) implements SqlText {}
}
