package dev.lostguard.model;

/** What the right-hand side of an assignment or comparison is. */
public enum ValueKind {
  /** A bind parameter: {@code ?}, {@code :name}, {@code ?1}, {@code $1}, {@code #{name}}. */
  PARAMETER,
  /** A literal: number, string, boolean, {@code NULL}. */
  LITERAL,
  /** The current time: {@code now()}, {@code CURRENT_TIMESTAMP} and friends. */
  NOW,
  /** Another column, or the same column: {@code a = b}. */
  COLUMN,
  /** Anything else: arithmetic, function calls, sub-queries. */
  EXPRESSION
}
