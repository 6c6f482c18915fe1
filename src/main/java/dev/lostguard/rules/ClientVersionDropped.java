package dev.lostguard.rules;

import dev.lostguard.model.CallGraph;
import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.JpaWrite;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.PersistenceCall;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.ResolvedEntity;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.TableFacts;
import dev.lostguard.model.TypeFacts;
import dev.lostguard.model.TypeRef;
import dev.lostguard.model.VersionComparison;
import dev.lostguard.model.VersionSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flags a PUT, PATCH or POST handler that (itself or through the services it calls) loads a
 * versioned JPA entity by id (a repository {@code findById}/{@code getReferenceById}, {@code em.find},
 * {@code session.get}), copies the request onto it with setters and saves it or leaves it to dirty
 * checking in a {@code @Transactional} method or class, without comparing the client's version: JPA's
 * {@code @Version} check then compares against the row just loaded, so a form opened before someone
 * else's save still wins. On a managed entity {@code entity.setVersion(dto.getVersion())} is no guard
 * either: Hibernate checks the version it loaded.
 *
 * <p>JDBC-style code too: a method that selects the version itself ({@code SELECT version FROM t
 * WHERE id = ?}) before its version-checked write ({@code ... AND version = ?}) in the same request
 * binds the server's own version, not the client's ({@link ServerReadVersions}).
 *
 * <p>Guards that clear it: an explicit comparison of versions in the loading method or the handler
 * (a {@code getVersion()} compared with {@code equals}, {@code ==} or {@code !=}), or a required
 * {@code If-Match} header. Not flagged: entities without {@code @Version} ({@code
 * entity-without-version} covers them); the entity itself bound as the body, or a detached copy
 * carrying the client's version, merged without a load; one-field toggles (a single boolean, enum or
 * status-like field set: a command, not a copied form); setters of bookkeeping fields only
 * ({@code side-effect-write-bumps-version} covers them). Spring Data JDBC, R2DBC and MongoDB
 * aggregates compare the version the saved object carries: for them {@code
 * entity.setVersion(dto.getVersion())} before the save IS the guard, and without a save nothing is
 * written (no dirty checking).
 */
public final class ClientVersionDropped implements ProjectRule {

  public static final String ID = "client-version-dropped";

  private static final Set<String> UPDATE_METHODS = Set.of("PUT", "PATCH", "POST");
  private static final Set<String> LOADS =
      Set.of("findById", "getReferenceById", "getById", "getOne", "findOne", "findByIdOrThrow");
  private static final Set<String> SAVES = Set.of("save", "saveAndFlush", "merge", "update", "saveOrUpdate");
  private static final Set<String> COMPARISONS = Set.of("equals", "compare", "compareTo");
  private static final int MAX_DEPTH = 4;
  private static final Set<String> TOGGLE_NAMES = Set.of("status", "state", "active", "enabled", "archived");
  private static final Set<String> TOGGLE_TYPES = Set.of("boolean", "Boolean");

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
    Map<String, ResolvedEntity> versioned = versionedEntities(model);
    ServerReadVersions serverReads = new ServerReadVersions(model);
    if (versioned.isEmpty() && serverReads.isEmpty()) {
      return List.of();
    }
    Set<MethodRef> compared = methodsComparingVersions(model);
    Map<MethodRef, List<String>> managerLoads = new HashMap<>();
    for (PersistenceCall call : model.patterns(PersistenceCall.class)) {
      if (call.loads()) {
        graph.projectType(call.entity())
            .ifPresent(e -> managerLoads.computeIfAbsent(call.method(), m -> new ArrayList<>()).add(e));
      }
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (EntryPoint entry : graph.entryPoints()) {
      // A @RequestMapping without a method has no HTTP method (null): no PUT handler that we can tell.
      if (!"http".equals(entry.kind()) || entry.httpMethod() == null || !UPDATE_METHODS.contains(entry.httpMethod())) {
        continue;
      }
      Optional<MethodFacts> handler = graph.handler(entry);
      if (handler.isEmpty() || compared.contains(entry.handler()) || WriteEndpointWithoutPrecondition.requiresIfMatch(handler.get())) {
        continue;
      }
      for (MethodRef method : reachable(graph, entry.handler())) {
        Optional<MethodFacts> facts = graph.method(method);
        if (facts.isEmpty() || compared.contains(method)) {
          continue;
        }
        Optional<ResolvedEntity> copied =
            loadCopySave(facts.get(), graph, versioned, managerLoads.getOrDefault(method, List.of()), model);
        if (copied.isPresent()) {
          ResolvedEntity entity = copied.get();
          verdicts.add(new Verdict(
              entry.label() + " (" + entry.handler().label() + ") loads " + entity.entityName() + " by id in "
                  + method.label() + ", copies the request onto it and saves it without comparing the client's "
                  + entity.version().field() + ": @Version then checks the row just loaded, so a stale form"
                  + " still overwrites newer edits",
              entry.location(),
              entity.table(),
              Optional.empty(),
              "client-version " + entry.httpMethod() + " " + entry.route() + " " + entity.qualifiedName()));
          break;
        }
        Optional<SiteFacts> write = serverReads.writeAfterRead(method);
        if (write.isPresent()) {
          verdicts.add(new Verdict(
              entry.label() + " (" + entry.handler().label() + ") reads the version of " + write.get().site().table()
                  + " itself in " + method.label() + " (line " + serverReads.read(method).location().startLine()
                  + ") and binds it into the version-checked " + Phrases.statement(write.get().site())
                  + ": the check compares the row with itself, so a stale form still overwrites newer edits;"
                  + " take the version from the request",
              entry.location(),
              write.get().site().table(),
              Optional.empty(),
              "client-version " + entry.httpMethod() + " " + entry.route() + " " + write.get().site().table()));
          break;
        }
      }
    }
    return verdicts;
  }

