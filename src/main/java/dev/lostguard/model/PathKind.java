package dev.lostguard.model;

import java.util.Locale;

/** What kind of path reaches a write; the lower-case label (with {@code -}) is the JSON contract. */
public enum PathKind {
  /** A user-facing HTTP or GraphQL write. */
  ENDPOINT,
  /** A PUT/PATCH/POST that flips one boolean, enum or status field, or a route like {@code /{id}/active}. */
  TOGGLE,
  /** An admin route or controller, or an admin command. */
  ADMIN,
  /** A scheduled, message-driven or batch job. */
  JOB,
  /** A multi-row statement. */
  BULK,
  /** A migration script. */
  MIGRATION,
  /** Another SQL script. */
  SCRIPT,
  /** No entry point found. */
  UNKNOWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
