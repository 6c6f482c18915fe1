package dev.lostguard.cli;

import dev.lostguard.rules.RuleCatalog;
import dev.lostguard.scan.ChangeScope;
import dev.lostguard.scan.ConfigException;
import dev.lostguard.scan.ConfigLoader;
import dev.lostguard.scan.GitChanges;
import dev.lostguard.scan.GitException;
import dev.lostguard.scan.ProjectConfig;
import dev.lostguard.scan.ScanRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The scan options about the project rather than the run: its configuration file, {@code .gitignore},
 * and diff-aware runs. Merges the file with the command line: a flag overrides the file's value, and a
 * repeatable option adds to the file's list.
 */
final class ProjectOptions {

  @Option(names = "--config", paramLabel = "FILE",
      description = "Read this configuration file (default: the first lostguard.json or .lostguard.json"
          + " in the scan root or a folder above it).")
  Path configFile;

  @Option(names = "--no-config", description = "Read no configuration file.")
  boolean noConfig;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Scan only files matching this glob (repeatable), e.g. 'src/main/**'.")
  List<String> includes = new ArrayList<>();

  @Option(names = "--no-gitignore", description = "Also scan what .gitignore files ignore.")
  boolean noGitignore;

  @Option(names = "--include-unreached",
      description = "Also report writes that no entry point reaches (left out by default when entry points"
          + " reach other writes of the project; the summary counts them).")
  boolean includeUnreached;

  @Option(names = "--changed-since", paramLabel = "REF",
      description = "Report only findings that touch a file changed since the git REF (from its merge base"
          + " with HEAD, plus uncommitted and untracked files); the whole project is still analysed.")
  String changedSince;

  /** The configuration for a scan rooted at {@code scanRoot}; a bad file is a usage error. */
  ProjectConfig config(Path scanRoot, CommandLine commandLine) {
    if (noConfig && configFile != null) {
      throw new ParameterException(commandLine, "--config and --no-config exclude each other");
    }
    if (configFile != null && !Files.isRegularFile(configFile)) {
      throw new ParameterException(commandLine, "no such configuration file: " + configFile);
    }
    Optional<Path> file = noConfig ? Optional.empty()
        : configFile != null ? Optional.of(configFile) : ConfigLoader.discover(scanRoot);
    if (file.isEmpty()) {
      return ProjectConfig.NONE;
    }
    try {
      return new ConfigLoader(RuleCatalog.builtIn()).load(file.get());
    } catch (ConfigException e) {
      throw new ParameterException(commandLine, e.getMessage());
    }
  }

  /** The request: the file's settings under the command line's. */
  ScanRequest request(
      List<Path> paths, Path root, int threads, ScanFlags flags, ProjectConfig config, CommandLine commandLine) {
    return new ScanRequest(
        paths,
        root,
        concat(config.exclude(), flags.excludes()),
        threads,
        flags.includeTests() != null ? flags.includeTests() : config.includeTests().orElse(false),
        concat(config.versionColumns(), flags.versionColumns()),
        concat(config.include(), includes),
        config.testFolders(),
        !noGitignore,
        config.sqlSinks(),
        config.entryPoints(),
        config.rules(),
        changeScope(root, commandLine),
        includeUnreached);
  }

  /** A baseline written from a diff-aware run would forget every accepted finding outside the change. */
  void requireWholeProject(ScanRequest request, String what, CommandLine commandLine) {
    if (request.changeScope().partial()) {
      throw new ParameterException(commandLine, what + " needs every finding; it cannot go with --changed-since");
    }
  }

  /** The flags of {@code scan} that a configuration file can also set. */
  record ScanFlags(List<String> excludes, Boolean includeTests, List<String> versionColumns) {}

  private ChangeScope changeScope(Path root, CommandLine commandLine) {
    if (changedSince == null) {
      return ChangeScope.ALL;
    }
    try {
      return ChangeScope.of(GitChanges.since(changedSince, root));
    } catch (GitException e) {
      throw new ParameterException(commandLine, "--changed-since: " + e.getMessage());
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
