package dev.lostguard.model;

/** The statement shapes that can overwrite or remove an existing row. */
public enum WriteKind {
  UPDATE,
  DELETE,
  /** {@code INSERT ... ON CONFLICT DO UPDATE} or {@code INSERT ... ON DUPLICATE KEY UPDATE}. */
  UPSERT,
  MERGE,
  /**
   * MySQL {@code REPLACE INTO} (and SQLite {@code INSERT OR REPLACE}): deletes the existing row and
   * inserts the new one, an overwrite of the whole row that no version predicate can guard.
   */
  REPLACE
}
