package dev.lostguard.scan;

import dev.lostguard.java.GeneratedClients;
import dev.lostguard.java.GeneratedCriteria;
import dev.lostguard.java.JavaFileAnalyzer;
import dev.lostguard.java.SqlSinks;
import dev.lostguard.java.TextGates;
import dev.lostguard.model.AnalysisSettings;
import dev.lostguard.model.CallGraph;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Finding;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.PessimisticLocks;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.Report;
import dev.lostguard.model.Schema;
import dev.lostguard.model.SchemaChange;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.SuppressionDirective;
import dev.lostguard.model.Summary;
import dev.lostguard.model.TableSummary;
import dev.lostguard.model.UnreachedWrites;
import dev.lostguard.model.WriteSite;
import dev.lostguard.openapi.OpenApiFileAnalyzer;
import dev.lostguard.openapi.OpenApiSpecs;
import dev.lostguard.rules.EntryPointModels;
import dev.lostguard.rules.IneffectiveSuppression;
import dev.lostguard.rules.RuleCatalog;
import dev.lostguard.rules.RuleEngine;
import dev.lostguard.spring.SpringConfigAnalyzer;
import dev.lostguard.sql.ChangelogProperties;
import dev.lostguard.sql.LiquibaseChangelogAnalyzer;
import dev.lostguard.sql.SchemaOrder;
import dev.lostguard.sql.SqlFileAnalyzer;
import dev.lostguard.xml.MapperFileAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one orchestrator: walk files, run front-ends in parallel, resolve the SQL that Java code runs,
 * build the project model from all facts in path order, run the rules, assemble the report. The same
 * input gives the same report for any number of threads.
 */
public final class Scanner {

  private final Supplier<RuleCatalog> catalogs;
  private final String toolVersion;

  public Scanner() {
    this(Warmup.builtInCatalog(), ToolVersion.current());
  }

  public Scanner(RuleCatalog catalog, String toolVersion) {
    this(() -> catalog, toolVersion);
  }

  private Scanner(Supplier<RuleCatalog> catalogs, String toolVersion) {
    this.catalogs = catalogs;
    this.toolVersion = toolVersion;
  }

  public Report scan(ScanRequest request) {
    return scan(request, new ScanTimings());
  }

  /** Scans and records how long each phase took, for {@code --stats}. */
  public Report scan(ScanRequest request, ScanTimings timings) {
    return scan(request, timings, ScanProgress.NONE);
  }

