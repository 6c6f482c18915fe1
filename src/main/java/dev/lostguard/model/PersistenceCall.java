package dev.lostguard.model;

import java.util.Set;

/**
 * A call on a JPA {@code EntityManager} or a Hibernate {@code Session} (jakarta, javax or
 * org.hibernate, found through the receiver's declared type or a {@code getCurrentSession()}-style
 * getter): the writes that do not go through a Spring Data repository, and the loads that make an
 * entity managed.
 *
 * @param location the call's method name
 * @param operation the method called: {@code merge}, {@code persist}, {@code update}, {@code
 *     saveOrUpdate}, {@code save} (writes); {@code find}, {@code getReference}, {@code get}, {@code
 *     load} (loads); {@code lock}, {@code refresh}
 * @param entity the entity's declared type: the written object's (a local, parameter, field or
 *     {@code new}), or the class literal of a load; null when the source does not show it
 */
public record PersistenceCall(Location location, MethodRef method, String operation, TypeRef entity)
    implements CodePattern {

  private static final Set<String> WRITES = Set.of("merge", "persist", "update", "saveOrUpdate", "save");
  private static final Set<String> LOADS = Set.of("find", "getReference", "get", "load");

  /** Every operation this fact records, for the front-end. */
  public static boolean recorded(String operation) {
    return WRITES.contains(operation) || LOADS.contains(operation) || operation.equals("lock")
        || operation.equals("refresh");
  }

  public boolean writes() {
    return WRITES.contains(operation);
  }

  /** Reads a row into a managed entity, whose setter changes the dirty check writes. */
  public boolean loads() {
    return LOADS.contains(operation);
  }
}
