package dev.lostguard.model;

/**
 * One {@code column = value} of a write's {@code SET} (or upsert update) list.
 *
 * @param column lower-case, unqualified
 * @param parameterName the bind name when {@code kind} is {@link ValueKind#PARAMETER} and named, else null
 * @param referencesSelf the value reads the column it writes ({@code n = n + 1}, {@code tags = tags || ?}):
 *     the database computes it atomically from the current row
 * @param incrementsSelf the value is {@code column + x} (or {@code x + column}): a version bump shape
 * @param valueText the value expression as written
 */
public record Assignment(
    String column,
    ValueKind kind,
    String parameterName,
    boolean referencesSelf,
    boolean incrementsSelf,
    String valueText) {}
