package dev.lostguard.model;

/** How a write changes its table's version column. */
public enum VersionBump {
  /** The version is not written. */
  NONE,
  /** {@code version = version + 1} (or {@code + ?}): the reliable bump. */
  INCREMENT,
  /** {@code version = ?} or {@code :next}: probably a bump computed by the caller (medium confidence). */
  ASSIGNED,
  /** {@code version = :v} where {@code :v} is also the compared value: writes back what was checked. */
  SAME_AS_COMPARED,
  /** {@code version = now()}: a temporal version. */
  NOW;

  public boolean bumps() {
    return this == INCREMENT || this == ASSIGNED || this == NOW;
  }

  /** What the write does to the version, as a verb for messages: "increments", "assigns", "stamps". */
  public String verb() {
    return switch (this) {
      case INCREMENT -> "increments";
      case NOW -> "stamps";
      default -> "assigns";
    };
  }
}
