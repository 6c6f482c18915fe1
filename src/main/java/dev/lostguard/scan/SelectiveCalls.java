package dev.lostguard.scan;

import dev.lostguard.model.BuiltArgument;
import dev.lostguard.model.CallGraph;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.FixedArgumentCall;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.TypeFacts;
import dev.lostguard.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds, for a MyBatis mapper interface method, the project calls that pass it an entity the caller
 * built itself ({@link BuiltArgument}), so that a selective statement is judged per call. A call
 * counts when the call graph makes its method a caller of the interface method and the call's receiver
 * is typed as the mapper (or a subtype). The answer also says whether those are every project call of
 * the method: only then does the statement's own site give way to the calls'. It also finds the
 * arguments that every project call of such a method fixes in code ({@link FixedArgumentCall}).
 */
final class SelectiveCalls {

  /** A built-entity call and the role of the file that makes it. */
  record Placed(BuiltArgument call, SourceRole role) {}

  /** A call of one interface method (an overload) that passes a built entity. */
  record Match(Placed placed, MethodFacts method) {}

  /**
   * @param matches the built-entity calls, in caller order
   * @param every whether they are every project call of the interface methods (and there is one)
   */
  record Reached(List<Match> matches, boolean every) {
    static final Reached NONE = new Reached(List.of(), false);
  }

  private final Map<MethodRef, List<Placed>> byCaller;
  private final Map<MethodRef, List<FixedArgumentCall>> fixedByCaller;
  /** The names of the methods those calls call. */
  private final Set<String> fixedNames = new HashSet<>();
  private final boolean anyLoadedRow;

  private SelectiveCalls(Map<MethodRef, List<Placed>> byCaller, Map<MethodRef, List<FixedArgumentCall>> fixedByCaller) {
    this.byCaller = byCaller;
    this.fixedByCaller = fixedByCaller;
    fixedByCaller.values().forEach(calls -> calls.forEach(call -> fixedNames.add(call.name())));
    this.anyLoadedRow = byCaller.values().stream().flatMap(List::stream).anyMatch(p -> p.call().loadedRow());
  }

  /** Some project call passes a row it loaded and changed with setters. */
  boolean anyLoadedRow() {
    return anyLoadedRow;
  }

  static SelectiveCalls of(List<FileFacts> facts) {
    Map<MethodRef, List<Placed>> byCaller = new HashMap<>();
    Map<MethodRef, List<FixedArgumentCall>> fixedByCaller = new HashMap<>();
    for (FileFacts file : facts) {
      for (CodePattern pattern : file.patterns()) {
        if (pattern instanceof BuiltArgument built) {
          byCaller.computeIfAbsent(built.method(), m -> new ArrayList<>(2)).add(new Placed(built, file.role()));
        } else if (pattern instanceof FixedArgumentCall fixed) {
          fixedByCaller.computeIfAbsent(fixed.method(), m -> new ArrayList<>(2)).add(fixed);
        }
      }
    }
    return new SelectiveCalls(byCaller, fixedByCaller);
  }

  /** The built-entity calls of {@code methods}, the mapper {@code namespace}'s methods named like a statement. */
  Reached reach(CallGraph graph, String namespace, List<MethodFacts> methods) {
    List<Match> matches = new ArrayList<>();
    // Overloads of one name and arity ({@code terminate(long, int..)} and a default {@code terminate(long,
    // State..)}) share their callers: each call is matched once.
    Set<Placed> matched = new HashSet<>();
    boolean every = eachCall(graph, namespace, methods, (method, caller, call, onMapper) -> {
      Placed placed = onMapper && call.arity() != MethodCall.ANY_ARITY ? built(caller, call) : null;
      if (placed != null && matched.add(placed)) {
        matches.add(new Match(placed, method));
      }
      return placed != null;
    });
    return new Reached(List.copyOf(matches), every);
  }

