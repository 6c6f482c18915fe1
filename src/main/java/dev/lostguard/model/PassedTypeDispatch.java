package dev.lostguard.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a chain's virtual call can land in the implementation it passes, given the types the calls
 * before it hand over. A command bus ({@code commandBus.syncRun(CloseOrderCommand.class, request)} or
 * {@code bus.run(new CloseOrderCommand(id))}) ends in {@code command.execute()}, which class hierarchy
 * alone sends to every {@code Command}; but the command that runs is the one the caller named. A chain
 * from a handler that names only {@code CloseOrderCommand} through the bus to
 * {@code RecordAgentStateCommand.execute} cannot happen.
 */
final class PassedTypeDispatch {

  private PassedTypeDispatch() {}

  /**
   * Walking the chain back from its target: a step from a call on a typed receiver into a subtype's
   * implementation needs an object of that subtype (or, after a base class's call on {@code this} into
   * an override, of the override's class, as {@link ThisDispatch} tracks). When the methods from the
   * handler up to that call name, by class literal or construction, some subtypes of the receiver's
   * type, one of them must be such an object. What the facts do not tell (no such type named, a
   * receiver of unknown type) keeps the chain.
   */
  static boolean feasible(CallGraph graph, List<MethodRef> steps) {
    return failingStep(graph, steps) < 0;
  }

  /** The index of the step the types handed over rule out (its caller is the step before), or -1. */
  static int failingStep(CallGraph graph, List<MethodRef> steps) {
    String required = null;
    for (int i = steps.size() - 1; i >= 1; i--) {
      MethodRef callee = steps.get(i);
      MethodRef callerRef = steps.get(i - 1);
      Optional<MethodFacts> caller = graph.method(callerRef);
      List<MethodCall> calls = caller.map(facts -> callsOf(facts, callee)).orElse(List.of());
      if (!calls.isEmpty() && calls.stream().allMatch(c -> c.receiver() == MethodCall.Receiver.THIS)) {
        if (!callee.owner().equals(callerRef.owner()) && graph.selfAndAncestors(callee.owner()).contains(callerRef.owner())) {
          required = ThisDispatch.narrower(graph, required, callee.owner());
        }
        continue; // the same object, or an outer class's
      }
      Set<String> receiverTypes = dispatchedFrom(graph, calls, callee);
      if (!receiverTypes.isEmpty()) {
        String needed = ThisDispatch.narrower(graph, required, callee.owner());
        Set<String> named = namedSubtypes(graph, steps.subList(0, i), receiverTypes);
        if (!named.isEmpty() && named.stream().noneMatch(type -> graph.selfAndAncestors(type).contains(needed))) {
          return i;
        }
      }
      required = null;
    }
    return -1;
  }

  /**
   * Whether the last of {@code upstream} (the handler first) may run {@code callee}: a virtual call
   * into a subtype's implementation needs, among the subtypes of the receiver's type the methods name,
   * none or one that is (or extends) the implementation's class.
   */
  static boolean allowsStep(CallGraph graph, List<MethodRef> upstream, MethodRef callee) {
    Optional<MethodFacts> caller = graph.method(upstream.get(upstream.size() - 1));
    Set<String> receiverTypes = dispatchedFrom(graph, caller.map(facts -> callsOf(facts, callee)).orElse(List.of()), callee);
    if (receiverTypes.isEmpty()) {
      return true;
    }
    Set<String> named = namedSubtypes(graph, upstream, receiverTypes);
    return named.isEmpty() || named.stream().anyMatch(type -> graph.selfAndAncestors(type).contains(callee.owner()));
  }

  private static List<MethodCall> callsOf(MethodFacts caller, MethodRef callee) {
    return caller.calls().stream()
        .filter(c -> c.name().equals(callee.name()) && (c.arity() == callee.arity() || c.arity() == MethodCall.ANY_ARITY))
        .toList();
  }

  /**
   * The project types of the typed receivers through which the caller's {@code calls} of the callee
   * dispatch down to it (the receiver's type is a proper ancestor of the callee's class); empty when
   * there are none, or some call names the callee's class itself or has no known type.
   */
  private static Set<String> dispatchedFrom(CallGraph graph, List<MethodCall> calls, MethodRef callee) {
    Set<String> receivers = new TreeSet<>();
    List<String> calleeAncestors = graph.selfAndAncestors(callee.owner());
    for (MethodCall call : calls) {
      Optional<String> type = call.receiver() == MethodCall.Receiver.TYPED
          ? graph.projectType(call.receiverType()) : Optional.empty();
      if (type.isEmpty() || type.get().equals(callee.owner()) || !calleeAncestors.contains(type.get())) {
        return Set.of(); // a call this check cannot narrow also reaches the callee
      }
      receivers.add(type.get());
    }
    return receivers;
  }

  /** The types the methods name as arguments that are subtypes of one of {@code receiverTypes}. */
  private static Set<String> namedSubtypes(CallGraph graph, List<MethodRef> methods, Set<String> receiverTypes) {
    Set<String> named = new TreeSet<>();
    for (MethodRef method : methods) {
      for (TypeRef passed : graph.method(method).map(MethodFacts::passedTypes).orElse(List.of())) {
        graph.projectType(passed)
            .filter(type -> graph.selfAndAncestors(type).stream().anyMatch(receiverTypes::contains))
            .ifPresent(named::add);
      }
    }
    return named;
  }
}
