package dev.lostguard.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The project's methods, who calls whom, and where work enters: built once from every file's
 * {@link TypeFacts}, immutable after; the same facts in any order give the same answers.
 *
 * <p>Resolution never guesses. A call resolves through its receiver's declared type (the first
 * candidate naming a project type), its name and its arity: {@code THIS} searches the enclosing class
 * and its project supertypes, then the enclosing classes of a nested class; {@code SUPER} the project
 * supertypes; {@code STATIC} the named type and its supertypes. A call on a type (including
 * {@code this}) also reaches the implementation each project subtype uses, so an interface call
 * reaches every implementation and a template method every override. A call on a Spring Data
 * repository to a method the project does not declare (an inherited {@code save}) resolves to a node
 * owned by the repository, {@code OrderRepository.save/1}, with no {@link #method} facts.
 *
 * <p>A call on a library type, or to a method a project type may inherit from a library supertype,
 * is <em>external</em>: it leaves the project, and is counted by {@link #externalCalls()}. Every other
 * call that finds no method is <em>unresolved</em> ({@link #unresolvedCalls()}): an untyped receiver
 * (a chained call), a Lombok accessor, a method no project type declares.
 */
public final class CallGraph implements CallPaths {

  /** Chains longer than this many calls are not searched. */
  public static final int MAX_DEPTH = 12;

  private static final int UNSEEN = -2;

  private static final Set<String> EDITS = Set.of("PUT", "PATCH", "POST");
  /** How many chains are weighed when a written file's name picks among them. */
  private static final int RELATED_CANDIDATES = 40;
  /** People's edits first, then shorter chains: the path a reader of a finding acts on. */
  private static final Comparator<EntryChain> CHAIN_ORDER =
      Comparator.comparingInt(CallGraph::weight)
          .thenComparingInt((EntryChain c) -> c.methods().size())
          // the same handler registered with its method and route says more than one known only by its type
          .thenComparingInt(c -> c.entry().httpMethod() == null && c.entry().route() == null ? 1 : 0)
          .thenComparing(EntryChain::entry, EntryPoints.ORDER)
          .thenComparing(c -> c.methods().toString());

  private final TypeHierarchy types;
  private final EntryPointModel model;
  private final MethodRef[] nodes;
  private final Map<MethodRef, Integer> ids;
  /** Callers of each node, ascending by id, hence by {@link MethodRef} order. */
  private final int[][] callers;
  private final int[][] callees;
  /** Fewest calls from some entry handler to each node; {@code MAX_DEPTH + 1} when farther or none. */
  private final int[] entryDistance;
  private final List<EntryPoint> entryPoints;
  private final Map<MethodRef, List<EntryPoint>> entriesByHandler;
  /** Handlers of an interface's mapping, with the parameter annotations the interface declares. */
  private final Map<MethodRef, MethodFacts> inheritedHandlers;
  private final int totalCalls;
  private final int unresolvedCalls;
  private final int externalCalls;

  private CallGraph(
      TypeHierarchy types, EntryPointModel model, CallResolution resolution, EntryPoints.Found found) {
    this.types = types;
    this.model = model;
    this.entryPoints = found.entries();
    this.inheritedHandlers = found.inheritedHandlers();
    Map<MethodRef, List<EntryPoint>> byHandler = new TreeMap<>();
    found.entries().forEach(e -> byHandler.computeIfAbsent(e.handler(), h -> new ArrayList<>()).add(e));
    byHandler.replaceAll((h, list) -> List.copyOf(list));
    this.entriesByHandler = Collections.unmodifiableMap(byHandler);

    SortedSet<MethodRef> all = new TreeSet<>(types.methodRefs());
    resolution.callees().values().forEach(all::addAll);
    all.addAll(byHandler.keySet());
    this.nodes = all.toArray(MethodRef[]::new);
    this.ids = new HashMap<>(nodes.length * 2);
    for (int i = 0; i < nodes.length; i++) {
      ids.put(nodes[i], i);
    }
    int[] counts = new int[nodes.length];
    int[][] edges = new int[nodes.length][];
    resolution.callees().forEach(
        (caller, callees) -> {
          int[] targets = callees.stream().mapToInt(ids::get).toArray();
          edges[ids.get(caller)] = targets;
          for (int target : targets) {
            counts[target]++;
          }
        });
    this.callees = edges;
    this.callers = new int[nodes.length][];
    int[] filled = new int[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      callers[i] = new int[counts[i]];
    }
    for (int caller = 0; caller < nodes.length; caller++) {
      if (edges[caller] != null) {
        for (int target : edges[caller]) {
          callers[target][filled[target]++] = caller;
        }
      }
    }
    // Callers were added in ascending caller order already; sorting keeps that a stated invariant.
    for (int[] list : callers) {
      Arrays.sort(list);
    }
    this.entryDistance = entryDistances(edges, byHandler.keySet());
    this.totalCalls = resolution.total();
    this.unresolvedCalls = resolution.unresolved();
    this.externalCalls = resolution.external();
  }

  /** A breadth-first search forward from every handler at once, so chain searches skip dead ends. */
  private int[] entryDistances(int[][] edges, Set<MethodRef> handlers) {
    int[] distance = new int[nodes.length];
    Arrays.fill(distance, MAX_DEPTH + 1);
    int[] queue = new int[nodes.length];
    int tail = 0;
    for (MethodRef handler : handlers) {
      int id = ids.get(handler);
      distance[id] = 0;
      queue[tail++] = id;
    }
    for (int head = 0; head < tail; head++) {
      int node = queue[head];
      if (distance[node] == MAX_DEPTH || edges[node] == null) {
        continue;
      }
      for (int callee : edges[node]) {
        if (distance[callee] > distance[node] + 1) {
          distance[callee] = distance[node] + 1;
          queue[tail++] = callee;
        }
      }
    }
    return distance;
  }

  /** Builds the graph; linear in methods and calls, apart from each distinct dispatch computed once. */
  public static CallGraph build(List<TypeFacts> types, EntryPointModel model) {
    return build(types, model, ConstantPool.of(List.of()));
  }

  /** @param constants the project's string constants, which routes may be written with */
  public static CallGraph build(List<TypeFacts> types, EntryPointModel model, ConstantPool constants) {
    return build(types, model, constants, List.of());
  }

  /** @param operations the operations the project's OpenAPI specs declare, which generated interfaces implement */
  public static CallGraph build(
      List<TypeFacts> types, EntryPointModel model, ConstantPool constants, List<ApiOperation> operations) {
    return build(types, model, constants, operations, Map.of());
  }

  /**
   * @param statementIds MyBatis mapper namespaces to the ids of their XML statements: a call on a
   *     mapper that inherits its method from a base outside the project runs the statement of that id
   */
  public static CallGraph build(List<TypeFacts> types, EntryPointModel model, ConstantPool constants,
      List<ApiOperation> operations, Map<String, Set<String>> statementIds) {
    TypeHierarchy hierarchy = new TypeHierarchy(types, model.repositoryTypes());
    CallResolution resolution = CallResolution.of(hierarchy, statementIds);
    return new CallGraph(
        hierarchy, model, resolution, EntryPoints.find(hierarchy, model, constants, operations, resolution));
  }

  /** At most three shortest chains, as findings show them. */
  @Override
  public List<EntryChain> chainsTo(MethodRef method) {
    return chainsTo(method, 3);
  }

  /** Every entry point within {@link #MAX_DEPTH} calls of {@code method}. */
  @Override
  public List<EntryPoint> entriesReaching(MethodRef method) {
    return chainsTo(method, Integer.MAX_VALUE).stream().map(EntryChain::entry).distinct().toList();
  }

  /** Every project type, sorted by qualified name. */
  public List<TypeFacts> types() {
    return types.sortedTypes();
  }

  /** Whether a variable of declared type {@code declared} may hold a {@code subtype} (see {@link TypeHierarchy#mayHold}). */
  public boolean mayHold(TypeRef declared, String subtype) {
    return types.mayHold(declared, subtype);
  }

  /** The project type a written type denotes: its first candidate that the project declares. */
  public Optional<String> projectType(TypeRef type) {
    return type == null ? Optional.empty() : types.projectType(type);
  }

  /**
   * Files whose every type stands in for another ({@code MockKeyValueStore implements KeyValueStore}):
   * test support that happens to live with production code, never a path a user takes.
   */
  public Set<String> standInFiles() {
    Map<String, Boolean> allStandIns = new HashMap<>();
    for (TypeFacts type : types.sortedTypes()) {
      if (type.nameLocation() != null) {
        allStandIns.merge(type.nameLocation().path(), standsIn(type), Boolean::logicalAnd);
      }
    }
    Set<String> files = new TreeSet<>();
    allStandIns.forEach((path, standIn) -> {
      if (standIn) {
        files.add(path);
      }
    });
    return files;
  }

  /** The type stands in for another, or is nested in one that does. */
  private boolean standsIn(TypeFacts type) {
    String name = type.qualifiedName();
    for (int end = name.length(); end > 0; end = Math.max(name.lastIndexOf('.', end - 1), name.lastIndexOf('$', end - 1))) {
      Optional<TypeFacts> enclosing = types.type(name.substring(0, end));
      if (enclosing.isPresent() && TestDoubles.standsIn(enclosing.get())) {
        return true;
      }
    }
    return false;
  }

  /** The model the entry points were found with. */
  public EntryPointModel entryPointModel() {
    return model;
  }

  /** Every entry point, sorted by location (then handler, kind, method, route). */
  public List<EntryPoint> entryPoints() {
    return entryPoints;
  }

  /** Whether some entry point's handler is {@code method}. */
  public boolean isEntryHandler(MethodRef method) {
    return entriesByHandler.containsKey(method);
  }

  /** The entry points whose handler is {@code method}, sorted; empty when it is none. */
  public List<EntryPoint> entryPointsOf(MethodRef method) {
    return entriesByHandler.getOrDefault(method, List.of());
  }

  /** The methods {@code method} calls directly (dispatch included), sorted; empty when none. */
  public Set<MethodRef> calleesOf(MethodRef method) {
    Integer id = ids.get(method);
    if (id == null || callees[id] == null) {
      return Collections.emptySortedSet();
    }
    SortedSet<MethodRef> result = new TreeSet<>();
    for (int callee : callees[id]) {
      result.add(nodes[callee]);
    }
    return Collections.unmodifiableSortedSet(result);
  }

  /**
   * Whether {@code start} or a method it calls, at most {@code depth} calls deep (dispatch included),
   * passes {@code test}: the handler, its service, a helper the service calls.
   */
  public boolean anyWithin(MethodRef start, int depth, Predicate<MethodRef> test) {
    Set<MethodRef> seen = new HashSet<>();
    List<MethodRef> level = List.of(start);
    for (int d = 0; d <= depth && !level.isEmpty(); d++) {
      List<MethodRef> next = new ArrayList<>();
      for (MethodRef method : level) {
        if (!seen.add(method)) {
          continue;
        }
        if (test.test(method)) {
          return true;
        }
        next.addAll(calleesOf(method));
      }
      level = next;
    }
    return false;
  }

  /** The methods that call {@code method} directly, sorted; empty for an unknown method. */
  public Set<MethodRef> callersOf(MethodRef method) {
    Integer id = ids.get(method);
    if (id == null) {
      return Collections.emptySortedSet();
    }
    SortedSet<MethodRef> result = new TreeSet<>();
    for (int caller : callers[id]) {
      result.add(nodes[caller]);
    }
    return Collections.unmodifiableSortedSet(result);
  }

  /**
   * The shortest ways entry points reach {@code target}: a backward breadth-first search over callers,
   * at most {@link #MAX_DEPTH} calls deep, each method visited once (so cycles end). One chain per entry
   * point, at most {@code limit}, people's edits first (a PUT, PATCH or POST), then other requests, then
   * jobs, each group shorter first, then by entry point location; each chain's methods run
   * from the handler to {@code target} inclusive. A handler that is the target gives a chain of one.
   * A chain whose calls on {@code this} cannot run the overrides it passes ({@link ThisDispatch}), or
   * whose calls through a type variable cannot run the implementations it passes ({@link
   * TypeVariableDispatch}), is dropped; one whose virtual call lands in an implementation the types handed to it rule out
   * ({@link PassedTypeDispatch}) gives way to the shortest chain from the same handler that does not.
   */
  public List<EntryChain> chainsTo(MethodRef target, int limit) {
    Integer start = ids.get(target);
    if (start == null || limit <= 0 || entryDistance[start] > MAX_DEPTH) {
      return List.of();
    }
    // A few more than shown, so that a person's edit a call further away can come before a job or a DELETE.
    int gathered = limit > Integer.MAX_VALUE / 4 ? limit : limit * 4;
    // The next node toward the target on a shortest path; UNSEEN until discovered.
    int[] towardTarget = new int[nodes.length];
    Arrays.fill(towardTarget, UNSEEN);
    Map<EntryPoint, EntryChain> feasible = new HashMap<>();
    List<EntryPoint> retried = new ArrayList<>();
    for (EntryChain chain : shortestChains(start, gathered, towardTarget)) {
      if (!ThisDispatch.feasible(this, chain.methods()) || !TypeVariableDispatch.feasible(this, chain.methods())) {
        continue;
      }
      if (PassedTypeDispatch.feasible(this, chain.methods())) {
        feasible.put(chain.entry(), chain);
      } else {
        retried.add(chain.entry());
      }
    }
    // The shortest chain from a handler may run a command the handler does not name; a longer one
    // through the command it names may exist.
    for (EntryPoint entry : retried) {
      List<MethodRef> path = namedDispatchPath(ids.get(entry.handler()), start, towardTarget);
      if (path != null && ThisDispatch.feasible(this, path) && TypeVariableDispatch.feasible(this, path)
          && PassedTypeDispatch.feasible(this, path)) {
        feasible.putIfAbsent(entry, new EntryChain(entry, path));
      }
    }
    List<EntryChain> chains = new ArrayList<>(feasible.values());
    chains.sort(CHAIN_ORDER);
    return List.copyOf(chains.subList(0, Math.min(limit, chains.size())));
  }

  /**
   * One chain per entry point whose handler the backward breadth-first search from {@code start}
   * meets, each method visited once; stops once {@code gathered} chains are found. Fills
   * {@code towardTarget} for every method it meets.
   */
  private List<EntryChain> shortestChains(int start, int gathered, int[] towardTarget) {
    towardTarget[start] = -1;
    List<Integer> frontier = List.of(start);
    List<EntryChain> chains = new ArrayList<>();
    for (int depth = 0; !frontier.isEmpty(); depth++) {
      for (int node : frontier) {
        for (EntryPoint entry : entryPointsOf(nodes[node])) {
          chains.add(new EntryChain(entry, path(node, towardTarget)));
        }
      }
      if (chains.size() >= gathered || depth == MAX_DEPTH) {
        break;
      }
      List<Integer> next = new ArrayList<>();
      for (int node : frontier) {
        for (int caller : callers[node]) {
          // A caller no entry point reaches within the remaining depth cannot start a chain.
          if (entryDistance[caller] + depth + 1 <= MAX_DEPTH && towardTarget[caller] == UNSEEN) {
            towardTarget[caller] = node;
            next.add(caller);
          }
        }
      }
      frontier = next;
    }
    return chains;
  }

  /**
   * A shortest path from {@code handler} to {@code target} among the methods the backward search met,
   * taking a virtual call only into an implementation the types named so far allow
   * ({@link PassedTypeDispatch#allowsStep}); null when none.
   */
  private List<MethodRef> namedDispatchPath(int handler, int target, int[] met) {
    Map<Integer, Integer> parent = new HashMap<>();
    parent.put(handler, -1);
    List<Integer> frontier = List.of(handler);
    for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int node : frontier) {
        if (callees[node] == null) {
          continue;
        }
        List<MethodRef> upstream = null;
        for (int callee : callees[node]) {
          if (met[callee] == UNSEEN || parent.containsKey(callee)) {
            continue;
          }
          upstream = upstream == null ? forwardPath(node, parent) : upstream;
          if (!PassedTypeDispatch.allowsStep(this, upstream, nodes[callee])) {
            continue;
          }
          parent.put(callee, node);
          if (callee == target) {
            return forwardPath(callee, parent);
          }
          next.add(callee);
        }
      }
      frontier = next;
    }
    return null;
  }

  private List<MethodRef> forwardPath(int to, Map<Integer, Integer> parent) {
    List<MethodRef> path = new ArrayList<>();
    for (int node = to; node != -1; node = parent.get(node)) {
      path.add(0, nodes[node]);
    }
    return List.copyOf(path);
  }

  /**
   * 0: an edit a person sends (PUT, PATCH, POST, or a person's entry of unknown method); 1: another
   * request, or a one-off maintenance route ({@code /update/upgrade}, {@code /study/convert/{id}}); 2: a job.
   */
  private static int weight(EntryChain chain) {
    EntryPoint entry = chain.entry();
    if (!entry.actedByPerson()) {
      return 2;
    }
    boolean edit = entry.httpMethod() == null || EDITS.contains(entry.httpMethod());
    return edit && !PathKinds.isMaintenance(entry) ? 0 : 1;
  }

  private static final Pattern ROLE_SUFFIX = Pattern.compile(
      "(Controller|Resource|Endpoint|Api|Action|ServiceImpl|Service|Impl|Dao|DAO|Mapper|Repository|Repo|Store)+$");

  /**
   * Among chains of the same kind, those whose handler's class names what the written file names
   * first, then shorter ones ({@code OaNotifyController} for {@code OaNotifyDao.xml}): a generic base that every
   * controller reaches ({@code CrudService.save} calling {@code dao.update}) otherwise shows one
   * controller for every table. For a method a mapper inherits from a generic base, only chains that
   * run it for that mapper's entity ({@link GenericBases#runningFor}).
   */
  @Override
  public List<EntryChain> chainsTo(MethodRef target, String writtenIn) {
    String named = writtenIn == null ? "" : stem(writtenIn.substring(writtenIn.lastIndexOf('/') + 1)
        .replaceFirst("\\.[A-Za-z]+$", ""));
    if (named.isEmpty()) {
      return chainsTo(target);
    }
    List<EntryChain> candidates = new ArrayList<>(chainsTo(target, RELATED_CANDIDATES));
    candidates = new ArrayList<>(GenericBases.runningFor(this, target, writtenIn, candidates));
    candidates.sort(Comparator.comparingInt(CallGraph::weight)
        .thenComparingInt((EntryChain c) -> stem(c.methods().get(0).owner()).equals(named) ? 0 : 1)
        .thenComparingInt(c -> c.methods().size()));
    return List.copyOf(candidates.subList(0, Math.min(3, candidates.size())));
  }

  private static String stem(String owner) {
    String simple = owner.substring(Math.max(owner.lastIndexOf('.'), owner.lastIndexOf('$')) + 1);
    return ROLE_SUFFIX.matcher(simple).replaceFirst("").toLowerCase(Locale.ROOT);
  }

  private List<MethodRef> path(int from, int[] towardTarget) {
    List<MethodRef> path = new ArrayList<>();
    for (int node = from; node != -1; node = towardTarget[node]) {
      path.add(nodes[node]);
    }
    return List.copyOf(path);
  }

  /**
   * The facts of a declared method; empty for framework-provided repository methods and unknown refs.
   * A method that handles an interface's mapping carries the parameter annotations the interface
   * declares where it declares none ({@code @HeaderParam("If-Match")}, {@code @RequestBody}).
   */
  /**
   * The handler method of {@code entry}. Overloads of one name and arity share a {@link MethodRef}
   * ({@code GET edit(Long id)} showing the form, {@code POST edit(Dept dept)} saving it): the one
   * declared where the entry point is, whose parameters are the request's.
   */
  public Optional<MethodFacts> handler(EntryPoint entry) {
    Optional<MethodFacts> found = method(entry.handler());
    Location at = entry.location();
    if (found.isEmpty() || at == null || inheritedHandlers.containsKey(entry.handler())) {
      return found; // a generated interface's operation: its declaration carries the annotations
    }
    List<MethodFacts> overloads = types.type(entry.handler().owner()).map(TypeFacts::methods).orElse(List.of())
        .stream().filter(m -> m.ref().equals(entry.handler())).toList();
    for (MethodFacts overload : overloads.size() < 2 ? List.<MethodFacts>of() : overloads) {
      Location name = overload.nameLocation();
      if (name != null && name.path().equals(at.path()) && name.startLine() == at.startLine()) {
        return Optional.of(overload);
      }
    }
    return found;
  }

  public Optional<MethodFacts> method(MethodRef ref) {
    MethodFacts inherited = inheritedHandlers.get(ref);
    return inherited != null ? Optional.of(inherited) : types.method(ref);
  }

  public Optional<TypeFacts> type(String qualifiedName) {
    return types.type(qualifiedName);
  }

  /** The project types, interfaces included, that extend or implement {@code supertype}, sorted by name. */
  public List<String> subtypes(String supertype) {
    return List.copyOf(types.subtypes(supertype));
  }

  /** The project type of simple name {@code simpleName} that extends or implements {@code supertype}, if one. */
  public Optional<String> subtypesNamed(String supertype, String simpleName) {
    return types.subtypes(supertype).stream()
        .filter(name -> name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1).equals(simpleName))
        .findFirst();
  }

  /**
   * The declared type of a call's receiver, made in a method of {@code owner}: the receiver's own
   * type, or, for a call on what a call hands out ({@code getMapper().update(x)}), the return type the
   * nearest declaration of that call in {@code owner} or its ancestors states
   * ({@code BaseMapper<ENTRY, ID, EXAMPLE>}, type variables and all). Null when neither is known.
   */
  public TypeRef receiverTypeOf(String owner, MethodCall call) {
    if (call.receiverType() != null || call.returnOf() == null) {
      return call.receiverType();
    }
    MethodCall inner = call.returnOf();
    if (inner.receiver() == MethodCall.Receiver.FIELD) {
      return types.inheritedFieldType(owner, inner.name());
    }
    String declaring = inner.receiver() == MethodCall.Receiver.THIS || inner.receiver() == MethodCall.Receiver.SUPER
        ? owner : projectType(inner.receiverType()).orElse(null);
    if (declaring == null) {
      return null;
    }
    for (String type : selfAndAncestors(declaring)) {
      Optional<TypeFacts> facts = types.type(type);
      if (facts.isEmpty()) {
        continue;
      }
      for (MethodFacts method : facts.get().methods()) {
        if (method.ref().name().equals(inner.name()) && method.ref().arity() == inner.arity()) {
          return method.returnType();
        }
      }
    }
    return null;
  }

  /**
   * The project type that {@code type} or one of its ancestors gives the generic {@code generic} as its
   * type argument at {@code index} ({@code SourceMapperExt} for {@code SourceService extends
   * BaseCRUDService<Source, SourceMapperExt>} at 1).
   */
  public Optional<String> typeArgument(String type, String generic, int index) {
    return types.typeArgument(type, generic, index).flatMap(types::projectType);
  }

  /** The project type, then its project supertypes breadth-first. */
  public List<String> selfAndAncestors(String qualifiedName) {
    return types.selfAndAncestors(qualifiedName);
  }

  /**
   * The classes, enums and records of the project that extend or implement {@code qualifiedName} (a
   * project or library type), directly or through project types, sorted by name.
   */
  public List<TypeFacts> implementationsOf(String qualifiedName) {
    return types.subtypes(qualifiedName).stream()
        .map(name -> types.type(name).orElseThrow())
        .filter(t -> t.kind() != TypeFacts.Kind.INTERFACE && t.kind() != TypeFacts.Kind.ANNOTATION)
        .toList();
  }

  /**
   * The entity a project Spring Data repository manages: the first candidate of the first type
   * argument of the supertype that leads to a repository type ({@code JpaRepository<Order, Long>}).
   */
  public Optional<String> repositoryEntity(String repositoryQualifiedName) {
    return types.repositoryEntity(repositoryQualifiedName);
  }

  /** Whether a project interface is a Spring Data repository. */
  public boolean isRepository(String qualifiedName) {
    return types.isRepository(qualifiedName);
  }

  /** Calls in project method bodies. */
  public int totalCalls() {
    return totalCalls;
  }

  /** Calls whose target could not be determined: what the chains cannot see. */
  public int unresolvedCalls() {
    return unresolvedCalls;
  }

  /** Calls that leave the project (library receivers, library-inherited methods). */
  public int externalCalls() {
    return externalCalls;
  }
}
