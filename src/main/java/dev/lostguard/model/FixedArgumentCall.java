package dev.lostguard.model;

import java.util.List;

/**
 * A call on a mapper or DAO that passes no entity but fixes some of its arguments in code
 * ({@code taskMapper.updateState(id, "DONE", null)}, {@code mapper.setFlag(id, Flag.OFF.getCode())}).
 * When every project call of a MyBatis statement's method fixes a parameter, the statement writes a
 * value the code chose, not one a user read: it is judged with that parameter as its literal.
 *
 * @param location the call
 * @param method the calling method
 * @param name the called method's name
 * @param literals each argument's SQL literal when the code fixes it, else null, in argument order
 */
public record FixedArgumentCall(Location location, MethodRef method, String name, List<String> literals)
    implements CodePattern {

  public int arity() {
    return literals.size();
  }
}
