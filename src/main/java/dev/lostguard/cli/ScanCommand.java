package dev.lostguard.cli;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import dev.lostguard.model.Severity;
import dev.lostguard.scan.ParseOnlyFloor;
import dev.lostguard.scan.ProjectConfig;
import dev.lostguard.scan.ScanRequest;
import dev.lostguard.scan.ScanTimings;
import dev.lostguard.scan.Scanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lostguard scan [PATH...]}: the audit itself. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Scan a project for lost-update risks.",
    exitCodeListHeading = "%nExit codes:%n")
final class ScanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories to scan (default: .).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--root", paramLabel = "DIR",
      description = "Directory that report paths are relative to (default: the scanned directory when"
          + " there is one, else the current directory).")
  Path root;

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Skip files and folders matching this glob (repeatable), e.g. '**/generated/**'.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--include-tests", negatable = true,
      description = "Report findings in test sources (src/test, src/it) too; they always feed the schema.")
  Boolean includeTests;

  @Option(names = "--version-column", paramLabel = "NAME",
      description = "Another column name that holds a row version (repeatable).")
  List<String> versionColumns = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT[:FILE]", converter = FormatTarget.Converter.class,
      description = "Report format, repeatable: text, json, sarif, gitlab, junit, markdown; with :FILE it is"
          + " written to FILE atomically (default: text to standard output). At most one goes to standard output.")
  List<FormatTarget> formats = new ArrayList<>();

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output; only with one --format.")
  Path output;

  @Option(names = "--sarif-category", paramLabel = "CATEGORY",
      description = "SARIF automationDetails.id: GitHub's category for this analysis (e.g. lostguard/backend).")
  String sarifCategory;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 4 when a finding is at or above: ${COMPLETION-CANDIDATES} (default: low).")
  FailOn failOn;

  @Option(names = "--strict", description = "Exit 5 when any input could not be analysed.")
  boolean strict;

  @Mixin BaselineOptions baselineOptions = new BaselineOptions();

  @Option(names = "--threads", paramLabel = "N",
      description = "Parser threads (default: all cores). The report is the same for any N.")
  Integer threads;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; honours NO_COLOR).")
  ColorMode color;

  @Option(names = {"-q", "--quiet"}, description = "Print findings only: no summary, no progress.")
  boolean quiet;

  @Option(names = "--stats", description = "Print files, timings and peak heap to standard error.")
  boolean stats;

  @Option(names = "--parse-only",
      description = "Benchmark floor: parse every .java file as a scan would, extract nothing, report"
          + " nothing; with --stats, print the same figures.")
  boolean parseOnly;

  @Mixin ProjectOptions project;

  @Mixin ProgressOptions progress;

  private final Map<String, String> environment;
  private final boolean interactive;

  ScanCommand(Map<String, String> environment, boolean interactive) {
    this.environment = environment;
    this.interactive = interactive;
  }

  @Override
  public Integer call() throws IOException {
    ScanRequest request = request();
    List<FormatTarget> targets = FormatTargets.resolve(spec.commandLine(), formats, output, sarifCategory);
    if (parseOnly) {
      return parseOnly(request);
    }
    baselineOptions.load();
    if (baselineOptions.update != null) {
      project.requireWholeProject(request, "--update-baseline", spec.commandLine());
    }
    ScanTimings timings = new ScanTimings();
    Report report = request.changeScope().withoutStaleOutside(baselineOptions.apply(
        new Scanner().scan(request, timings, progress.display(spec.commandLine().getErr(), interactive, quiet))));

    new ReportOutputs(
            request.root(), sarifCategory, color.enabled(interactive, environment), quiet,
            baselineOptions.includeSuppressed)
        .write(report, targets, spec.commandLine().getOut());
    baselineOptions.update(report);
    if (stats) {
      printStats(report, timings);
    }
    return exitCode(report).code();
  }

  /** The report of this command's scan options, not rendered: {@code baseline create} writes it. */
  Report scanOnly() {
    ScanRequest request = request();
    project.requireWholeProject(request, "baseline create", spec.commandLine());
    return new Scanner().scan(request);
  }

  private int parseOnly(ScanRequest request) {
    long start = System.nanoTime();
    ParseOnlyFloor.Result result = ParseOnlyFloor.run(request);
    long millis = (System.nanoTime() - start) / 1_000_000;
    PrintWriter err = spec.commandLine().getErr();
    err.printf("parse-only: %d java files (%d skipped), %d lines, %d did not parse%n",
        result.files(), result.filesSkipped(), result.lines(), result.unparsed());
    if (stats) {
      err.printf("time parse %8d ms%n", millis);
      err.printf("peak heap: %d MiB%n", peakHeapMiB());
      err.printf("jvm: %s%n", QuickJvm.describe());
    }
    err.flush();
    return ExitCode.CLEAN.code();
  }

  private ScanRequest request() {
    List<Path> scanned = paths.isEmpty() ? List.of(Path.of(".")) : paths;
    for (Path path : scanned) {
      if (!Files.exists(path)) {
        throw new ParameterException(spec.commandLine(), "no such file or directory: " + path);
      }
    }
    if (root != null && !Files.isDirectory(root)) {
      throw new ParameterException(spec.commandLine(), "--root is not a directory: " + root);
    }
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    Path reportRoot = root;
    if (reportRoot == null) {
      reportRoot = scanned.size() == 1 && Files.isDirectory(scanned.get(0)) ? scanned.get(0) : Path.of(".");
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    ProjectConfig config = project.config(reportRoot, spec.commandLine());
    if (failOn == null) {
      failOn = config.failOn().map(FailOn::valueOf).orElse(FailOn.low);
    }
    return project.request(
        List.copyOf(scanned), reportRoot, workers,
        new ProjectOptions.ScanFlags(excludes, includeTests, versionColumns), config, spec.commandLine());
  }

  private ExitCode exitCode(Report report) {
    List<ExitCode> applicable = new ArrayList<>();
    if (strict && !report.errors().isEmpty()) {
      applicable.add(ExitCode.INCOMPLETE);
    }
    Optional<Severity> threshold = failOn.threshold();
    if (threshold.isPresent()
        && report.findings().stream()
            .filter(Finding::open)
            .map(Finding::severity)
            .anyMatch(s -> s.compareTo(threshold.get()) >= 0)) {
      applicable.add(ExitCode.FINDINGS);
    }
    return ExitCode.mostImportant(applicable);
  }

  private void printStats(Report report, ScanTimings timings) {
    PrintWriter err = spec.commandLine().getErr();
    err.printf("files: %d read, %d skipped; statements: %d (%d unparsed)%n",
        report.summary().files(), report.summary().filesSkipped(),
        report.summary().statements(), report.summary().statementsUnparsed());
    timings.phases().forEach((phase, millis) -> err.printf("time %-6s %8d ms%n", phase, millis));
    err.printf("peak heap: %d MiB%n", peakHeapMiB());
    err.printf("jvm: %s%n", QuickJvm.describe());
    err.flush();
  }

  /** The sum of the heap pools' peak usage since the JVM started. */
  private static long peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
