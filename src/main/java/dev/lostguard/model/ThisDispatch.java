package dev.lostguard.model;

import java.util.List;
import java.util.Optional;

/**
 * Whether a chain's calls on {@code this} can run the overrides it goes through. A base class's
 * template method ({@code AnetBaseDao.update} calling {@code this.updateInternal(..)}) dispatches, by
 * class hierarchy alone, to every subclass's override; but the override that runs is the one of the
 * object the base method was called on. A chain {@code AttachmentResource.update -> attachmentDao.update
 * -> PersonDao.updateInternal} cannot happen: {@code attachmentDao} is no {@code PersonDao}.
 */
final class ThisDispatch {

  private ThisDispatch() {}

  /**
   * Walking the chain back from its target: a call on {@code this} that lands in a subclass's override
   * requires the object to be of that subclass, until a call on a typed receiver says what the object
   * is; a receiver of an unrelated type (a sibling subclass) makes the chain impossible. What the facts
   * do not tell keeps the chain.
   */
  static boolean feasible(CallGraph graph, List<MethodRef> steps) {
    String required = null;
    for (int i = steps.size() - 1; i >= 1; i--) {
      MethodRef callee = steps.get(i);
      MethodRef caller = steps.get(i - 1);
      Optional<MethodFacts> facts = graph.method(caller);
      if (facts.isEmpty()) {
        return true;
      }
      List<MethodCall> calls = facts.get().calls().stream().filter(c -> c.name().equals(callee.name())).toList();
      if (calls.isEmpty()) {
        return true; // reached some other way (a route object, a method reference by another name)
      }
      boolean onThis = calls.stream().allMatch(c -> c.receiver() == MethodCall.Receiver.THIS);
      if (onThis) {
        if (!related(graph, caller.owner(), callee.owner())) {
          required = null; // an outer class's method, called from an inner or anonymous class
        } else if (!callee.owner().equals(caller.owner()) && graph.selfAndAncestors(callee.owner()).contains(caller.owner())) {
          required = narrower(graph, required, callee.owner()); // the base's call runs a subclass's override
        } else if (required != null && !related(graph, caller.owner(), required)) {
          return false; // a sibling's own method calling up into the base
        } else if (required != null) {
          required = narrower(graph, required, caller.owner());
        }
        continue;
      }
      if (required != null) {
        String needed = required;
        // A receiver declared with type arguments (TaskAccess<RetryTask>) holds no subclass binding others.
        boolean possible = calls.stream().anyMatch(c -> c.receiver() != MethodCall.Receiver.TYPED
            || graph.projectType(c.receiverType()).map(r -> related(graph, r, needed)).orElse(true)
                && graph.mayHold(c.receiverType(), needed));
        if (!possible) {
          return false;
        }
      }
      required = null;
    }
    return true;
  }

  /** The more specific of two required classes (a subclass's override called from its own base). */
  static String narrower(CallGraph graph, String current, String candidate) {
    if (current == null || graph.selfAndAncestors(current).contains(candidate)) {
      return current == null ? candidate : current;
    }
    return candidate;
  }

  /** An object of static type {@code receiver} may be a {@code required}: one is the other's ancestor. */
  private static boolean related(CallGraph graph, String receiver, String required) {
    return graph.selfAndAncestors(receiver).contains(required) || graph.selfAndAncestors(required).contains(receiver);
  }
}
