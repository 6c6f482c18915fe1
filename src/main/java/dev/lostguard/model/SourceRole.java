package dev.lostguard.model;

/** Why a file is in the project: it decides whether its writes can become findings. */
public enum SourceRole {
  /** Application code and queries: its writes are user save paths. */
  APPLICATION,
  /** Flyway, Liquibase and other migration folders: schema and inventory only. */
  MIGRATION,
  /** Test sources: schema only, unless the user asks for tests. */
  TEST,
  /**
   * A data-access statement no project code runs: generated (MyBatis Generator) and never called, or a
   * data-access interface method whose name no project code calls ({@link UnreachedWrites}). Inventory
   * only. Given to a write site, not a file, once the call graph is known.
   */
  UNREACHED
}
