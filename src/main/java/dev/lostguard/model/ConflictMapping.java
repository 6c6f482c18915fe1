package dev.lostguard.model;

/**
 * A place that answers a conflict exception with a response: a Spring {@code @ExceptionHandler}
 * method (usually in a {@code @ControllerAdvice}) for a conflict exception or one of its supertypes,
 * a JAX-RS {@code ExceptionMapper<OptimisticLockException>}, or a {@code catch} of one whose body
 * answers 409/412 ({@code throw new ResponseStatusException(CONFLICT)}).
 *
 * @param location the handler method, the mapper class, or the catch clause
 * @param method the handler method ({@code toResponse} for a mapper), or the method holding the catch
 * @param exception the handled exception's simple name, as written
 * @param status the HTTP status visible in the handler (409, 412), or null when it is not visible
 */
public record ConflictMapping(Location location, MethodRef method, String exception, Integer status)
    implements CodePattern {}
