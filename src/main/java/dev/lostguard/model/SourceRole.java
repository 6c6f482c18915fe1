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
   * A generated data-access statement (MyBatis Generator) that no project code calls: inventory only.
   * Given to a write site, not a file, once the call graph is known.
   */
  GENERATED
}
