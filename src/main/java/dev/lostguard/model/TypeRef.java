package dev.lostguard.model;

import java.util.List;

/**
 * A type as written in a declaration, without a classpath.
 *
 * @param candidates qualified names it may denote, most likely first
 * @param arguments its type arguments, each a {@code TypeRef}: {@code JpaRepository<Order, Long>}
 */
public record TypeRef(List<String> candidates, List<TypeRef> arguments) {

  /** The simple name as written (last segment of the first candidate). */
  public String simpleName() {
    String first = candidates.isEmpty() ? "" : candidates.get(0);
    return first.substring(first.lastIndexOf('.') + 1);
  }
}
