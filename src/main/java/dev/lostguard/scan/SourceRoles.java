package dev.lostguard.scan;

import dev.lostguard.model.SourceRole;
import java.util.List;
import java.util.Locale;

/** Classifies a root-relative path: migrations and tests feed the schema but never produce findings. */
final class SourceRoles {

  private static final List<String> MIGRATION_FOLDERS = List.of("flyway", "liquibase", "migrations");

  private SourceRoles() {}

  static SourceRole of(String relativePath) {
    String path = "/" + relativePath.toLowerCase(Locale.ROOT);
    if (path.contains("/src/test/") || path.contains("/src/it/")) {
      return SourceRole.TEST;
    }
    if (path.contains("/db/migration/")) {
      return SourceRole.MIGRATION;
    }
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (MIGRATION_FOLDERS.contains(segments[i])) {
        return SourceRole.MIGRATION;
      }
    }
    return SourceRole.APPLICATION;
  }
}
