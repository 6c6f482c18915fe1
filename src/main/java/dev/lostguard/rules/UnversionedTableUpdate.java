package dev.lostguard.rules;

import dev.lostguard.model.CallGraph;
import dev.lostguard.model.Confidence;
import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.OwnRecords;
import dev.lostguard.model.PathKinds;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.RequestBodies;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.VersionSource;
import dev.lostguard.model.WriteKind;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flags a single-row UPDATE that overwrites user-editable columns of a table with no version column:
 * the common case of an app that never adopted optimistic locking, where the last save wins. When the
 * table's schema is unknown (no DDL, no statement that reveals a version), confidence is low.
 *
 * <p>Not flagged: counters, compare-and-set state changes, bookkeeping writes, multi-row updates,
 * soft deletes and restores (like hard deletes, they are judged only on versioned tables: a restore
 * that clears the flag writes no column a user edits), commands that set fixed values
 * ({@code SET active = true WHERE id = ?}: the new value is the command's, not something the user
 * read, so there is no stale snapshot to save; on a versioned table the missing bump is still
 * judged), writes whose values
 * come from a {@code SELECT ... FOR UPDATE} of the same table earlier in the method (the row lock
 * serialises the read-modify-write),
 * writes only machines make (no person reaches the update, and it does not save back every column
 * people edit: a device's report, an ingested event, a job's result; or only requests that send no copy
 * of a record reach it, GETs and commands such as {@code POST /jobs/{id}/run}, and it writes no column
 * people's edits write: a count refreshed while a page loads, a run's status), one short value people choose
 * written alone (a name, a status, a flag: {@link UserValues#command}), updates of log tables
 * ({@code member_login_log}, {@code price_history}: {@link #logTable}), writes that only sign-ins
 * reach (the failed attempts and last login of the account being signed in), writes that only the record's
 * owner makes (their profile, their cart: {@link OwnRecords}) unless they write a document, writes
 * whose every entry point checks the client's copy in code first (a conflict thrown when the version
 * or last-modified value it sent differs: {@link dev.lostguard.model.FreshnessCheck}), writes to a row
 * the same call created a moment earlier ({@link CreatedInTheSameCall}: no one else has seen it yet),
 * and statements whose values are all literals ({@code UPDATE lock SET locked = 0 WHERE id = 1}):
 * those are one-off scripts (upgrade steps, data fixes), not the parameterized save path of an
 * application, and flagging every one of them buries the real risks.
 */
public final class UnversionedTableUpdate implements WriteSiteRule {

  public static final String ID = "unversioned-table-update";

  private final Map<String, Set<String>> editedColumns = new HashMap<>();
  private ProjectModel editedColumnsModel;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
    if (site.site().kind() != WriteKind.UPDATE
        || !site.singleRow()
        || site.table().versioned()
        || site.exempt()
        || site.softDelete()
        || site.site().lockedReadTables().contains(site.site().table())
        || !site.parameterized()
        || onlyMachinesWriteItsValues(site, model)
        || onlyItsOwnerWritesIt(site, model)
        || onlySwitchesReachIt(site, model)
        || onlySignInsReachIt(site, model)
        || logTable(site.site().table())
        || linkTable(site, model)
        || site.stateMachineStep()
        || UserValues.command(site, model)
        || model.checkFreshnessOnEveryWay(site.site().method())
        || CreatedInTheSameCall.everyCallCreatesTheRowFirst(site, model)) {
      return Optional.empty();
    }
    VersionSource source = site.table().versionSource();
    boolean unknown = source == VersionSource.UNKNOWN;
    String why =
        switch (source) {
          case UNKNOWN -> ", and table " + site.site().table() + " has no known schema or version column";
          case UNUSED -> ", and the version column table " + site.site().table() + " declares is compared in no"
              + " statement's WHERE, so it guards no write";
          default -> ", and table " + site.site().table() + " has no version column";
        };
    Verdict verdict =
        Phrases.verdict(
            site,
            Phrases.statement(site.site())
                + Phrases.writes(site)
                + " overwrites the row unconditionally"
                + why
                + ": when " + racers(model.entriesReaching(site.site().method()), model, site.site().table())
                + " save the same record, the later save silently discards the earlier one");
    return Optional.of(
        unknown
            ? new Verdict(
                verdict.message(),
                verdict.location(),
                verdict.table(),
                Optional.of(Confidence.LOW),
                verdict.fingerprintText())
            : verdict);
  }

  /**
   * No person reaches this write, and it does not save back every column people edit on the table: a
   * device's report, an ingested event, a job's result or status change. Such a write sets what the
   * machine knows now, not a stale copy of a record someone edited. A write no person reaches that
   * rewrites every column people edit (a job saving a whole record it loaded earlier) is still judged.
   * A write only requests that send no copy of a record reach (GETs, {@code POST /jobs/{id}/run})
   * counts the same when it writes no column that people's other requests write (a page load that
   * saves back the whole row it read is still judged). Judged only in Java
   * code of a project where the call graph links people's entry points to writes; elsewhere an
   * unreached write says nothing.
   */
  private boolean onlyMachinesWriteItsValues(SiteFacts site, ProjectModel model) {
    MethodRef method = site.site().method();
    List<EntryPoint> entries = method == null ? List.of() : model.entriesReaching(method);
    Set<String> columns = UserValues.columns(site, model);
    if (method == null || !model.peopleReachWrites() || reachedByPeoplesEdits(method, columns, entries, model)) {
      return false;
    }
    if (entries.stream().anyMatch(EntryPoint::actedByPerson)) {
      // Only GETs and value-less commands: what they store is the server's, unless it writes back what people edit.
      return Collections.disjoint(columns, columnsPeoplesEditsWrite(site, model));
    }
    Set<String> byPeople = model.columnsPeopleWrite(site.site().table());
    return byPeople.isEmpty() || !columns.containsAll(byPeople);
  }

  /**
   * The columns of the site's table set by writes that requests carrying a copy of a record reach; the
   * same for every site of the table, so it is worked out once per table of the model last checked.
   */
  private Set<String> columnsPeoplesEditsWrite(SiteFacts site, ProjectModel model) {
    synchronized (editedColumns) {
      if (editedColumnsModel != model) {
        editedColumns.clear();
        editedColumnsModel = model;
      }
      return editedColumns.computeIfAbsent(site.site().table(), table -> columnsPeoplesEditsWrite(table, model));
    }
  }

  private static Set<String> columnsPeoplesEditsWrite(String table, ProjectModel model) {
    Set<String> columns = new HashSet<>();
    for (SiteFacts other : model.sitesOf(table)) {
      MethodRef writer = other.site().method();
      Set<String> written = other.userValueColumns(model.settings());
      if (writer != null && reachedByPeoplesEdits(writer, written, model.entriesReaching(writer), model)) {
        columns.addAll(written);
      }
    }
    return Set.copyOf(columns);
  }

  private static final Set<String> STARTUP_RUNNERS = Set.of("CommandLineRunner", "ApplicationRunner");

  /**
   * A person reaches the write with a request that can carry an edited copy of the {@code columns} it
   * sets: not a GET, not a request whose handler takes nothing but which record and who is calling
   * ({@link RequestBodies#carryNoValues}: {@code POST /jobs/{id}/run}), not one whose form names none
   * of those columns ({@link RequestBodies#carryNoneOf}), and not one whose way to the write passes a
   * method that takes only ids ({@link RequestBodies#takesOnlyIds}: a dashboard layout saved, then the
   * status of its jobs refreshed by their ids). What a write such a request reaches stores is the
   * server's (a count refreshed while a page loads, a notification marked read when opened, the status
   * of a deployment started now). A Spring Boot startup runner gets the command line at most.
   */
  private static boolean reachedByPeoplesEdits(
      MethodRef writer, Set<String> columns, List<EntryPoint> entries, ProjectModel model) {
    return entries.stream().anyMatch(e -> e.actedByPerson() && !sendsNoCopy(e, writer, columns, model));
  }

  private static boolean sendsNoCopy(EntryPoint entry, MethodRef writer, Set<String> columns, ProjectModel model) {
    if ("admin".equals(entry.kind()) && entry.route() != null && STARTUP_RUNNERS.contains(entry.route())) {
      return true;
    }
    if (!"http".equals(entry.kind())) {
      return false;
    }
    if ("GET".equals(entry.httpMethod())) {
      return true;
    }
    Optional<CallGraph> graph = model.callGraph();
    if (graph.isEmpty()) {
      return false;
    }
    Optional<MethodFacts> handler = graph.get().handler(entry);
    // A mapping for every HTTP method (@RequestMapping with no method) is judged by its parameters; a
    // method that registers lambda routes has none that tell.
    if (entry.httpMethod() == null && !handler.map(UnversionedTableUpdate::mapsARoute).orElse(false)) {
      return false;
    }
    if (handler.isPresent()
        && (RequestBodies.carryNoValues(handler.get()) || RequestBodies.carryNoneOf(handler.get(), graph.get(), columns))) {
      return true;
    }
    // Past the handler, some method on the way takes only ids: the form's values stop there.
    return model.chainsTo(writer).stream().filter(chain -> chain.entry().equals(entry)).findFirst()
        .map(chain -> chain.methods().stream().skip(1)
            .anyMatch(m -> graph.get().method(m).map(RequestBodies::takesOnlyIds).orElse(false)))
        .orElse(false);
  }

  private static boolean mapsARoute(MethodFacts handler) {
    return handler.annotations().stream().map(a -> a.names().get(0))
        .anyMatch(name -> name.endsWith("Mapping") || name.endsWith(".Path") || name.equals("Path"));
  }

  /**
   * Everyone who reaches the write acts on their own record (their profile, their cart: {@link
   * OwnRecords}), no job reaches it, and it writes no document (long text): two people never save the
   * same row, and one person's two tabs replacing short values they chose themselves lose nothing they
   * did not see.
   */
  private static boolean onlyItsOwnerWritesIt(SiteFacts site, ProjectModel model) {
    return (ownersOnly(model.entriesReaching(site.site().method()), model, site.site().table())
        || model.keyedByCaller(site))
        && !UserValues.writesDocument(site, model);
  }

  /**
   * Every entry point that reaches the write is a switch ({@code PUT /updateEnable}, {@code POST
   * /groups/{id}/status}, a handler taking one flag: {@link PathKinds#isToggle}): the client sends the
   * one value it flips, and whatever else the statement writes back is the server's, as
   * {@code write-endpoint-without-precondition} already judges such handlers.
   */
  private static boolean onlySwitchesReachIt(SiteFacts site, ProjectModel model) {
    List<EntryPoint> entries = model.entriesReaching(site.site().method());
    CallGraph graph = model.callGraph().orElse(null);
    return graph != null && !entries.isEmpty() && entries.stream().allMatch(e -> PathKinds.isToggle(e, graph));
  }

  /**
   * Every entry point that reaches the write signs someone in or out ({@link PathKinds#signsIn}), or
   * sets a new password ({@link PathKinds#setsPassword}): it stores the account's bookkeeping from the
   * row the same request loaded, or a secret chosen anew, not a copy someone edited.
   */
  static boolean onlySignInsReachIt(SiteFacts site, ProjectModel model) {
    List<EntryPoint> entries = site.site().method() == null ? List.of() : model.entriesReaching(site.site().method());
    return !entries.isEmpty() && entries.stream().allMatch(e -> PathKinds.signsIn(e) || PathKinds.setsPassword(e));
  }

  /**
   * {@code sys_role_menu (role_id, menu_id)}: a table of links, whose every column is a key, one end of
   * the link, or bookkeeping. A row holds nothing but which two records it links, so rewriting it
   * ({@code saveOrUpdateBatch} of the links a role keeps) loses no one's edit.
   */
  static boolean linkTable(SiteFacts site, ProjectModel model) {
    Map<String, dev.lostguard.model.ColumnDefinition> columns =
        site.table().definition().map(d -> d.columns()).orElse(Map.of());
    long ends = columns.keySet().stream().filter(c -> c.endsWith("_id")).count();
    return ends >= 2 && columns.keySet().stream().allMatch(c -> c.equals("id") || c.endsWith("_id")
        || model.settings().isBookkeeping(c) || model.settings().isTimestampName(c));
  }

  /**
   * {@code sms_view_log}, {@code member_login_log}, {@code price_history}: a record of what happened,
   * appended as it happens. No one edits it in a form, so an update of it (a generated {@code /update}
   * endpoint, a job filling in the outcome) overwrites no one's work.
   */
  static boolean logTable(String table) {
    return table != null && LOG_TABLE.matcher(table.toLowerCase(Locale.ROOT)).matches();
  }

  private static final Pattern LOG_TABLE = Pattern.compile(
      "(?:.*_)?(?:log|logs|history|histories)|log_.*");

  /** Every entry point is a person acting on their own record of {@code table}. */
  private static boolean ownersOnly(List<EntryPoint> entries, ProjectModel model, String table) {
    Set<String> tables = table == null ? Set.of() : Set.of(table);
    return !entries.isEmpty() && entries.stream().allMatch(e -> e.actedByPerson() && model.actsOnOwnRecords(e, tables));
  }

  /** Who can race on this write, as far as its entry points tell: users, a job and a user, or writers. */
  private static String racers(List<EntryPoint> entries, ProjectModel model, String table) {
    if (entries.isEmpty()) {
      return "two writers";
    }
    if (ownersOnly(entries, model, table)) {
      return "two tabs or devices of the same user";
    }
    boolean jobs = entries.stream().anyMatch(e -> e.kind().equals("job"));
    if (entries.stream().allMatch(e -> e.kind().equals("job"))) {
      return "this job and a user";
    }
    return jobs ? "two users, or a job and a user," : "two users";
  }
}
