package dev.lostguard.scan;

import dev.lostguard.java.SqlSinks;
import dev.lostguard.rules.EntryPointModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A project's {@code lostguard.json}: what it says, validated. Command-line options override it; see
 * {@link ConfigLoader} for the file format.
 *
 * @param file where it was read from, empty for no file
 * @param include globs a file must match to be scanned (any of them); empty means every file
 * @param exclude globs of files and folders to skip, added to {@code --exclude}
 * @param testFolders folders holding tests, added to the built-in {@code src/test} and {@code src/it}
 * @param includeTests whether test sources report findings, when the file says
 * @param rules rules turned off and severities overridden
 * @param versionColumns version column names, added to {@code --version-column}
 * @param sqlSinks calls and annotations that execute SQL, added to the built-in model
 * @param entryPoints entry point declarations, added to the built-in model
 * @param failOn the {@code --fail-on} threshold ({@code info} ... {@code high}, {@code none}), when the file says
 */
public record ProjectConfig(
    Optional<Path> file,
    List<String> include,
    List<String> exclude,
    List<String> testFolders,
    Optional<Boolean> includeTests,
    RuleOverrides rules,
    List<String> versionColumns,
    SqlSinks sqlSinks,
    EntryPointModels entryPoints,
    Optional<String> failOn) {

  /** No file: every default. */
  public static final ProjectConfig NONE =
      new ProjectConfig(
          Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), RuleOverrides.NONE, List.of(),
          SqlSinks.none(), EntryPointModels.none(), Optional.empty());
}