  /** Scans, records phase times and tells {@code progress} how far it got. */
  public Report scan(ScanRequest request, ScanTimings timings, ScanProgress progress) {
    List<FileWalker.ScannedFile> files;
    Optional<Set<String>> otherJvmWords;
    List<FileFacts> facts;
    RuleCatalog catalog;
    List<Analysed> analysed;
    JavaSql javaSql;
    MapperWrites mapperWrites;
    AnalysisSettings settings;
    Supplier<CallGraph> graphs;
    try (Workers workers = new Workers(request.threads())) {
      progress.phase("walk", 0);
      Walked walked = walk(request, workers);
      files = walked.files();
      timings.lap("walk");
      catalog = catalogs.get();
      List<String> testFolders = new ArrayList<>(catalog.testFolders());
      testFolders.addAll(request.extraTestFolders());
      SourceRoles roles = new SourceRoles(catalog.migrationFolders(), testFolders);
      OtherJvmSources.Text otherJvm = OtherJvmSources.read(walked.otherJvmSources().stream()
          .filter(f -> roles.of(f.relativePath()) == SourceRole.APPLICATION).toList(), SourceRole.APPLICATION);
      otherJvmWords = otherJvm.words();
      SqlSinks sinks = SqlSinks.builtIn().plus(request.extraSqlSinks());
      ThreadLocal<JavaFileAnalyzer> javaAnalyzers = ThreadLocal.withInitial(() -> new JavaFileAnalyzer(sinks));
      settings = catalog.settings(request.extraVersionColumns(), request.includeTests(), request.includeUnreached());
      progress.phase("parse", files.size());
      analysed =
          workers.map(
              files,
              progress.counting(
                  file -> analyse(file, request.root(), roles.of(file.relativePath()), request.includeTests(),
                      walked.clientRoots(), javaAnalyzers)),
              (file, failure) -> failed(file, roles, failure));
      timings.lap("parse");
      // The call graph needs only the types: it is built on its own thread while the workers resolve SQL.
      // Other JVM sources add only the switches their text shows (OtherJvmSources).
      facts = Stream.concat(analysed.stream().map(Analysed::facts), otherJvm.facts().stream()).toList();
      graphs = CallGraphs.start(facts,
          EntryPointModels.builtIn().plus(request.extraEntryPoints()).model());
      javaSql = JavaSql.resolve(facts, workers, progress, settings);
      mapperWrites =
          MapperWrites.render(facts, workers, settings,
              javaSql.statementIdCalls());
      timings.lap("sql");
    }

    List<SchemaChange> changes = ChangelogProperties.resolve(SchemaOrder.changes(facts));
    List<WriteSite> writeSites = new ArrayList<>();
    facts.stream().filter(f -> !javaSql.classpathScripts().contains(f.path())).forEach(f -> writeSites.addAll(f.writeSites()));
    writeSites.addAll(javaSql.writes());
    List<CodePattern> patterns = new ArrayList<>();
    facts.forEach(f -> patterns.addAll(f.patterns()));
    progress.phase("model", 0);
    CallGraph graph = graphs.get();
    MapperWrites.Linked mapperSites = mapperWrites.link(graph);
    writeSites.addAll(mapperSites.writes());
    UnreachedWrites.Result reached = UnreachedWrites.setAside(writeSites, graph, otherJvmWords);
    ProjectModel model =
        ProjectModel.build(
            Schema.of(changes),
            javaSql.entities(),
            PessimisticLocks.apply(reached.writes(), graph, mapperWrites.lockingReads()),
            settings,
            patterns,
            graph,
            graph);
    timings.lap("model");

    Map<String, FileWalker.ScannedFile> byPath = new HashMap<>();
    files.forEach(f -> byPath.put(f.relativePath(), f));
    SourceLines lines = new SourceLines(byPath);
    Map<String, SourceRole> roleByPath = new HashMap<>();
    facts.forEach(f -> roleByPath.put(f.path(), f.role()));
    progress.phase("rules", 0);
    Set<String> standIns = graph.standInFiles();
    Predicate<String> reportable = path -> request.includeTests()
        || roleByPath.getOrDefault(path, SourceRole.APPLICATION) != SourceRole.TEST && !standIns.contains(path);
    RuleEngine.Result result = RuleEngine.builtIn(catalog).run(model, lines::line, reportable);
    List<Finding> findings =
        new IneffectiveSuppression(catalog)
            .apply(result.findings(), result.withoutEntryPoint(),
                analysed.stream().flatMap(a -> a.directives().stream()).toList(), lines::line,
                reportable);

    List<ProcessingError> errors = new ArrayList<>();
    analysed.forEach(a -> errors.addAll(a.facts().errors()));
    errors.addAll(javaSql.errors());
    errors.addAll(mapperWrites.errors());
    errors.addAll(result.errors());
    errors.sort(Comparator.naturalOrder());
    findings = request.changeScope().filter(request.ruleOverrides().apply(findings), graph);
    timings.lap("rules");
    progress.finished();
    return new Report(
        "lostguard",
        toolVersion,
        summary(analysed, javaSql, mapperWrites, mapperSites.setAside() + reached.setAside(), graph.unresolvedCalls(),
            result.withoutEntryPoint().size(), findings),
        inventory(model),
        findings,
        List.copyOf(errors));
  }

  /**
   * The files worth reading, the project's JVM sources lostguard does not read (Kotlin, Groovy, Scala),
   * and the folders of vendored API clients, whose generated sources are read but not parsed.
   */
  private record Walked(
      List<FileWalker.ScannedFile> files, List<FileWalker.ScannedFile> otherJvmSources, Set<String> clientRoots) {}

