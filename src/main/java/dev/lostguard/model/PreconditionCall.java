package dev.lostguard.model;

/**
 * A conditional-request check in a method body: JAX-RS {@code Request.evaluatePreconditions(..)} or
 * Spring {@code WebRequest.checkNotModified(..)}. It guards a write only when its result decides
 * whether the write runs.
 *
 * @param location the call's method name
 * @param call {@code evaluatePreconditions} or {@code checkNotModified}
 * @param resultUsed the result is kept or tested; false for a bare statement that throws it away
 */
public record PreconditionCall(Location location, MethodRef method, String call, boolean resultUsed)
    implements CodePattern {}
