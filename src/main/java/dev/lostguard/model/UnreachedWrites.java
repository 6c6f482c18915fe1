package dev.lostguard.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hand-written data-access methods that no project code runs: a JDBI {@code @SqlUpdate}, a MyBatis
 * mapper method (annotated, or bound to an XML statement), a repository {@code @Query}, declared on an
 * interface whose method no call of the project's Java code reaches. Such a statement never runs
 * (tests may call it; test sources are not part of the application), so it is set aside like an
 * unreached generated statement: counted in the table inventory, never a finding.
 *
 * <p>A method is reached when a call the call graph resolves runs it, or when a call it cannot
 * resolve (a receiver of unknown or library type, a method reference) has its name: such a call may
 * run any method of that name. A call on a project type that runs another type's method of the same
 * name ({@code queueOffsetMapper.commitOffsetById} inside a service's own {@code commitOffsetById})
 * reaches nothing else. A method whose only callers are themselves never run is not reached either
 * (a service method nothing calls, and the mapper method only it calls).
 *
 * <p>So is a JDBI {@code @SqlUpdate} of an interface the project implements by hand, where nothing
 * makes an SQL object of an interface ({@link #implementedByHand}).
 *
 * <p>So is a class's method that implements a method a project interface declares (a DAO
 * implementation's {@code updateTasks}), when nothing runs it and the method carries no annotation a
 * framework could call it by: only a call runs it. Any other class method may be a framework callback
 * and is always judged.
 *
 * <p>So is a MyBatis Generator method of an annotated mapper ({@code @Update} on
 * {@code updateByPrimaryKey}, {@code @UpdateProvider} on {@code updateByExampleSelective}) that no
 * project call reaches through its mapper, even where other mappers' methods of that name are
 * called: generated statements, in XML or in annotations, become findings only where project code runs
 * them.
 *
 * <p>Kotlin, Groovy or Scala sources are not parsed: a name that is a word of theirs counts as called,
 * and when one of them could not be read, nothing is set aside.
 */
public final class UnreachedWrites {

  /** The writes, and how many of them were set aside. */
  public record Result(List<WriteSite> writes, int setAside) {}

  private UnreachedWrites() {}

  /**
   * @param otherSourceWords the words of the project's Kotlin, Groovy and Scala application sources,
   *     or empty when one could not be read
   */
  public static Result setAside(List<WriteSite> sites, CallGraph graph, Optional<Set<String>> otherSourceWords) {
    if (otherSourceWords.isEmpty()) {
      return new Result(sites, 0);
    }
    Set<String> looselyCalled = looselyCalledNames(graph);
    looselyCalled.addAll(otherSourceWords.get());
    boolean attachesSqlObjects = looselyCalled.stream().anyMatch(ATTACHING::contains)
        || calledNames(graph).stream().anyMatch(ATTACHING::contains);
    Set<MethodRef> neverRun = neverRun(graph, looselyCalled);
    List<WriteSite> kept = new ArrayList<>(sites.size());
    int setAside = 0;
    for (WriteSite site : sites) {
      if (site.role() == SourceRole.APPLICATION && (site.method() != null && neverRun.contains(site.method())
          || uncalledGeneratedMethod(site, graph)
          || !attachesSqlObjects && implementedByHand(site, graph))) {
        kept.add(site.unreached());
        setAside++;
      } else {
        kept.add(site);
      }
    }
    return new Result(List.copyOf(kept), setAside);
  }

  /**
   * The interface methods, and the class methods implementing a project interface's, that no call
   * runs: none has their name loosely, and every caller the call graph knows is itself one of them.
   */
  private static Set<MethodRef> neverRun(CallGraph graph, Set<String> looselyCalled) {
    Set<MethodRef> candidates = new HashSet<>();
    for (TypeFacts type : graph.types()) {
      for (MethodFacts method : type.methods()) {
        MethodRef ref = method.ref();
        if (!looselyCalled.contains(ref.name()) && !graph.isEntryHandler(ref)
            && (type.kind() == TypeFacts.Kind.INTERFACE || implementsProjectInterface(ref, graph))) {
          candidates.add(ref);
        }
      }
    }
    Set<MethodRef> dead = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (MethodRef candidate : candidates) {
        if (!dead.contains(candidate) && dead.containsAll(callersThatMayRun(graph, candidate))) {
          dead.add(candidate);
          grew = true;
        }
      }
    }
    return dead;
  }

  private static boolean uncalledGeneratedMethod(WriteSite site, CallGraph graph) {
    MethodRef method = site.method();
    return method != null
        && MYBATIS_ANNOTATIONS.contains(site.sink())
        && GeneratorMarks.builtIn().generatedId(method.name())
        && graph.type(method.owner()).map(t -> t.kind() == TypeFacts.Kind.INTERFACE).orElse(false)
        && callersThatMayRun(graph, method).isEmpty()
        && !graph.isEntryHandler(method);
  }

  /**
   * The callers of {@code method} that may run it: not a generic base's method whose only call
   * reaches it through a type variable that every object it is called on binds to another type
   * ({@link TypeVariableDispatch#mayRun}).
   */
  private static Set<MethodRef> callersThatMayRun(CallGraph graph, MethodRef method) {
    Set<MethodRef> callers = graph.callersOf(method);
    if (callers.stream().allMatch(caller -> TypeVariableDispatch.mayRun(graph, caller, method))) {
      return callers;
    }
    Set<MethodRef> running = new HashSet<>();
    for (MethodRef caller : callers) {
      if (TypeVariableDispatch.mayRun(graph, caller, method)) {
        running.add(caller);
      }
    }
    return running;
  }

  private static final Set<String> MYBATIS_ANNOTATIONS =
      Set.of("@Update", "@Delete", "@Insert", "@UpdateProvider", "@DeleteProvider", "@InsertProvider");

  /**
   * A class's method that implements a method of a project interface whose own supertypes are all
   * project types (so no library calls the method through it), and that has no annotation but those
   * that never make a framework call it.
   */
  private static boolean implementsProjectInterface(MethodRef method, CallGraph graph) {
    Optional<MethodFacts> facts = graph.method(method);
    if (facts.isEmpty() || !facts.get().annotations().stream().allMatch(UnreachedWrites::inert)
        || graph.type(method.owner()).map(t -> t.kind() != TypeFacts.Kind.CLASS).orElse(true)) {
      return false;
    }
    return graph.selfAndAncestors(method.owner()).stream()
        .map(graph::type)
        .flatMap(Optional::stream)
        .filter(t -> t.kind() == TypeFacts.Kind.INTERFACE)
        .anyMatch(t -> declares(t, method) && onlyProjectSupertypes(t, graph));
  }

  private static boolean declares(TypeFacts type, MethodRef method) {
    return type.methods().stream()
        .anyMatch(m -> m.ref().name().equals(method.name()) && m.ref().arity() == method.arity());
  }

  private static boolean onlyProjectSupertypes(TypeFacts type, CallGraph graph) {
    return type.supertypes().stream().allMatch(s -> graph.projectType(s).isPresent());
  }

  private static boolean inert(AnnotationFacts annotation) {
    String name = annotation.names().get(0);
    return INERT_ANNOTATIONS.contains(name.substring(name.lastIndexOf('.') + 1));
  }

  /** Annotations that say nothing about who calls the method. */
  private static final Set<String> INERT_ANNOTATIONS =
      Set.of("Override", "Transactional", "Deprecated", "SuppressWarnings", "SneakyThrows", "Nullable", "NonNull");

  /**
   * A JDBI SQL-object statement ({@code @SqlUpdate}, {@code @SqlBatch}) of an interface a project class
   * implements, in a project that never hands an interface to JDBI ({@code onDemand}, {@code attach},
   * {@code withExtension}, {@code useExtension}): calls on the interface run the hand-written
   * implementation (its own {@code Handle.createUpdate}), never the annotation's SQL.
   */
  private static boolean implementedByHand(WriteSite site, CallGraph graph) {
    MethodRef method = site.method();
    return method != null && SQL_OBJECT_SINKS.contains(site.sink())
        && graph.type(method.owner()).map(t -> t.kind() == TypeFacts.Kind.INTERFACE).orElse(false)
        && !graph.implementationsOf(method.owner()).isEmpty();
  }

  private static final Set<String> SQL_OBJECT_SINKS = Set.of("@SqlUpdate", "@SqlBatch");
  /** JDBI calls that make an SQL object of an interface, whose annotations then run. */
  private static final Set<String> ATTACHING = Set.of("onDemand", "attach", "withExtension", "useExtension");

  /** Every method name a call or method reference of the project names, whatever its receiver. */
  private static Set<String> calledNames(CallGraph graph) {
    Set<String> names = new HashSet<>();
    for (TypeFacts type : graph.types()) {
      for (MethodFacts method : type.methods()) {
        method.calls().forEach(call -> names.add(call.name()));
      }
    }
    return names;
  }

  /**
   * The names of calls the call graph runs no project method for (a receiver of unknown or library
   * type, where an inherited or overriding method may run), and of method references: such a call may
   * run any method of its name.
   */
  private static Set<String> looselyCalledNames(CallGraph graph) {
    Set<String> names = new HashSet<>();
    for (TypeFacts type : graph.types()) {
      for (MethodFacts method : type.methods()) {
        Set<String> resolved = null;
        for (MethodCall call : method.calls()) {
          if (call.arity() == MethodCall.ANY_ARITY) {
            names.add(call.name());
            continue;
          }
          if (resolved == null) {
            resolved = new HashSet<>();
            for (MethodRef callee : graph.calleesOf(method.ref())) {
              resolved.add(callee.name());
            }
          }
          if (!resolved.contains(call.name())) {
            names.add(call.name());
          }
        }
      }
    }
    return names;
  }
}
