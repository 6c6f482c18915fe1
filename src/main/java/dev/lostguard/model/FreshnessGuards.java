package dev.lostguard.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entry points that check the client's copy themselves before they write: the handler, or a method it
 * calls a few calls deep (its service, a helper such as {@code assertObjectIsFresh}), throws a conflict
 * when a version or last-modified value differs ({@link FreshnessCheck}). What such a handler saves is
 * refused when stale, though no SQL predicate says so. A write whose every way in passes a method that
 * checks, or calls a check directly ({@code updateClassification} calling {@code
 * verifyTimestampHasNotChanged}), is refused when stale whoever calls that method.
 */
final class FreshnessGuards {

  /**
   * How many calls below the handler a check is looked for: its service, a service it delegates to,
   * and a helper that one calls.
   */
  private static final int DEPTH = 3;

  private final CallGraph graph;
  private final Set<MethodRef> checking = new HashSet<>();
  private final Map<MethodRef, Boolean> byHandler = new ConcurrentHashMap<>();

  FreshnessGuards(CallGraph graph, List<FreshnessCheck> checks) {
    this.graph = graph;
    checks.forEach(check -> checking.add(check.method()));
  }

  /** Every one of {@code entries} (at least one) checks freshness before it writes. */
  boolean checkEvery(List<EntryPoint> entries) {
    return graph != null && !checking.isEmpty() && !entries.isEmpty()
        && entries.stream().allMatch(e -> e.handler() != null && byHandler.computeIfAbsent(e.handler(), this::checks));
  }

  /** Every way into {@code writer} (at least one) checks freshness: at its handler, or on the way. */
  boolean checkEveryWayTo(MethodRef writer) {
    if (graph == null || checking.isEmpty() || writer == null) {
      return false;
    }
    List<EntryChain> chains = graph.chainsTo(writer, Integer.MAX_VALUE);
    return !chains.isEmpty() && chains.stream().allMatch(chain ->
        byHandler.computeIfAbsent(chain.entry().handler(), this::checks)
            || chain.methods().stream().anyMatch(method -> graph.anyWithin(method, 1, checking::contains)));
  }

  private boolean checks(MethodRef handler) {
    return graph.anyWithin(handler, DEPTH, checking::contains);
  }
}
