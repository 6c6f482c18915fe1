package dev.lostguard.scan;

import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Finding;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.Report;
import dev.lostguard.model.Schema;
import dev.lostguard.model.SchemaChange;
import dev.lostguard.model.Severity;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.Summary;
import dev.lostguard.model.TableSummary;
import dev.lostguard.model.WriteSite;
import dev.lostguard.rules.RuleCatalog;
import dev.lostguard.rules.RuleEngine;
import dev.lostguard.java.JavaParsing;
import com.github.javaparser.JavaParser;
import dev.lostguard.sql.MigrationOrder;
import dev.lostguard.sql.SqlFileAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one orchestrator: walk files, run front-ends in parallel, build the project model from their
 * facts in path order, run the rules, assemble the report. The same input gives the same report for
 * any number of threads.
 */
public final class Scanner {

  /** Workers get a large stack: deeply nested expressions recurse deeply in the parsers. */
  private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

  private final RuleCatalog catalog;
  private final String toolVersion;

  public Scanner() {
    this(RuleCatalog.builtIn(), ToolVersion.current());
  }

  public Scanner(RuleCatalog catalog, String toolVersion) {
    this.catalog = catalog;
    this.toolVersion = toolVersion;
  }

  public Report scan(ScanRequest request) {
    return scan(request, new ScanTimings());
  }

  /** Scans and records how long each phase took, for {@code --stats}. */
  public Report scan(ScanRequest request, ScanTimings timings) {
    FileWalker walker =
        new FileWalker(request.root(), request.excludes(), name -> name.endsWith(".sql"));
    List<FileWalker.ScannedFile> files;
    try {
      files = walker.walk(request.paths());
    } catch (IOException e) {
      throw new UncheckedIOException("could not walk " + request.paths(), e);
    }
    timings.lap("walk");
    SourceRoles roles = new SourceRoles(catalog.migrationFolders(), catalog.testFolders());
    List<Analysed> analysed = analyseAll(files, roles, Math.max(1, request.threads()));
    timings.lap("parse");

    List<FileFacts> facts = analysed.stream().map(Analysed::facts).toList();
    List<SchemaChange> changes = new ArrayList<>();
    facts.stream()
        .sorted(Comparator.comparing(FileFacts::path, new MigrationOrder()))
        .forEach(f -> changes.addAll(f.schemaChanges()));
    List<WriteSite> writeSites = new ArrayList<>();
    facts.forEach(f -> writeSites.addAll(f.writeSites()));
    ProjectModel model =
        ProjectModel.build(
            Schema.of(changes),
            writeSites,
            catalog.settings(request.extraVersionColumns(), request.includeTests()));

    timings.lap("model");
    Map<String, FileWalker.ScannedFile> byPath = new HashMap<>();
    files.forEach(f -> byPath.put(f.relativePath(), f));
    SourceLines lines = new SourceLines(byPath);
    Map<String, SourceRole> roleByPath = new HashMap<>();
    facts.forEach(f -> roleByPath.put(f.path(), f.role()));
    RuleEngine.Result result =
        RuleEngine.builtIn(catalog)
            .run(
                model,
                lines::line,
                path -> roleByPath.getOrDefault(path, SourceRole.APPLICATION) != SourceRole.TEST
                    || request.includeTests());

    List<ProcessingError> errors = new ArrayList<>();
    analysed.forEach(a -> errors.addAll(a.facts().errors()));
    errors.addAll(result.errors());
    errors.sort(Comparator.naturalOrder());
    timings.lap("rules");
    return new Report(
        "lostguard",
        toolVersion,
        summary(analysed, result.findings()),
        inventory(model),
        result.findings(),
        List.copyOf(errors));
  }

