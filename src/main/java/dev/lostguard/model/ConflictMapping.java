package dev.lostguard.model;

/**
 * A handler that answers a conflict exception for the whole application: a Spring
 * {@code @ExceptionHandler} method (usually in a {@code @ControllerAdvice}) for a conflict exception or
 * one of its supertypes, or a JAX-RS {@code ExceptionMapper<OptimisticLockException>}.
 *
 * @param location the handler method, or the mapper class
 * @param method the handler method ({@code toResponse} for a mapper)
 * @param exception the handled exception's simple name, as written
 * @param status the HTTP status visible in the handler (409, 412), or null when it is not visible
 */
public record ConflictMapping(Location location, MethodRef method, String exception, Integer status)
    implements CodePattern {}
