package dev.lostguard.model;

/** How a statement names its tables: SQL names tables, JPQL/HQL names entities and their fields. */
public enum QueryLanguage {
  SQL,
  JPQL
}
