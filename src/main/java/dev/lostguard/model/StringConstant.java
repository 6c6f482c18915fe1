package dev.lostguard.model;

/**
 * A {@code static final String} field (or an interface constant) that may hold SQL.
 *
 * @param owner the qualified name of the declaring class (nested classes joined with {@code .})
 */
public record StringConstant(String owner, String name, SqlText value, Location location) {}
