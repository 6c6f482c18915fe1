package dev.lostguard.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The project-wide view the rules read: every table with its version column, and every write site
 * analysed against its table. Built once, after all front-ends have run, from facts in path order.
 */
public final class ProjectModel {

  private final Map<String, TableFacts> tables;
  private final List<SiteFacts> sites;
  private final AnalysisSettings settings;
  private final List<CodePattern> patterns;
  private final Map<Class<?>, List<?>> patternsByKind = new ConcurrentHashMap<>();
  private final CallPaths callPaths;
  private final CallGraph callGraph;
  private final List<JpaWrite> jpaWrites;
  /** Entry points per method, asked by several rules for the same writes; filled on demand. */
  private final Map<MethodRef, List<EntryPoint>> entries = new ConcurrentHashMap<>();
  /** Whether some write is reached by people at all; decided on first use. */
  private volatile Boolean peopleReachWrites;
  /** Per table, the columns that writes people reach set; filled on demand. */
  private final Map<String, Set<String>> columnsPeopleWrite = new ConcurrentHashMap<>();
  private final FreshnessGuards freshnessGuards;
  private final OwnerGuards ownerGuards;
  private final Map<MethodRef, List<CallerKeyedWrite>> callerKeys;

  private ProjectModel(
      Map<String, TableFacts> tables,
      List<SiteFacts> sites,
      AnalysisSettings settings,
      List<CodePattern> patterns,
      CallPaths callPaths,
      CallGraph callGraph) {
    this.tables = tables;
    this.sites = sites;
    this.settings = settings;
    this.patterns = patterns;
    this.callPaths = callPaths;
    this.callGraph = callGraph;
    this.jpaWrites = callGraph == null ? List.of() : JpaWrite.all(callGraph, patterns(PersistenceCall.class));
    this.freshnessGuards = new FreshnessGuards(callGraph, patterns(FreshnessCheck.class));
    this.ownerGuards = new OwnerGuards(callGraph, patterns(OwnerCheck.class));
    this.callerKeys = patterns(CallerKeyedWrite.class).stream().collect(Collectors.groupingBy(CallerKeyedWrite::method));
  }

  /**
   * @param entities the project's JPA entities, which can make a table versioned
   * @param writeSites every write site of the project, in a deterministic order
   */
  public static ProjectModel build(
      Schema schema, EntityCatalog entities, List<WriteSite> writeSites, AnalysisSettings settings) {
    return build(schema, entities, writeSites, settings, List.of(), CallPaths.none(), null);
  }

  /**
   * @param patterns how the code handles conflicts, in path order
   * @param callPaths how entry points reach methods
   * @param callGraph the project's call graph, or null when there is no Java code to model
   */
  public static ProjectModel build(
      Schema schema,
      EntityCatalog entities,
      List<WriteSite> writeSites,
      AnalysisSettings settings,
      List<CodePattern> patterns,
      CallPaths callPaths,
      CallGraph callGraph) {
    Map<String, List<WriteSite>> byTable = new TreeMap<>();
    schema.tables().keySet().forEach(name -> byTable.put(name, new ArrayList<>()));
    entities.entities().forEach(entity -> byTable.putIfAbsent(entity.table(), new ArrayList<>()));
    for (WriteSite site : writeSites) {
      byTable.computeIfAbsent(site.table(), k -> new ArrayList<>()).add(site);
    }
    Map<String, TableFacts> tables = new TreeMap<>();
    VersionCarriers carriers = VersionCarriers.of(callGraph, settings);
    byTable.forEach(
        (name, writes) ->
            tables.put(
                name, VersionColumns.decide(name, schema.table(name), entities.byTable(name), writes, settings,
                    carriers.carry(name))));
    WriteAnalysis analysis = new WriteAnalysis(settings);
    List<SiteFacts> sites = new ArrayList<>();
    for (WriteSite site : writeSites) {
      sites.add(analysis.analyse(site, tables.get(site.table())));
    }
    sites.sort(Comparator.comparing(f -> f.site().location()));
    return new ProjectModel(tables, List.copyOf(sites), settings, List.copyOf(patterns), callPaths, callGraph);
  }

  /** Tables by name: those the DDL declares and those only written to. */
  public Map<String, TableFacts> tables() {
    return tables;
  }

  /** The table of this name; empty for none, also for a null name (findings about code, not a table). */
  public Optional<TableFacts> table(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(tables.get(name));
  }

  /** Every write site, sorted by location. */
  public List<SiteFacts> sites() {
    return sites;
  }

  public List<SiteFacts> sitesOf(String table) {
    return sites.stream().filter(s -> s.site().table().equals(table)).toList();
  }

  public AnalysisSettings settings() {
    return settings;
  }

  /** Conflict-handling facts of the Java code, in path order. */
  public List<CodePattern> patterns() {
    return patterns;
  }

