package dev.lostguard.scan;

import dev.lostguard.java.SqlSinks;
import dev.lostguard.rules.EntryPointModels;
import java.nio.file.Path;
import java.util.List;

/**
 * What to scan and how.
 *
 * @param paths files or directories to scan (at least one)
 * @param root the directory reported paths are relative to
 * @param excludes glob patterns matched against root-relative paths (and bare names)
 * @param threads parser threads; the report does not depend on it
 * @param includeTests let test sources produce findings (they always feed the schema)
 * @param extraVersionColumns version column names added to the catalog's list
 * @param includes globs a file must match (any of them) to be scanned; empty means every file
 * @param extraTestFolders test folders added to the catalog's list
 * @param respectGitignore skip what the {@code .gitignore} files of the root and below ignore
 * @param extraSqlSinks SQL sinks added to the built-in model
 * @param extraEntryPoints entry point declarations added to the built-in model
 * @param ruleOverrides rules turned off or given another severity
 * @param changeScope which findings to report: all, or those touching changed files
 * @param includeUnreached also report writes no entry point reaches, in a project where entry points
 *     reach other writes
 */
public record ScanRequest(
    List<Path> paths,
    Path root,
    List<String> excludes,
    int threads,
    boolean includeTests,
    List<String> extraVersionColumns,
    List<String> includes,
    List<String> extraTestFolders,
    boolean respectGitignore,
    SqlSinks extraSqlSinks,
    EntryPointModels extraEntryPoints,
    RuleOverrides ruleOverrides,
    ChangeScope changeScope,
    boolean includeUnreached) {

  /** A request with no project configuration: every file, built-in models, every finding. */
  public ScanRequest(
      List<Path> paths,
      Path root,
      List<String> excludes,
      int threads,
      boolean includeTests,
      List<String> extraVersionColumns) {
    this(paths, root, excludes, threads, includeTests, extraVersionColumns, List.of(), List.of(), true,
        SqlSinks.none(), EntryPointModels.none(), RuleOverrides.NONE, ChangeScope.ALL, false);
  }

  /** A scan of one directory with defaults, as tests and the samples harness use it. */
  public static ScanRequest ofDirectory(Path directory) {
    return new ScanRequest(List.of(directory), directory, List.of(), 2, false, List.of());
  }
}
