package dev.lostguard.model;

import java.util.Locale;

/** Where a table's version column (or its absence) comes from; the lower-case label is the JSON contract. */
public enum VersionSource {
  /** A listed version name declared in DDL with an integral, temporal or unknown type. */
  DDL,
  /** Some statement of the project compares and increments the column. */
  INFERRED,
  /** An entity's {@code @Version} field (Java front-end). */
  ENTITY,
  /** No DDL for the table and no statement that reveals a version: status unknown. */
  UNKNOWN,
  /** DDL is known and declares no version column. */
  NONE,
  /**
   * DDL declares a version column that no write of the application names (to compare or set it): added once and never wired, it protects nothing, so the table is judged as unversioned.
   */
  UNUSED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean versioned() {
    return this == DDL || this == INFERRED || this == ENTITY;
  }
}
