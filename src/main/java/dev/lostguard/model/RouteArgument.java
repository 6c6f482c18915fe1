package dev.lostguard.model;

/**
 * One argument of a {@link RouteCall}, as a route or a handler can be written.
 *
 * @param kind what the argument is
 * @param text the route text for {@link Kind#TEXT} (literals and constants, resolved project-wide), else null
 * @param reference the method a {@link Kind#REFERENCE} names, as a call of any arity, else null
 * @param parameter the enclosing method's parameter index for {@link Kind#PARAMETER}, else -1
 */
public record RouteArgument(Kind kind, SqlText text, MethodCall reference, int parameter) {

  /** What a route call's argument is. */
  public enum Kind {
    /** A string: a literal, a constant, a local assigned once from them; {@link SqlText.Unknown} when not known. */
    TEXT,
    /** A method reference ({@code this::update}, {@code notes::update}, {@code NoteRoutes::update}), also through a variable. */
    REFERENCE,
    /** A lambda, inline or through a variable of the same method or type: its body runs as the enclosing method. */
    LAMBDA,
    /** A parameter of the enclosing method, as written or as an argument of a call ({@code wrap(handler)}). */
    PARAMETER,
    /** Anything else. */
    OTHER
  }

  public static RouteArgument text(SqlText text) {
    return new RouteArgument(Kind.TEXT, text, null, -1);
  }

  public static RouteArgument reference(MethodCall reference) {
    return new RouteArgument(Kind.REFERENCE, null, reference, -1);
  }

  public static RouteArgument lambda() {
    return new RouteArgument(Kind.LAMBDA, null, null, -1);
  }

  public static RouteArgument parameter(int index) {
    return new RouteArgument(Kind.PARAMETER, null, null, index);
  }

  public static RouteArgument other() {
    return new RouteArgument(Kind.OTHER, null, null, -1);
  }

  /** A method reference or a lambda: code that can serve a route. */
  public boolean handler() {
    return kind == Kind.REFERENCE || kind == Kind.LAMBDA;
  }
}