  /** The conflict-handling facts of one kind, in path order. */
  public <T extends CodePattern> List<T> patterns(Class<T> kind) {
    // Rules ask once per write site; the answer per kind is kept.
    @SuppressWarnings("unchecked")
    List<T> ofKind = (List<T>) patternsByKind.computeIfAbsent(
        kind, k -> patterns.stream().filter(k::isInstance).map(k::cast).toList());
    return ofKind;
  }

  /** The call graph of the Java code, when the project has some. */
  public Optional<CallGraph> callGraph() {
    return Optional.ofNullable(callGraph);
  }

  /** Every entry point that reaches {@code method}; empty for SQL scripts and unreached code. */
  public List<EntryPoint> entriesReaching(MethodRef method) {
    return method == null ? List.of() : entries.computeIfAbsent(method, callPaths::entriesReaching);
  }

  /** Some entry point where a person acts (an HTTP handler, a GraphQL mutation, an admin command) reaches the method. */
  public boolean reachedByPeople(MethodRef method) {
    return entriesReaching(method).stream().anyMatch(EntryPoint::actedByPerson);
  }

  /**
   * Some write of the project is reached from an entry point where a person acts: the call graph
   * links entry points to writes, so a write it does not link is one people do not reach.
   */
  public boolean peopleReachWrites() {
    if (peopleReachWrites == null) {
      peopleReachWrites = sites.stream().anyMatch(s -> reachedByPeople(s.site().method()));
    }
    return peopleReachWrites;
  }

  /**
   * The columns of {@code table} that some write people reach sets to a value they chose (not a fixed
   * literal, not the current time): the values a form can hold a stale copy of. Empty when no such
   * write is known.
   */
  public Set<String> columnsPeopleWrite(String table) {
    return columnsPeopleWrite.computeIfAbsent(
        table,
        name ->
            sitesOf(name).stream()
                .filter(s -> reachedByPeople(s.site().method()))
                .flatMap(s -> s.userValueColumns(settings).stream())
                .collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * Every one of {@code entries} (at least one) checks the client's copy in code before it writes: a
   * conflict thrown when a version or last-modified value differs ({@link FreshnessCheck}).
   */
  public boolean checkFreshnessFirst(List<EntryPoint> entries) {
    return freshnessGuards.checkEvery(entries);
  }

  /** Every way into {@code writer} checks the client's copy first, at its handler or on the way ({@link FreshnessCheck}). */
  public boolean checkFreshnessOnEveryWay(MethodRef writer) {
    return freshnessGuards.checkEveryWayTo(writer);
  }

  /**
   * The entry point acts on the caller's own record of {@code tables}: its route and body name no other
   * record and it asks who is logged in ({@link OwnRecords}), or it refuses a record that is not the
   * caller's ({@link OwnerCheck}).
   */
  public boolean actsOnOwnRecords(EntryPoint entry, Set<String> tables) {
    return callGraph != null
        && (OwnRecords.builtIn().actsOnOwnRecords(entry, callGraph, tables) || ownerGuards.checks(entry));
  }

  /**
   * The handler's route names no record and it, or its service, refuses one that is not the caller's
   * ({@link OwnerCheck}): {@code PUT /internal/ui/user} comparing the body's user id with who is logged
   * in, {@code PUT /system/user/profile} setting it to them. The caller's own page, whatever other
   * handlers edit the same rows.
   */
  public boolean ownPageChecked(EntryPoint entry) {
    return callGraph != null && entry.route() != null && !OwnRecords.routeNamesRecord(entry.route())
        && ownerGuards.checks(entry);
  }

  /**
   * The write's row key is the logged-in user's ({@link CallerKeyedWrite}): {@code u.setId(PoetryUtil.getUserId())}
   * before {@code updateById(u)}, an update wrapper comparing {@code user_id} with who is logged in.
   * Only its owner saves that row.
   */
  public boolean keyedByCaller(SiteFacts site) {
    MethodRef method = site.site().method();
    Location at = site.site().location();
    if (callGraph == null || method == null || at == null) {
      return false;
    }
    List<CallerKeyedWrite> keys = callerKeys.getOrDefault(method, List.of());
    Optional<MethodFacts> facts = keys.isEmpty() ? Optional.empty() : callGraph.method(method);
    return facts.isPresent() && keys.stream()
        .anyMatch(key -> key.location().path().equals(at.path())
            && key.location().startLine() == at.startLine() && OwnRecords.builtIn().asksOn(facts.get(), key.lines()));
  }

  /** Every JPA write of the project (repository saves, entity-manager calls, dirty checks). */
  public List<JpaWrite> jpaWrites() {
    return jpaWrites;
  }

  /** The shortest entry chains that reach {@code method}; empty for SQL scripts and unreached code. */
  public List<EntryChain> chainsTo(MethodRef method) {
    return method == null ? List.of() : callPaths.chainsTo(method);
  }

  /** The same, preferring handlers that name what the write's file names ({@link CallPaths#chainsTo(MethodRef, String)}). */
  public List<EntryChain> chainsTo(MethodRef method, String writtenIn) {
    return method == null ? List.of() : callPaths.chainsTo(method, writtenIn);
  }
}
