package dev.lostguard.model;

/** The statement shapes that can overwrite or remove an existing row. */
public enum WriteKind {
  UPDATE,
  DELETE,
  /** {@code INSERT ... ON CONFLICT DO UPDATE} or {@code INSERT ... ON DUPLICATE KEY UPDATE}. */
  UPSERT,
  MERGE
}
