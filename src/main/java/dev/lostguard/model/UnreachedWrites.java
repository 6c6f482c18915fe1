package dev.lostguard.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * <p>Only interface methods are judged: nothing but a call by name runs one, whereas a class's
 * method may be a framework callback. A project with Kotlin, Groovy or Scala sources is left alone:
 * calls from code that is not read would go unseen.
 */
public final class UnreachedWrites {

  /** The writes, and how many of them were set aside. */
  public record Result(List<WriteSite> writes, int setAside) {}

  private UnreachedWrites() {}

  public static Result setAside(List<WriteSite> sites, CallGraph graph, boolean otherJvmSources) {
    if (otherJvmSources) {
      return new Result(sites, 0);
    }
    Set<String> called = calledNames(graph);
    boolean attachesSqlObjects = called.stream().anyMatch(ATTACHING::contains);
    List<WriteSite> kept = new ArrayList<>(sites.size());
    int setAside = 0;
    for (WriteSite site : sites) {
      if (site.role() == SourceRole.APPLICATION && (uncalledInterfaceMethod(site.method(), graph, called)
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
