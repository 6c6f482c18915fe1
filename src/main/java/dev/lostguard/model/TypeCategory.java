package dev.lostguard.model;

/** The coarse family of a column type: all the rules need to know about it. */
public enum TypeCategory {
  INTEGRAL,
  TEMPORAL,
  TEXT,
  OTHER,
  UNKNOWN
}
