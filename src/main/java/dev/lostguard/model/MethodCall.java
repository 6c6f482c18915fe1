package dev.lostguard.model;

/**
 * A call made in a method body, to be resolved against the project's types.
 *
 * @param receiver how the receiver is known
 * @param receiverType the receiver's declared type (fields, parameters, locals, {@code this}, a class
 *     name for static calls); null when unknown
 * @param arity the number of arguments, or {@link #ANY_ARITY} for a method reference
 * @param line where the call is written
 * @param returnOf for a receiver of unknown type that is itself a call on a known receiver
 *     ({@code factory.orders().save(x)}): that call, whose declared return type the call graph looks
 *     up; null otherwise
 */
public record MethodCall(Receiver receiver, TypeRef receiverType, String name, int arity, int line, MethodCall returnOf) {

  public MethodCall(Receiver receiver, TypeRef receiverType, String name, int arity, int line) {
    this(receiver, receiverType, name, arity, line, null);
  }

  /** The arity of a method reference ({@code dao::save}): its functional interface, unseen here, decides. */
  public static final int ANY_ARITY = -1;

  /** The same call on a receiver of this type, as the return type of {@link #returnOf} says. */
  public MethodCall onReturned(TypeRef type) {
    return new MethodCall(Receiver.TYPED, type, name, arity, line, null);
  }

  /** The same call with a known arity. */
  public MethodCall withArity(int known) {
    return new MethodCall(receiver, receiverType, name, known, line, returnOf);
  }

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
    UNKNOWN,
    /**
     * A bare name that is no local, parameter or field of the class ({@code userService.save(u)} in a
     * controller whose {@code BaseController} declares {@code userService}): only as the
     * {@link MethodCall#returnOf} of an {@link #UNKNOWN} call, named by {@link MethodCall#name}; the
     * call graph reads its type from the class's project supertypes.
     */
    FIELD
  }

  /** The read of {@code field}, a field the class's supertypes declare, as a receiver for {@link #returnOf}. */
  public static MethodCall inheritedField(String field, int line) {
    return new MethodCall(Receiver.FIELD, null, field, 0, line, null);
  }
}
