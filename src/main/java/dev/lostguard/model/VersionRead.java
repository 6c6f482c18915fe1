package dev.lostguard.model;

/**
 * A query in a method body whose SQL text selects a version column ({@code SELECT version FROM t
 * WHERE id = ?}): a version the server read for itself. Bound into a later {@code AND version = ?} of
 * the same request, it checks the row against itself, not against the copy the client edited.
 *
 * @param location the call that runs the query
 */
public record VersionRead(Location location, MethodRef method) implements CodePattern {}
