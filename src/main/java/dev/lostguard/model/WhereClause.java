package dev.lostguard.model;

import java.util.List;

/**
 * What a write's filter says about the rows it touches.
 *
 * @param present false for a write with no WHERE at all (every row)
 * @param conjuncts the column comparisons joined by top-level AND
 * @param opaque true when some top-level conjunct is not a plain column comparison (an OR, a
 *     sub-query, a function): it narrows the rows in ways the analysis does not model
 */
public record WhereClause(boolean present, List<Predicate> conjuncts, boolean opaque) {

  public static final WhereClause NONE = new WhereClause(false, List.of(), false);
}
