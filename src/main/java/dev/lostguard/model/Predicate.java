package dev.lostguard.model;

/**
 * One top-level conjunct of a WHERE clause that compares a column of the written table.
 *
 * @param column lower-case, unqualified
 * @param parameterName the bind name when the value is a named parameter, else null
 * @param valueText the compared value as written
 */
public record Predicate(
    String column, Operator operator, ValueKind valueKind, String parameterName, String valueText) {}
