package dev.lostguard.scan;

import dev.lostguard.model.SourceRole;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies a root-relative path by the folders it lies in ({@code rules/models/source-roles.json}):
 * migrations and tests feed the schema but never produce findings.
 */
public final class SourceRoles {

  private final List<Pattern> migrationFolders;
  private final List<Pattern> testFolders;

  /**
   * Folder paths such as {@code db/migration}, matched at any depth; a {@code *} stands for any part of
   * one folder name ({@code *-test-common} is every module whose name ends so).
   */
  public SourceRoles(List<String> migrationFolders, List<String> testFolders) {
    this.migrationFolders = patterns(migrationFolders);
    this.testFolders = patterns(testFolders);
  }

  public SourceRole of(String relativePath) {
    String path = "/" + relativePath.toLowerCase(Locale.ROOT);
    if (testFolders.stream().anyMatch(p -> p.matcher(path).find())) {
      return SourceRole.TEST;
    }
    if (migrationFolders.stream().anyMatch(p -> p.matcher(path).find()) || UPGRADE_SCRIPT.matcher(path).find()) {
      return SourceRole.MIGRATION;
    }
    return SourceRole.APPLICATION;
  }

  /** A SQL script named as an upgrade or migration ({@code 2022-1-升级ui所需sql.sql}, {@code upgrade_to_2.1.sql}). */
  private static final Pattern UPGRADE_SCRIPT =
      Pattern.compile("/[^/]*(upgrade|migrat|升级|迁移)[^/]*\\.sql$");

  private static List<Pattern> patterns(List<String> folders) {
    return folders.stream()
        .map(f -> "/" + f.toLowerCase(Locale.ROOT).replaceAll("^/+|/+$", "") + "/")
        .map(f -> Pattern.compile(String.join("[^/]*", Arrays.stream(f.split("\\*", -1)).map(Pattern::quote).toList())))
        .toList();
  }
}
