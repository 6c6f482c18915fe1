package dev.lostguard.model;

/**
 * A weak entity tag built in a method body: a {@code "W/..."} string or {@code new EntityTag(.., true)}.
 * Weak tags mean "semantically equivalent", and RFC 9110 forbids them in the strong comparison
 * {@code If-Match} needs: a handler that compares them is not guarded.
 *
 * @param location the literal or the construction
 */
public record WeakEtag(Location location, MethodRef method) implements CodePattern {}
