package dev.lostguard.model;

/**
 * Code that refuses a stale save itself: it throws a conflict ({@code HttpStatus.CONFLICT}, 409 or
 * 412, an exception named like a conflict) when a version or last-modified value it compares differs
 * ({@code if (!same(form.getUpdatedAt(), stored.getUpdatedAt())) throw new ConflictException(..)}).
 * The write that follows carries no version predicate, yet the application checks the client's copy.
 *
 * @param location the throw statement
 * @param method the method holding it
 * @param condition the tested condition, as written
 */
public record FreshnessCheck(Location location, MethodRef method, String condition) implements CodePattern {}
