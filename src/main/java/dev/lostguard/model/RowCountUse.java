package dev.lostguard.model;

/**
 * What code does with a write's affected-row count: the half of optimistic locking that turns "0 rows"
 * into a conflict. A version check whose count is discarded protects nothing.
 */
public enum RowCountUse {
  /** Compared, returned, passed on, or kept in a variable that is later read. */
  USED,
  /** A bare call statement, a {@code void} repository method, a variable never read. */
  DISCARDED,
  /** The call returns no count, or the analysis cannot tell. */
  UNKNOWN,
  /** Not a call: a statement in a {@code .sql} file. */
  NOT_APPLICABLE
}
