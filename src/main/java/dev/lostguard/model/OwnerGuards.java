package dev.lostguard.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Handlers that refuse a record that is not the caller's: the handler, or a method it calls a few calls
 * deep (its service), throws or returns unless the record's owner, or the id the request names, is the
 * logged-in user ({@link OwnerCheck}). Only that person saves what such a handler writes, whatever id
 * its route or body carries.
 */
final class OwnerGuards {

  /** How many calls below the handler a check is looked for: its service, and a helper the service calls. */
  private static final int DEPTH = 2;

  private final CallGraph graph;
  private final Map<MethodRef, List<OwnerCheck>> byMethod = new HashMap<>();
  private final Map<MethodRef, Boolean> byHandler = new ConcurrentHashMap<>();

  OwnerGuards(CallGraph graph, List<OwnerCheck> checks) {
    this.graph = graph;
    checks.forEach(check -> byMethod.computeIfAbsent(check.method(), m -> new ArrayList<>()).add(check));
  }

  /** The entry's handler checks, itself or a few calls deep, that what it writes is the caller's. */
  boolean checks(EntryPoint entry) {
    return graph != null && !byMethod.isEmpty() && "http".equals(entry.kind()) && entry.handler() != null
        && byHandler.computeIfAbsent(entry.handler(), handler -> graph.anyWithin(handler, DEPTH, this::checksOwner));
  }

  private boolean checksOwner(MethodRef method) {
    List<OwnerCheck> checks = byMethod.get(method);
    if (checks == null) {
      return false;
    }
    MethodFacts facts = graph.method(method).orElse(null);
    return facts != null && checks.stream().anyMatch(check -> OwnRecords.builtIn().comparesWithCaller(check, facts));
  }
}