  private static Walked walk(ScanRequest request, Workers workers) {
    FileWalker walker =
        FileWalker.of(
            request, name -> name.endsWith(".sql") || name.endsWith(".java") || LiquibaseChangelogAnalyzer.mayRead(name)
                || OtherJvmSources.named(name) || SpringConfigAnalyzer.named(name));
    try {
      List<FileWalker.ScannedFile> all = new ArrayList<>();
      List<FileWalker.ScannedFile> otherJvmSources = new ArrayList<>();
      for (FileWalker.ScannedFile file : walker.walk(request.paths())) {
        if (OtherJvmSources.named(file.relativePath())) {
          otherJvmSources.add(file);
        } else {
          all.add(file);
        }
      }
      List<Boolean> worth = workers.map(all, SchemaFileSniffer::worthReading, (file, failure) -> true);
      List<FileWalker.ScannedFile> kept = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (worth.get(i)) {
          kept.add(all.get(i));
        }
      }
      return new Walked(kept, otherJvmSources, clientRoots(kept));
    } catch (IOException e) {
      throw new UncheckedIOException("could not walk " + request.paths(), e);
    }
  }

  /** The folders of the vendored API clients among the files ({@link GeneratedClients}). */
  private static Set<String> clientRoots(List<FileWalker.ScannedFile> files) {
    Set<String> roots = new TreeSet<>();
    for (FileWalker.ScannedFile file : files) {
      if (file.relativePath().endsWith("ApiClient.java")) {
        SourceText.read(file.file(), file.relativePath()).text()
            .flatMap(text -> GeneratedClients.root(file.relativePath(), text)).ifPresent(roots::add);
      }
    }
    return roots;
  }

  /**
   * One file's facts, whether it was skipped rather than read, whether it is a test source left
   * unparsed because it cannot matter to the report, and its suppression directives.
   */
  private record Analysed(
      FileFacts facts, boolean skipped, NotParsed notParsed, List<SuppressionDirective> directives) {
    Analysed(FileFacts facts, boolean skipped) {
      this(facts, skipped, NotParsed.NO, List.of());
    }
  }

  /** Why a Java source that was read was not parsed: it cannot change the report. */
  private enum NotParsed { NO, TEST_SOURCE, GENERATED_CRITERIA, GENERATED_CLIENT }

  private static Analysed analyse(
      FileWalker.ScannedFile file,
      Path root,
      SourceRole role,
      boolean includeTests,
      Set<String> clientRoots,
      ThreadLocal<JavaFileAnalyzer> javaAnalyzers) {
    String path = file.relativePath();
    SourceText source = SourceText.read(file.file(), path);
    boolean xml = path.toLowerCase(Locale.ROOT).endsWith(".xml");
    boolean mapper = xml && MapperFileAnalyzer.isMapper(source.text());
    // XML, YAML and JSON that is neither a mapper nor a changelog is not ours: no facts, no diagnostics.
    if (SpringConfigAnalyzer.named(path) && !mapper) {
      return new Analysed(
          source.text().map(text -> new SpringConfigAnalyzer().analyze(path, text, role))
              .orElseGet(() -> FileFacts.empty(path, role)),
          false);
    }
    boolean markup = LiquibaseChangelogAnalyzer.mayRead(path);
    boolean spec = markup && !mapper && (role != SourceRole.TEST || includeTests)
        && source.text().map(OpenApiSpecs::isSpec).orElse(false);
    if (markup && !mapper && !spec && !source.text().map(LiquibaseChangelogAnalyzer::isChangelog).orElse(false)) {
      return new Analysed(FileFacts.empty(path, role), false);
    }
    if (source.text().isEmpty()) {
      return new Analysed(FileFacts.failed(path, role, source.problem().orElseThrow()), true);
    }
    boolean java = path.toLowerCase(Locale.ROOT).endsWith(".java");
    JavaFileAnalyzer.Depth depth = javaDepth(role, includeTests);
    TextGates.Mentions mentions = java ? javaAnalyzers.get().mentions(source.text().get()) : null;
    if (java && depth == JavaFileAnalyzer.Depth.DECLARATIONS && !mentions.entity()) {
      // Production code cannot see test code: a test source matters only for the entities it declares.
      return new Analysed(FileFacts.empty(path, role), false, NotParsed.TEST_SOURCE, List.of());
    }
    if (java && GeneratedCriteria.isCriteriaClass(mentions)) {
      return new Analysed(FileFacts.empty(path, role), false, NotParsed.GENERATED_CRITERIA, List.of());
    }
    if (java && !clientRoots.isEmpty() && GeneratedClients.isClientSource(path, source.text().get(), mentions, clientRoots)) {
      return new Analysed(FileFacts.empty(path, role), false, NotParsed.GENERATED_CLIENT, List.of());
    }
    FileFacts facts;
    try {
      facts =
          java
              ? javaAnalyzers.get().analyze(path, source.text().get(), role, depth, mentions)
              : mapper
                  ? new MapperFileAnalyzer().analyze(path, source.text().get(), role)
                  : spec
                  ? new OpenApiFileAnalyzer().analyze(path, file.file(), root, source.text().get(), role)
                  : markup
                      ? new LiquibaseChangelogAnalyzer().analyze(path, source.text().get(), role)
                      : ClasspathSql.withConstant(
                          new SqlFileAnalyzer().analyze(path, source.text().get(), role), source.text().get());
    } catch (RuntimeException | StackOverflowError e) {
      ErrorKind kind = java ? ErrorKind.PARSE_JAVA : xml ? ErrorKind.PARSE_XML
          : spec ? ErrorKind.PARSE_OPENAPI : ErrorKind.PARSE_SQL;
      facts = FileFacts.failed(path, role, ProcessingError.of(kind, path, null, "could not analyse file: " + e));
    }
    if (source.problem().isPresent()) {
      facts = facts.withError(source.problem().get());
    }
    return new Analysed(facts, false, NotParsed.NO, SuppressionDirectives.find(path, source.text().get()));
  }

  private static JavaFileAnalyzer.Depth javaDepth(SourceRole role, boolean includeTests) {
    return role == SourceRole.TEST && !includeTests ? JavaFileAnalyzer.Depth.DECLARATIONS : JavaFileAnalyzer.Depth.FULL;
  }

  private static Analysed failed(FileWalker.ScannedFile file, SourceRoles roles, Throwable failure) {
    String path = file.relativePath();
    return new Analysed(
        FileFacts.failed(
            path, roles.of(path), ProcessingError.of(ErrorKind.IO, path, null, "could not analyse file: " + failure)),
        true);
  }

  private static Summary summary(
      List<Analysed> analysed, JavaSql javaSql, MapperWrites mappers, int setAside, int unresolvedCalls,
      int withoutEntryPoint, List<Finding> findings) {
    int files = 0;
    int skipped = 0;
    int testsNotParsed = 0;
    int criteriaNotParsed = 0;
    int clientsNotParsed = 0;
    int statements = javaSql.statements();
    int unparsed = javaSql.unparsed() + mappers.unparsed();
    for (Analysed a : analysed) {
      if (a.skipped()) {
        skipped++;
      } else {
        files++;
      }
      testsNotParsed += a.notParsed() == NotParsed.TEST_SOURCE ? 1 : 0;
      criteriaNotParsed += a.notParsed() == NotParsed.GENERATED_CRITERIA ? 1 : 0;
      clientsNotParsed += a.notParsed() == NotParsed.GENERATED_CLIENT ? 1 : 0;
      statements += a.facts().statements();
      unparsed += a.facts().statementsUnparsed();
    }
    return new Summary(
            files, skipped, testsNotParsed, criteriaNotParsed, clientsNotParsed, statements, unparsed,
            javaSql.unresolved() + mappers.unresolved(), unresolvedCalls, setAside, withoutEntryPoint, 0, Map.of(),
            Map.of())
        .countingOpen(findings);
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
          new TableSummary(
              table.name(), table.versionColumn(), table.versionSource(), writes, guarded, table.notes()));
    });
    return rows;
  }
}