  /**
   * The arguments that every project call of {@code methods} fixes in code, by position, with the
   * literal of the first such call; empty unless every call is seen and fixes at least one argument.
   */
  Map<Integer, String> fixedAtEveryCall(CallGraph graph, String namespace, List<MethodFacts> methods) {
    if (methods.stream().noneMatch(m -> fixedNames.contains(m.ref().name()))) {
      return Map.of(); // no call of that name fixes an argument: most statements, answered without the graph
    }
    Map<Integer, String> fixed = new TreeMap<>();
    Set<Integer> varying = new HashSet<>();
    boolean every = eachCall(graph, namespace, methods, (method, caller, call, onMapper) -> {
      FixedArgumentCall found = onMapper ? fixed(caller, call) : null;
      if (found == null) {
        return false;
      }
      for (int i = 0; i < found.arity(); i++) {
        String literal = found.literals().get(i);
        if (literal == null) {
          varying.add(i);
        } else {
          fixed.putIfAbsent(i, literal);
        }
      }
      return true;
    });
    varying.forEach(fixed::remove);
    return every ? fixed : Map.of();
  }

  /** One project call of a statement's method; answers whether it is one the caller of {@link #eachCall} wants. */
  private interface CallVisitor {
    boolean visit(MethodFacts method, MethodRef caller, MethodCall call, boolean onMapper);
  }

  /**
   * Visits every project call of {@code methods} made on the mapper (or on a supertype's method it
   * inherits); true when there is one and the visitor wanted each, and every caller's call was seen.
   */
  private boolean eachCall(CallGraph graph, String namespace, List<MethodFacts> methods, CallVisitor visitor) {
    boolean every = true;
    int calls = 0;
    Set<String> mapperSupertypes = ancestors(graph, namespace);
    for (MethodFacts method : methods) {
      for (MethodRef caller : graph.callersOf(method.ref())) {
        MethodFacts callerFacts = graph.method(caller).orElse(null);
        int before = calls;
        for (MethodCall call : callerFacts == null ? List.<MethodCall>of() : callerFacts.calls()) {
          if (!call.name().equals(method.ref().name())
              || call.arity() != method.ref().arity() && call.arity() != MethodCall.ANY_ARITY) {
            continue;
          }
          String target = graph.projectType(call.receiverType()).orElse(null);
          boolean onMapper = target != null && ancestors(graph, target).contains(namespace);
          if (target != null && !onMapper && !mapperSupertypes.contains(target)) {
            continue; // another mapper's method of that name
          }
          calls++;
          every &= visitor.visit(method, caller, call, onMapper);
        }
        if (calls == before) {
          every = false; // its call is not seen here (an inherited handler's facts): not judged per call
        }
      }
    }
    return every && calls > 0;
  }

  private FixedArgumentCall fixed(MethodRef caller, MethodCall call) {
    for (FixedArgumentCall fixed : fixedByCaller.getOrDefault(caller, List.of())) {
      if (fixed.name().equals(call.name()) && fixed.arity() == call.arity()
          && fixed.location().startLine() <= call.line() && call.line() <= fixed.location().endLine()) {
        return fixed;
      }
    }
    return null;
  }

  private Placed built(MethodRef caller, MethodCall call) {
    for (Placed placed : byCaller.getOrDefault(caller, List.of())) {
      BuiltArgument built = placed.call();
      if (built.name().equals(call.name()) && built.arity() == call.arity()
          && built.location().startLine() <= call.line() && call.line() <= built.location().endLine()) {
        return placed;
      }
    }
    return null;
  }

  /** The type and its project supertypes, transitively. */
  private static Set<String> ancestors(CallGraph graph, String type) {
    Set<String> seen = new HashSet<>();
    List<String> queue = new ArrayList<>(List.of(type));
    for (int i = 0; i < queue.size(); i++) {
      String current = queue.get(i);
      if (!seen.add(current)) {
        continue;
      }
      TypeFacts facts = graph.type(current).orElse(null);
      if (facts != null) {
        for (TypeRef supertype : facts.supertypes()) {
          graph.projectType(supertype).ifPresent(queue::add);
        }
      }
    }
    return seen;
  }
}
