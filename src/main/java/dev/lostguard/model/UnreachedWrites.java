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
    List<WriteSite> kept = new ArrayList<>(sites.size());
    int setAside = 0;
    for (WriteSite site : sites) {
      if (site.role() == SourceRole.APPLICATION && uncalledInterfaceMethod(site.method(), graph, called)) {
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
