package dev.lostguard.model;

/** The comparison of a WHERE conjunct. Only {@link #EQ} on a version column is a guard. */
public enum Operator {
  EQ,
  NE,
  LT,
  LE,
  GT,
  GE,
  IN,
  BETWEEN,
  LIKE,
  IS_NULL,
  IS_NOT_NULL,
  OTHER
}
