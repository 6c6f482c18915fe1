package dev.lostguard.scan;

import dev.lostguard.model.SourceRole;
import java.util.List;
import java.util.Locale;

/**
 * Classifies a root-relative path by the folders it lies in ({@code rules/models/source-roles.json}):
 * migrations and tests feed the schema but never produce findings.
 */
public final class SourceRoles {

  private final List<String> migrationFolders;
  private final List<String> testFolders;

  /** Folder paths such as {@code db/migration}, matched at any depth. */
  public SourceRoles(List<String> migrationFolders, List<String> testFolders) {
    this.migrationFolders = normalized(migrationFolders);
    this.testFolders = normalized(testFolders);
  }

  public SourceRole of(String relativePath) {
    String path = "/" + relativePath.toLowerCase(Locale.ROOT);
    if (testFolders.stream().anyMatch(path::contains)) {
      return SourceRole.TEST;
    }
    if (migrationFolders.stream().anyMatch(path::contains)) {
      return SourceRole.MIGRATION;
    }
    return SourceRole.APPLICATION;
  }

  private static List<String> normalized(List<String> folders) {
    return folders.stream().map(f -> "/" + f.toLowerCase(Locale.ROOT).replaceAll("^/+|/+$", "") + "/").toList();
  }
}
