package dev.lostguard.model;

/**
 * A conflict exception caught and turned into success: the {@code catch} body only logs, does
 * nothing, or returns a success value ({@code return;}, {@code true}, the entity, {@code
 * ResponseEntity.ok(..)}, a 2xx status), and neither throws nor answers 409/412.
 *
 * @param location the {@code catch} clause
 * @param exception the caught conflict exception's simple name, as written
 * @param outcome what the caller sees instead: {@code ignored}, {@code logged} or {@code returns <expr>}
 * @param inWebController the catch is written in a class annotated as a web controller
 */
public record ConflictCatch(
    Location location, MethodRef method, String exception, String outcome, boolean inWebController)
    implements CodePattern {}
