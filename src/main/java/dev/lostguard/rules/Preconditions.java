package dev.lostguard.rules;

import dev.lostguard.model.CallGraph;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.PreconditionCall;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.WeakEtag;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a handler's conditional-request check can stop its write: the check's result is used, it
 * comes before the handler's first call that leads to a write, and the tags it compares are strong.
 */
final class Preconditions {

  private static final int MAX_DEPTH = 8;

  private final CallGraph graph;
  private final Map<MethodRef, List<PreconditionCall>> calls = new HashMap<>();
  private final Set<MethodRef> weak = new HashSet<>();
  /** Methods from which some write is reachable, within {@link #MAX_DEPTH} calls. */
  private final Set<MethodRef> leadToWrites = new HashSet<>();

  Preconditions(ProjectModel model, CallGraph graph, Set<MethodRef> writers) {
    this.graph = graph;
    for (PreconditionCall call : model.patterns(PreconditionCall.class)) {
      calls.computeIfAbsent(call.method(), m -> new java.util.ArrayList<>()).add(call);
    }
    model.patterns(WeakEtag.class).forEach(w -> weak.add(w.method()));
    Deque<MethodRef> queue = new ArrayDeque<>(writers);
    Map<MethodRef, Integer> depth = new HashMap<>();
    writers.forEach(w -> depth.put(w, 0));
    leadToWrites.addAll(writers);
    while (!queue.isEmpty()) {
      MethodRef method = queue.poll();
      if (depth.get(method) == MAX_DEPTH) {
        continue;
      }
      for (MethodRef caller : graph.callersOf(method)) {
        if (leadToWrites.add(caller)) {
          depth.put(caller, depth.get(method) + 1);
          queue.add(caller);
        }
      }
    }
  }

  /** The handler builds weak entity tags: a weak comparison cannot guard a write. */
  boolean weak(MethodRef handler) {
    return weak.contains(handler);
  }

  /** A used, strong precondition check in the handler, before its first call that leads to a write. */
  boolean checkedBeforeWrite(MethodFacts handler) {
    List<PreconditionCall> checks = calls.getOrDefault(handler.ref(), List.of());
    if (checks.isEmpty() || weak(handler.ref())) {
      return false;
    }
    int firstWrite = firstWriteLine(handler);
    return checks.stream().anyMatch(c -> c.resultUsed() && c.location().startLine() <= firstWrite);
  }

  private int firstWriteLine(MethodFacts handler) {
    Set<MethodRef> callees = graph.calleesOf(handler.ref());
    for (MethodCall call : handler.calls()) {
      boolean writes = callees.stream().anyMatch(
          c -> c.name().equals(call.name())
              && (c.arity() == call.arity() || call.arity() == MethodCall.ANY_ARITY)
              && leadToWrites.contains(c));
      if (writes) {
        return call.line();
      }
    }
    return Integer.MAX_VALUE;
  }
}