  private static Map<String, ResolvedEntity> versionedEntities(ProjectModel model) {
    Map<String, ResolvedEntity> byName = new HashMap<>();
    for (TableFacts table : model.tables().values()) {
      table.entity()
          .filter(e -> e.version() != null && table.versionSource() == VersionSource.ENTITY)
          .ifPresent(e -> byName.put(e.qualifiedName(), e));
    }
    return byName;
  }

  /** Methods with a hand-written version comparison (found by the conflict-handling front-end). */
  private static Set<MethodRef> methodsComparingVersions(ProjectModel model) {
    Set<MethodRef> methods = new HashSet<>();
    for (VersionComparison comparison : model.patterns(VersionComparison.class)) {
      if (comparison.method() != null) {
        methods.add(comparison.method());
      }
    }
    return methods;
  }

  /** The handler and what it calls, breadth first, a few calls deep. */
  private static List<MethodRef> reachable(CallGraph graph, MethodRef handler) {
    List<MethodRef> order = new ArrayList<>();
    Set<MethodRef> seen = new HashSet<>(List.of(handler));
    Deque<MethodRef> queue = new ArrayDeque<>(List.of(handler));
    Map<MethodRef, Integer> depth = new HashMap<>(Map.of(handler, 0));
    while (!queue.isEmpty()) {
      MethodRef method = queue.poll();
      order.add(method);
      if (depth.get(method) == MAX_DEPTH) {
        continue;
      }
      for (MethodRef callee : graph.calleesOf(method)) {
        if (seen.add(callee)) {
          depth.put(callee, depth.get(method) + 1);
          queue.add(callee);
        }
      }
    }
    return order;
  }

  /**
   * The versioned entity a method loads by id, changes with setters and saves (or leaves to dirty
   * checking); empty when it compares versions or changes one toggle-like field only.
   */
  private static Optional<ResolvedEntity> loadCopySave(
      MethodFacts method, CallGraph graph, Map<String, ResolvedEntity> versioned, List<String> managerLoads,
      ProjectModel model) {
    ResolvedEntity loaded = null;
    for (String entity : managerLoads) {
      loaded = loaded != null ? loaded : find(versioned, entity).orElse(null);
    }
    Set<String> setters = new TreeSet<>();
    boolean copied = false;
    boolean saved = false;
    boolean comparesVersion = false;
    boolean versionSet = false;
    int versionReads = 0;
    for (MethodCall call : method.calls()) {
      String name = call.name();
      Optional<String> receiver = graph.projectType(call.receiverType());
      if (LOADS.contains(name) && receiver.isPresent()) {
        Optional<ResolvedEntity> entity =
            graph.repositoryEntity(receiver.get()).flatMap(e -> find(versioned, e));
        if (entity.isPresent()) {
          loaded = entity.get();
        }
      } else if (JpaWrite.isSetter(call) && receiver.isPresent() && find(versioned, receiver.get()).isPresent()) {
        setters.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
        versionSet |= name.equalsIgnoreCase("set" + find(versioned, receiver.get()).get().version().field());
      } else if (name.equals("copyProperties") || name.equals("updateFromDto")) {
        copied = true;
      } else if (SAVES.contains(name)) {
        saved = true;
      } else if (name.equals("getVersion")) {
        versionReads++;
      } else if (COMPARISONS.contains(name)) {
        comparesVersion = true;
      }
    }
    if (loaded == null) {
      return Optional.empty();
    }
    copied |= copiesForm(loaded, setters, graph, model);
    boolean carried = loaded.style().checksCarriedVersion();
    boolean guard = versionReads >= 1 && comparesVersion || versionReads >= 2 || carried && versionSet;
    boolean transactional =
        !carried && graph.type(method.ref().owner()).map(t -> JpaWrite.transactional(t, method)).orElse(false);
    if (copied && (saved || transactional) && !guard) {
      return Optional.of(loaded);
    }
    return Optional.empty();
  }

  /**
   * Whether the setters copy a form: some editable field is set (not only the version or bookkeeping
   * such as {@code lastLogin}), and not just one boolean, enum or status-like field ({@code setActive},
   * {@code setStatus}): that is a command on the row, not a form copied onto it.
   */
  private static boolean copiesForm(ResolvedEntity entity, Set<String> setters, CallGraph graph, ProjectModel model) {
    List<String> edits = setters.stream()
        .filter(p -> !p.equals(entity.version().field()))
        .filter(p -> !model.settings().isBookkeeping(p.toLowerCase(Locale.ROOT)))
        .toList();
    return !edits.isEmpty() && (edits.size() > 1 || !toggle(entity, edits.get(0), graph));
  }

  private static boolean toggle(ResolvedEntity entity, String property, CallGraph graph) {
    String lower = property.toLowerCase(Locale.ROOT);
    if (TOGGLE_NAMES.stream().anyMatch(lower::contains)) {
      return true;
    }
    Optional<TypeRef> type = graph.type(entity.qualifiedName()).map(t -> t.fields().get(property));
    return type.isPresent() && (TOGGLE_TYPES.contains(type.get().simpleName())
        || graph.projectType(type.get()).flatMap(graph::type).filter(t -> t.kind() == TypeFacts.Kind.ENUM).isPresent());
  }

  private static Optional<ResolvedEntity> find(Map<String, ResolvedEntity> versioned, String qualifiedName) {
    ResolvedEntity exact = versioned.get(qualifiedName);
    if (exact != null) {
      return Optional.of(exact);
    }
    String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    return versioned.values().stream()
        .filter(e -> e.qualifiedName().endsWith("." + simple) || e.qualifiedName().equals(simple))
        .findFirst();
  }
}
