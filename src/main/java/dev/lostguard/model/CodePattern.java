package dev.lostguard.model;

/**
 * A fact about how code handles concurrency that a rule judges on its own or with the call graph:
 * a version comparison, a retry of an optimistic-lock failure, a caught conflict, an exception
 * mapping. Each kind is a record implementing this interface.
 */
public interface CodePattern {

  /** Where the pattern is written. */
  Location location();

  /** The method it is written in, or null at class level. */
  MethodRef method();
}
