package dev.lostguard.scan;

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
 */
public record ScanRequest(
    List<Path> paths,
    Path root,
    List<String> excludes,
    int threads,
    boolean includeTests,
    List<String> extraVersionColumns) {

  /** A scan of one directory with defaults, as tests and the samples harness use it. */
  public static ScanRequest ofDirectory(Path directory) {
    return new ScanRequest(List.of(directory), directory, List.of(), 2, false, List.of());
  }
}
