package dev.lostguard.rules;

import dev.lostguard.model.EntryChain;
import java.util.List;
import java.util.Set;

/** What the entry chains to a method say about who runs it. */
final class Reach {

  /** Entry kinds where a person waits for the answer. */
  private static final Set<String> USER_FACING = Set.of("http", "graphql", "data-rest");

  private Reach() {}

  /** The first chain that starts at a user-facing entry point, or null. */
  static EntryChain userFacing(List<EntryChain> chains) {
    return chains.stream().filter(c -> USER_FACING.contains(c.entry().kind())).findFirst().orElse(null);
  }

  /** Some chain reaches the method, and none of them is user-facing (jobs and admin commands only). */
  static boolean onlyUnattended(List<EntryChain> chains) {
    return !chains.isEmpty() && userFacing(chains) == null;
  }

  /** {@code PUT /orders/{id} -> OrderController.update -> OrderService.save}. */
  static String path(EntryChain chain) {
    return String.join(" -> ", chain.labels());
  }
}
