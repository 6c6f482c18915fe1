package dev.lostguard.model;

import java.util.List;

/** The ways entry points reach a method, as the call graph knows them. */
@FunctionalInterface
public interface CallPaths {

  /** The shortest entry chains to {@code method} (at most three), shortest first; empty when none. */
  List<EntryChain> chainsTo(MethodRef method);

  /** Every entry point from which {@code method} is reachable (not only the shortest ways). */
  default List<EntryPoint> entriesReaching(MethodRef method) {
    return chainsTo(method).stream().map(EntryChain::entry).distinct().toList();
  }

  /** No call graph: nothing is reachable. */
  static CallPaths none() {
    return method -> List.of();
  }
}
