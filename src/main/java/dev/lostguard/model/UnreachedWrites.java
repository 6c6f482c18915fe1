package dev.lostguard.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hand-written data-access methods that no project code calls: a JDBI {@code @SqlUpdate}, a MyBatis
 * mapper method (annotated, or bound to an XML statement), a repository {@code @Query}, declared on an
 * interface whose method name no call or method reference of the project's Java code names. Such a
 * statement never runs (tests may call it; test sources are not part of the application), so it is
 * set aside like an unreached generated statement: counted in the table inventory, never a finding.
 *
 * <p>So is a JDBI {@code @SqlUpdate} of an interface the project implements by hand, where nothing
 * makes an SQL object of an interface ({@link #implementedByHand}).
 *
 * <p>So is a class's method that implements a method a project interface declares (a DAO
 * implementation's {@code updateTasks}), when nothing calls that name and the method carries no
 * annotation a framework could call it by: only a call by name runs it. Any other class method may be
 * a framework callback and is always judged.
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
    Set<String> called = calledNames(graph);
    called.addAll(otherSourceWords.get());
    boolean attachesSqlObjects = called.stream().anyMatch(ATTACHING::contains);
    List<WriteSite> kept = new ArrayList<>(sites.size());
    int setAside = 0;
    for (WriteSite site : sites) {
      if (site.role() == SourceRole.APPLICATION && (uncalledInterfaceMethod(site.method(), graph, called)
          || uncalledGeneratedMethod(site, graph)
          || uncalledImplementation(site.method(), graph, called)
          || !attachesSqlObjects && implementedByHand(site, graph))) {
        kept.add(site.unreached());
        setAside++;
      } else {
        kept.add(site);
      }
    }
    return new Result(List.copyOf(kept), setAside);
  }

  private static boolean uncalledInterfaceMethod(MethodRef method, CallGraph graph, Set<String> called) {
    return method != null
        && !called.contains(method.name())
        && graph.type(method.owner()).map(t -> t.kind() == TypeFacts.Kind.INTERFACE).orElse(false)
        && graph.callersOf(method).isEmpty()
        && !graph.isEntryHandler(method);
  }

  private static boolean uncalledGeneratedMethod(WriteSite site, CallGraph graph) {
    MethodRef method = site.method();
    return method != null
        && MYBATIS_ANNOTATIONS.contains(site.sink())
        && GeneratorMarks.builtIn().generatedId(method.name())
        && graph.type(method.owner()).map(t -> t.kind() == TypeFacts.Kind.INTERFACE).orElse(false)
        && graph.callersOf(method).isEmpty()
        && !graph.isEntryHandler(method);
  }

  private static final Set<String> MYBATIS_ANNOTATIONS =
      Set.of("@Update", "@Delete", "@Insert", "@UpdateProvider", "@DeleteProvider", "@InsertProvider");

  /**
   * A class's method, uncalled by name, that implements a method of a project interface whose own
   * supertypes are all project types (so no library calls the method through it), and that has no
   * annotation but those that never make a framework call it.
   */
  private static boolean uncalledImplementation(MethodRef method, CallGraph graph, Set<String> called) {
    if (method == null || called.contains(method.name()) || !graph.callersOf(method).isEmpty()
        || graph.isEntryHandler(method)) {
      return false;
    }
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
}
