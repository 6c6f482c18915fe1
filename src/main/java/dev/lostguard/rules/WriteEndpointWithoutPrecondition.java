package dev.lostguard.rules;

import dev.lostguard.model.AnalysisSettings;
import dev.lostguard.model.AnnotationFacts;
import dev.lostguard.model.CallGraph;
import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.JpaWrite;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.Operator;
import dev.lostguard.model.OwnRecords;
import dev.lostguard.model.ParameterFacts;
import dev.lostguard.model.PathKinds;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.RequestBodies;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.TableFacts;
import dev.lostguard.model.TypeFacts;
import dev.lostguard.model.ValueKind;
import dev.lostguard.model.WriteKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Flags a PUT or PATCH handler that writes stored data (it reaches a SQL write or a repository save)
 * but takes neither an {@code If-Match} header nor a version in its body: nothing the client sends
 * can tell the server that its copy is stale. Reported at the handler's name.
 *
 * <p>Guards: a required {@code @RequestHeader("If-Match")} (or {@code HttpHeaders.IF_MATCH}), a JAX-RS
 * {@code @HeaderParam("If-Match")}, an unannotated parameter named {@code ifMatch} (the implementation
 * of a generated interface, which binds it; an OpenAPI spec's {@code If-Match} header parameter binds
 * it the same way, see the entry points), a call to {@code Request.evaluatePreconditions} or {@code
 * WebRequest.checkNotModified} whose result is used and that comes before the handler's first call
 * that writes, a conflict the handler or its service throws when a version or last-modified value
 * differs ({@link dev.lostguard.model.FreshnessCheck}), a body whose type or a project supertype of it has a version field, a parameter named
 * like a version. Not guards: an {@code If-Match} with {@code required = false} or of type {@code
 * Optional} (skipped when absent), a precondition result thrown away or checked after the write, a
 * handler that builds weak ETags ({@code "W/..."}, {@code new EntityTag(.., true)}) for its check, and
 * {@code ShallowEtagHeaderFilter} (it answers conditional GETs only, and is no handler parameter
 * anyway). Not flagged: POST and DELETE handlers; handlers that receive no representation (commands
 * such as {@code PUT /maintenance/prune}); one-off maintenance routes an operator runs ({@code PUT
 * /study/convert/{id}}, {@code /upgrade}, {@code /migrate}: {@link PathKinds#isMaintenance}), copies
 * ({@code PUT /dashboards/{id}/copy}: {@link PathKinds#makesACopy}, what they write is the new record),
 * moves and reorders ({@code PUT /channel/batch-move}: {@link PathKinds#arrangesRecords}), password
 * resets ({@code PUT /user/resetPwd}: {@link PathKinds#setsPassword}, the secret is chosen anew) and
 * routes another service of the application calls ({@code /rpc}, {@code /feign}:
 * {@link EntryPoint#betweenServices});
 * switches ({@code PUT /updateEnable}, {@code /status}: {@link PathKinds#isToggle}) whose writes are
 * of tables without a version: the client sends the one flag it flips;
 * handlers whose writes lostguard cannot see; handlers that only insert rows and delete single
 * identified rows (adding and removing links: a delta, nothing the client read is written back);
 * handlers that write the caller's own record ({@link OwnRecords}: their profile, their cart) and no
 * document (long text): no second person saves that row.
 */
public final class WriteEndpointWithoutPrecondition implements ProjectRule {

  public static final String ID = "write-endpoint-without-precondition";

  private static final Set<String> WRITE_METHODS = Set.of("PUT", "PATCH");
  private static final int SHOWN_WRITES = 3;
  private static final Set<String> BODY_ANNOTATIONS =
      Set.of(
          "org.springframework.web.bind.annotation.RequestBody",
          "org.springframework.web.bind.annotation.ModelAttribute");
  private static final Set<String> VALUE_ANNOTATIONS =
      Set.of(
          "org.springframework.web.bind.annotation.RequestParam",
          "javax.ws.rs.QueryParam",
          "jakarta.ws.rs.QueryParam",
          "javax.ws.rs.FormParam",
          "jakarta.ws.rs.FormParam");
  private static final Set<String> HEADER_ANNOTATIONS =
      Set.of(
          "org.springframework.web.bind.annotation.RequestHeader",
          "javax.ws.rs.HeaderParam",
          "jakarta.ws.rs.HeaderParam");

  /** The name generators give the parameter of an {@code If-Match} header ({@code String ifMatch}). */
  private static final String IF_MATCH_PARAMETER = "ifMatch";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Verdict> check(ProjectModel model) {
    Optional<CallGraph> found = model.callGraph();
    if (found.isEmpty()) {
      return List.of();
    }
    CallGraph graph = found.get();
    Set<MethodRef> writers = writers(model);
    Map<EntryPoint, Set<String>> writing = new HashMap<>();
    Set<EntryPoint> overwriting = new HashSet<>();
    Set<EntryPoint> overwritingDocuments = new HashSet<>();
    for (SiteFacts site : model.sites()) {
      List<EntryPoint> entries = model.entriesReaching(site.site().method());
      wrote(writing, entries, site.site().table());
      boolean namedRows = site.site().kind() == WriteKind.DELETE && deletesNamedRows(site);
      if (overwrites(site, model) || namedRows) {
        // A switch (PUT /updateEnable) sends one flag, whatever its body type (a selective statement
        // writes only what is sent): on a table without a version, a command. On a versioned table it
        // still skips the version others check.
        List<EntryPoint> overwritten = site.table().versioned() ? entries
            : entries.stream().filter(e -> !PathKinds.isToggle(e, graph)).toList();
        if (namedRows) {
          overwritten = overwritten.stream().filter(e -> !sendsADelta(e, graph)).toList();
        }
        overwriting.addAll(overwritten);
        if (UserValues.writesDocument(site, model)) {
          overwritingDocuments.addAll(overwritten);
        }
      }
    }
    for (JpaWrite write : model.jpaWrites()) {
      String entity = write.entity() == null ? null : write.entity().substring(write.entity().lastIndexOf('.') + 1);
      List<EntryPoint> entries = model.entriesReaching(write.method());
      wrote(writing, entries, entity);
      if (write.kind() != JpaWrite.Kind.PERSIST) {
        overwriting.addAll(entries);
      }
    }
    Preconditions preconditions = new Preconditions(model, graph, writers);
    Predicate<String> versionNames = versionNames(model);
    List<Verdict> verdicts = new ArrayList<>();
    for (EntryPoint entry : graph.entryPoints()) {
      if (!"http".equals(entry.kind()) || entry.httpMethod() == null || !WRITE_METHODS.contains(entry.httpMethod())
          || PathKinds.isMaintenance(entry)
          || PathKinds.makesACopy(entry)
          || PathKinds.arrangesRecords(entry)
          || PathKinds.setsPassword(entry)
          || entry.betweenServices()
          || !overwriting.contains(entry)
          || !overwritingDocuments.contains(entry) && ownRecordsOnly(entry, graph, writing, overwriting, model)) {
        continue;
      }
      Optional<MethodFacts> handler = graph.handler(entry);
      if (handler.isEmpty() || !writesResource(entry, handler.get(), graph)
          || guarded(handler.get(), graph, preconditions, versionNames)
          || model.checkFreshnessFirst(List.of(entry))) {
        continue;
      }
      verdicts.add(new Verdict(
          entry.label() + " (" + entry.handler().label() + ") updates stored data" + written(writing.get(entry))
              + " but takes neither an If-Match"
              + " header nor a version in its body: a client holding a stale copy overwrites newer edits"
              + " and gets 200 OK",
          entry.location(),
          null,
          Optional.empty(),
          "endpoint " + entry.httpMethod() + " " + entry.route() + " " + entry.handler().label()));
    }
    return verdicts;
  }

  /**
   * The handler writes only its caller's own record: its route and body name no other record and it
   * asks who is logged in ({@link OwnRecords}), or its route names none and it refuses a record that is
   * not the caller's (a profile page checking the body's user id), or it refuses one and no
   * other entry point that overwrites the same tables may act on someone else's record (a curator's
   * own endpoint racing the owner's edit).
   */
  private static boolean ownRecordsOnly(EntryPoint entry, CallGraph graph, Map<EntryPoint, Set<String>> writing,
      Set<EntryPoint> overwriting, ProjectModel model) {
    Set<String> tables = writing.getOrDefault(entry, Set.of());
    if (OwnRecords.builtIn().actsOnOwnRecords(entry, graph, tables) || model.ownPageChecked(entry)) {
      return true;
    }
    return model.actsOnOwnRecords(entry, tables) && overwriting.stream()
        .filter(other -> !other.equals(entry) && !Collections.disjoint(writing.getOrDefault(other, Set.of()), tables))
        .allMatch(other -> model.actsOnOwnRecords(other, writing.getOrDefault(other, Set.of())));
  }

  /**
   * The write can replace what another client stored with a stale copy: an update that saves values
   * the client read (on a table without a version, not a command: fixed values, or one short value the
   * user chose, such as a flag, a status or the group chosen for the selected rows; on a versioned
   * table every update but a switch that increments the version, since a toggle that
   * skips the version lets an edit form's stale save revert it), an upsert, or a delete of several rows
   * (a collection replaced by delete-then-insert). Not an overwrite: a write that changes no value a
   * client read (a relative update such as {@code limit = limit + ?}, bookkeeping, compare-and-set).
   * Deleting one identified row, or the rows a list the client sends names ({@code member_id IN
   * (:ids)}), like inserting one, changes nothing another client edited: a handler that only adds and
   * removes links sends a delta.
   */
  private static boolean overwrites(SiteFacts site, ProjectModel model) {
    if (site.exempt() || UnversionedTableUpdate.logTable(site.site().table()) && !site.table().versioned()) {
      return false; // relative (limit = limit + ?), bookkeeping only, compare-and-set, a job's claim; a log
    }
    return switch (site.site().kind()) {
      case DELETE -> !site.singleRow() && !deletesNamedRows(site) && !deletesALink(site); // named rows: see sendsADelta
      case UPDATE -> site.table().versioned() ? !UserValues.switchThatBumps(site, model)
          : !UserValues.command(site, model) && !site.stateMachineStep() && !UnversionedTableUpdate.linkTable(site, model);
      default -> true;
    };
  }

  /**
   * {@code DELETE FROM group_member WHERE group_id = ? AND member_id IN (:ids)}: the rows a list names
   * go. Whether that list is a delta the client sends or what the server computed against the full list
   * it sent is the request's to say ({@link #sendsADelta}).
   */
  private static boolean deletesNamedRows(SiteFacts site) {
    return site.site().where().conjuncts().stream()
        .anyMatch(p -> p.operator() == Operator.IN && p.valueKind() == ValueKind.PARAMETER);
  }

  /**
   * {@code DELETE FROM sys_user_role WHERE user_id = ? AND role_id = ?}: both ends of a link are named,
   * so one link goes (whether or not the schema declares the pair a key); nothing a client read is
   * written back.
   */
  private static boolean deletesALink(SiteFacts site) {
    List<dev.lostguard.model.Predicate> conjuncts = site.site().where().conjuncts();
    long ends = conjuncts.stream()
        .filter(p -> p.operator() == Operator.EQ && p.valueKind() == ValueKind.PARAMETER && p.column() != null
            && p.column().endsWith("_id"))
        .map(dev.lostguard.model.Predicate::column).distinct().count();
    return ends >= 2 && ends == conjuncts.size();
  }

  private static final Pattern DELTA_TYPE =
      Pattern.compile(".*(Change|Changes|Modification|Delta|Diff|Patch)[A-Za-z]*");
  private static final Pattern DELTA_FIELD = Pattern.compile(
      "(?i)(added|removed|deleted|to_?add|to_?remove|to_?delete|(add|remove|delete|unlink)(ed)?_?(ids|list|items)?|addition)");

  /**
   * The request sends a change to a collection, not the whole collection: a PATCH, or a body whose
   * type is named as a change ({@code TagChange}, {@code GroupModificationRequest}) or has fields for
   * what to add and to remove. Rows deleted by a list it names are then the client's delta; a PUT of the
   * full list ({@code PUT /roles/{id}/members}) whose server deletes the rows the list lacks replaces
   * the collection the client read, and a stale list removes what another client just added.
   */
  private static boolean sendsADelta(EntryPoint entry, CallGraph graph) {
    if ("PATCH".equals(entry.httpMethod())) {
      return true;
    }
    Optional<MethodFacts> handler = graph.handler(entry);
    if (handler.isEmpty()) {
      return false;
    }
    for (ParameterFacts parameter : handler.get().parameters()) {
      Optional<TypeFacts> body = graph.projectType(parameter.type()).flatMap(graph::type);
      if (body.isPresent() && (DELTA_TYPE.matcher(parameter.type().simpleName()).matches()
          || body.get().fields().keySet().stream().anyMatch(f -> DELTA_FIELD.matcher(f).matches()))) {
        return true;
      }
    }
    return false;
  }

  private static void wrote(Map<EntryPoint, Set<String>> writing, List<EntryPoint> entries, String written) {
    for (EntryPoint entry : entries) {
      Set<String> names = writing.computeIfAbsent(entry, e -> new TreeSet<>());
      if (written != null) {
        names.add(written);
      }
    }
  }

  /** The tables and entities the handler's paths write, so the reader knows what is at risk. */
  private static String written(Set<String> names) {
    List<String> shown = new ArrayList<>(names).subList(0, Math.min(SHOWN_WRITES, names.size()));
    return shown.isEmpty() ? "" : " (writes " + String.join(", ", shown) + (names.size() > SHOWN_WRITES ? ", ..." : "") + ")";
  }

  /** Methods that write: a SQL statement run from Java, or a JPA write. */
  private static Set<MethodRef> writers(ProjectModel model) {
    Set<MethodRef> writers = new HashSet<>();
    for (SiteFacts site : model.sites()) {
      if (site.site().method() != null) {
        writers.add(site.site().method());
      }
    }
    for (JpaWrite write : model.jpaWrites()) {
      writers.add(write.method());
    }
    return writers;
  }

  /**
   * The handler stores new values for an identified resource: a representation in the body (a
   * {@code @RequestBody}/{@code @ModelAttribute} parameter, a parameter of a project type that no
   * JAX-RS or Spring annotation binds elsewhere, or any such parameter of a JAX-RS resource method: a
   * JAX-RS entity), or request parameters on a route
   * that names the resource ({@code PATCH /items/{id}/active?active=false}). Without them a PUT is a
   * command ({@code PUT /maintenance/pruning}), not an edit.
   */
  private static boolean writesResource(EntryPoint entry, MethodFacts handler, CallGraph graph) {
    boolean identified = entry.route() != null && entry.route().contains("{");
    boolean jaxRs = RequestBodies.jaxRs(handler);
    for (ParameterFacts parameter : handler.parameters()) {
      if (parameter.annotations().stream().anyMatch(a -> BODY_ANNOTATIONS.stream().anyMatch(a::is))
          || RequestBodies.entity(parameter) && (jaxRs || graph.projectType(parameter.type()).isPresent())
          || identified && parameter.annotations().stream().anyMatch(a -> VALUE_ANNOTATIONS.stream().anyMatch(a::is))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names a body field may give the version: the configured ones ({@code version}, {@code lock_version})
   * and the version column of any table this project versions ({@code object_version_number}, which a
   * framework's base mapper checks), but no timestamp: an {@code updateTime} field every base entity
   * carries is not a version the client sends back.
   */
  private static Predicate<String> versionNames(ProjectModel model) {
    AnalysisSettings settings = model.settings();
    Set<String> projectVersions = new HashSet<>();
    for (TableFacts table : model.tables().values()) {
      if (table.versionColumn() != null && !settings.isTimestampName(table.versionColumn())) {
        projectVersions.add(table.versionColumn());
      }
    }
    return name -> settings.isVersionName(name) || projectVersions.contains(name);
  }

  private static boolean guarded(
      MethodFacts handler, CallGraph graph, Preconditions preconditions, Predicate<String> versionNames) {
    if (preconditions.checkedBeforeWrite(handler)) {
      return true;
    }
    for (ParameterFacts parameter : handler.parameters()) {
      if (parameter.name().toLowerCase(Locale.ROOT).contains("version") && !header(parameter)
          || ifMatchHeader(parameter) && !preconditions.weak(handler.ref())) {
        return true;
      }
      Optional<TypeFacts> body = graph.projectType(parameter.type()).flatMap(graph::type);
      if (body.isPresent() && carriesVersion(body.get(), graph, versionNames, new HashSet<>())) {
        return true;
      }
    }
    return false;
  }

  private static boolean header(ParameterFacts parameter) {
    return parameter.annotations().stream().anyMatch(a -> HEADER_ANNOTATIONS.stream().anyMatch(a::is));
  }

  /** A required {@code If-Match} header among the handler's parameters. */
  static boolean requiresIfMatch(MethodFacts handler) {
    return handler.parameters().stream().anyMatch(WriteEndpointWithoutPrecondition::ifMatchHeader);
  }

  private static boolean ifMatchHeader(ParameterFacts parameter) {
    if (parameter.annotations().isEmpty() && parameter.name().equals(IF_MATCH_PARAMETER)) {
      return !optional(parameter); // a generated interface binds it: the implementation does not repeat the annotation
    }
    for (AnnotationFacts annotation : parameter.annotations()) {
      if (HEADER_ANNOTATIONS.stream().noneMatch(annotation::is)) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.addAll(annotation.attributes().getOrDefault("value", List.of()));
      names.addAll(annotation.attributes().getOrDefault("name", List.of()));
      boolean ifMatch =
          names.stream().anyMatch(n -> n.equalsIgnoreCase("If-Match") || n.endsWith("IF_MATCH"));
      // Optional: skipped when the client sends no header, so a client that never sends one is never checked.
      boolean optional = annotation.attributes().getOrDefault("required", List.of()).contains("false")
          || optional(parameter);
      if (ifMatch && !optional) {
        return true;
      }
    }
    return false;
  }

  private static boolean optional(ParameterFacts parameter) {
    return parameter.type() != null && parameter.type().simpleName().equals("Optional");
  }

  /** A version field in the body type or a project supertype ({@code OrderDoc extends AbstractDoc}). */
  private static boolean carriesVersion(
      TypeFacts body, CallGraph graph, Predicate<String> versionNames, Set<String> seen) {
    if (!seen.add(body.qualifiedName())) {
      return false;
    }
    return body.fields().keySet().stream().anyMatch(f -> versionNames.test(snakeCase(f)))
        || body.supertypes().stream()
            .flatMap(s -> graph.projectType(s).flatMap(graph::type).stream())
            .anyMatch(s -> carriesVersion(s, graph, versionNames, seen));
  }

  /**
   * {@code lockVersion} is {@code lock_version}: a body field names the version like its column does.
   * {@code serialVersionUID} or {@code apiVersion} is no version of the record.
   */
  private static String snakeCase(String field) {
    return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
