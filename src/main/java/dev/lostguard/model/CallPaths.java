package dev.lostguard.model;

import java.util.List;

/** The ways entry points reach a method, as the call graph knows them. */
@FunctionalInterface
public interface CallPaths {

  /** The shortest entry chains to {@code method} (at most three), shortest first; empty when none. */
  List<EntryChain> chainsTo(MethodRef method);

  /** No call graph: nothing is reachable. */
  static CallPaths none() {
    return method -> List.of();
  }
}
