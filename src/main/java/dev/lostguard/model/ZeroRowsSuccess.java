package dev.lostguard.model;

/**
 * An {@code if} that tests a count for zero ({@code n == 0}, {@code n < 1}, {@code 0 == n}) and whose
 * branch answers success: it is empty, only logs, or returns normally, {@code true}, a 2xx response or
 * a value. On a version-checked write that count is the conflict, and this answer drops it.
 *
 * @param location the {@code if} statement
 * @param outcome what the caller sees instead: {@code ignored}, {@code logged} or {@code returns <expr>}
 */
public record ZeroRowsSuccess(Location location, MethodRef method, String outcome) implements CodePattern {}
