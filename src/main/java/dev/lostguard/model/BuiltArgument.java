package dev.lostguard.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A call that passes an entity the calling method builds itself ({@code Shipment s = new Shipment();
 * s.setStatus(..); mapper.update(s)}, or {@code new Shipment().setStatus(..)} in the call): which
 * properties the method set before the call and, for each, the SQL literal when the code fixes the
 * value. A MyBatis statement whose SQL depends on which properties are non-null ({@code <if test="status
 * != null">}) is judged per such call. An entity that is a parameter, a query result or a field, one
 * built by a constructor with arguments, or one handed to other code before the call is never one: what
 * it carries is not known here; a row it loaded and only changed with setters counts, the setters being
 * all it changes. Recorded only for calls on a field, or on a local typed as a mapper or
 * DAO, so most calls store nothing.
 *
 * @param location the call
 * @param method the calling method
 * @param name the called method's name
 * @param arity the call's number of arguments
 * @param rowCount what the calling method does with the call's result, read as a row count
 * @param properties the properties set, in source order
 * @param loadedRow the entity is a row the method loaded ({@code selectByPrimaryKey}) and changed with
 *     setters: every other property is present, written back as it was read a moment ago
 */
public record BuiltArgument(
    Location location, MethodRef method, String name, int arity, RowCountUse rowCount, List<SetProperty> properties,
    boolean loadedRow)
    implements CodePattern {

  /**
   * One property the method sets.
   *
   * @param literal the SQL literal when every setter of the property fixes the same value, else null
   */
  public record SetProperty(String name, String literal) {}

  /** The properties as a map from name to literal (null when not fixed), sorted by name. */
  public Map<String, String> asMap() {
    Map<String, String> set = new TreeMap<>();
    properties.forEach(p -> set.put(p.name(), p.literal()));
    return set;
  }
}
