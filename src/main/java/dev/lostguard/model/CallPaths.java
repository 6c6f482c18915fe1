package dev.lostguard.model;

import java.util.List;

/** The ways entry points reach a method, as the call graph knows them. */
@FunctionalInterface
public interface CallPaths {

  /** The shortest entry chains to {@code method} (at most three), shortest first; empty when none. */
  List<EntryChain> chainsTo(MethodRef method);

  /**
   * The same chains, those whose handler names what the file {@code writtenIn} names ({@code
   * ArticleDao.xml}, {@code ArticleController}) before equally short others.
   */
  default List<EntryChain> chainsTo(MethodRef method, String writtenIn) {
    return chainsTo(method);
  }

  /** Every entry point from which {@code method} is reachable (not only the shortest ways). */
  default List<EntryPoint> entriesReaching(MethodRef method) {
    return chainsTo(method).stream().map(EntryChain::entry).distinct().toList();
  }

  /** No call graph: nothing is reachable. */
  static CallPaths none() {
    return method -> List.of();
  }
}
