package dev.lostguard.model;

/** How an entity is protected against concurrent writes by its persistence framework. */
public enum LockingMode {
  /** A {@code @Version} field. */
  VERSION,
  /** Hibernate {@code @OptimisticLocking(type = DIRTY | ALL)}: versionless, compares columns. */
  VERSIONLESS,
  NONE
}
