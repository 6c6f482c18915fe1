package dev.lostguard.model;

/**
 * A call made in a method body, to be resolved against the project's types.
 *
 * @param receiver how the receiver is known
 * @param receiverType the receiver's declared type (fields, parameters, locals, {@code this}, a class
 *     name for static calls); null when unknown
 * @param line where the call is written
 */
public record MethodCall(Receiver receiver, TypeRef receiverType, String name, int arity, int line) {

  /** Where a call's receiver comes from. */
  public enum Receiver {
    /** No receiver, or {@code this.}: a method of the enclosing class (or its supertypes). */
    THIS,
    /** {@code super.m()}. */
    SUPER,
    /** {@code Type.m()}. */
    STATIC,
    /** A field, parameter or local with a declared type, or what such a provider hands out ({@code p.get()}). */
    TYPED,
    /** Anything else: a chained call, an expression whose type is not declared. */
    UNKNOWN
  }
}
