package dev.lostguard.java;

import com.github.javaparser.ast.stmt.CatchClause;
import dev.lostguard.model.ConflictCatch;
import dev.lostguard.model.MethodRef;

/** Catches of a conflict exception that swallow it: the caller hears of success. */
final class ConflictCatches {

  private ConflictCatches() {}

  /** The catch when its body only ignores, logs or returns success; else null. */
  static ConflictCatch of(String path, CatchClause clause, MethodRef method, String exception, boolean webController) {
    String outcome = SwallowedOutcome.of(clause.getBody().getStatements(), false);
    return outcome == null ? null : new ConflictCatch(Anchors.of(path, clause), method, exception, outcome, webController);
  }
}