  /**
   * The floor that benchmarks compare a scan against: parse every {@code .java} file with the same
   * parser configuration and threads as a scan, extract nothing.
   */
  public ParseOnlyResult parseOnly(ScanRequest request) {
    FileWalker walker = new FileWalker(request.root(), request.excludes(), name -> name.endsWith(".java"));
    List<FileWalker.ScannedFile> files;
    try {
      files = walker.walk(request.paths());
    } catch (IOException e) {
      throw new UncheckedIOException("could not walk " + request.paths(), e);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, request.threads()), workerThreads());
    ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(JavaParsing::newParser);
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (FileWalker.ScannedFile file : files) {
        futures.add(pool.submit(() -> {
          Optional<String> text = SourceText.read(file.file(), file.relativePath()).text();
          if (text.isEmpty()) {
            return new long[] {0, 0, 1};
          }
          boolean parsed;
          try {
            parsed = JavaParsing.parse(parsers.get(), text.get()).unit().isPresent();
          } catch (RuntimeException | StackOverflowError e) {
            parsed = false;
          }
          return new long[] {text.get().lines().count(), parsed ? 0 : 1, 0};
        }));
      }
      long lines = 0;
      int failed = 0;
      int skipped = 0;
      for (Future<long[]> future : futures) {
        long[] counts = future.get();
        lines += counts[0];
        failed += (int) counts[1];
        skipped += (int) counts[2];
      }
      return new ParseOnlyResult(files.size() - skipped, skipped, lines, failed);
    } catch (ExecutionException e) {
      throw new IllegalStateException("parse-only worker failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("parse-only interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** What the parse-only floor read: files, lines, and how many files did not parse. */
  public record ParseOnlyResult(int files, int filesSkipped, long lines, int unparsed) {}

  /** One file's facts, and whether it was skipped rather than read. */
  private record Analysed(FileFacts facts, boolean skipped) {}

  private List<Analysed> analyseAll(List<FileWalker.ScannedFile> files, SourceRoles roles, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
    try {
      List<Future<Analysed>> futures = new ArrayList<>();
      for (FileWalker.ScannedFile file : files) {
        futures.add(pool.submit(() -> analyse(file, roles.of(file.relativePath()))));
      }
      List<Analysed> results = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        results.add(await(futures.get(i), files.get(i), roles));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Analysed analyse(FileWalker.ScannedFile file, SourceRole role) {
    String path = file.relativePath();
    SourceText source = SourceText.read(file.file(), path);
    if (source.text().isEmpty()) {
      return new Analysed(FileFacts.failed(path, role, source.problem().orElseThrow()), true);
    }
    FileFacts facts;
    try {
      facts = new SqlFileAnalyzer().analyze(path, source.text().get(), role);
    } catch (RuntimeException | StackOverflowError e) {
      facts =
          FileFacts.failed(
              path, role, ProcessingError.of(ErrorKind.PARSE_SQL, path, null, "could not analyse file: " + e));
    }
    if (source.problem().isPresent()) {
      facts = facts.withError(source.problem().get());
    }
    return new Analysed(facts, false);
  }

  private static Analysed await(Future<Analysed> future, FileWalker.ScannedFile file, SourceRoles roles) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      String path = file.relativePath();
      return new Analysed(
          FileFacts.failed(
              path,
              roles.of(path),
              ProcessingError.of(ErrorKind.IO, path, null, "could not analyse file: " + e.getCause())),
          true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scan interrupted", e);
    }
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(null, task, "lostguard-scan-" + count.incrementAndGet(), WORKER_STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static Summary summary(List<Analysed> analysed, List<Finding> findings) {
    int files = 0;
    int skipped = 0;
    int statements = 0;
    int unparsed = 0;
    for (Analysed a : analysed) {
      if (a.skipped()) {
        skipped++;
      } else {
        files++;
      }
      statements += a.facts().statements();
      unparsed += a.facts().statementsUnparsed();
    }
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    for (Severity severity : List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
      bySeverity.put(severity.label(), 0);
    }
    Map<String, Integer> byRule = new TreeMap<>();
    for (Finding finding : findings) {
      bySeverity.merge(finding.severity().label(), 1, Integer::sum);
      byRule.merge(finding.ruleId(), 1, Integer::sum);
    }
    return new Summary(files, skipped, statements, unparsed, findings.size(), bySeverity, byRule);
  }

  /** Every table, with the writes the project makes to it (tests only when they are reportable). */
  private static List<TableSummary> inventory(ProjectModel model) {
    List<TableSummary> rows = new ArrayList<>();
    model.tables().values().forEach(table -> {
      int writes = 0;
      int guarded = 0;
      for (SiteFacts site : model.sitesOf(table.name())) {
        if (site.site().role() == SourceRole.TEST && !site.reportable()) {
          continue;
        }
        writes++;
        guarded += site.checksVersion() ? 1 : 0;
      }
      rows.add(
          new TableSummary(table.name(), table.versionColumn(), table.versionSource(), writes, guarded));
    });
    return rows;
  }

  /** Source lines for snippets, read again only for files that have findings. */
  private static final class SourceLines {
    private final Map<String, FileWalker.ScannedFile> files;
    private final Map<String, String[]> cache = new HashMap<>();

    SourceLines(Map<String, FileWalker.ScannedFile> files) {
      this.files = files;
    }

    String line(String path, int line) {
      String[] lines =
          cache.computeIfAbsent(
              path,
              p -> Optional.ofNullable(files.get(p))
                  .flatMap(f -> SourceText.read(f.file(), p).text())
                  .map(text -> text.split("\r\n|\r|\n", -1))
                  .orElse(new String[0]));
      return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }
  }
}
