package dev.lostguard.model;

import java.util.List;
import java.util.Map;

/**
 * A piece of a MyBatis mapper's XML as the front-end read it: text, or an element with its attributes,
 * line and children. Dynamic SQL ({@code <if>}, {@code <set>}, {@code <include>}, ...) stays a tree
 * until the whole project is known, because an {@code <include>} may name a fragment of another mapper.
 */
public sealed interface MapperNode {

  /** Character data (entities decoded, CDATA included). */
  record Text(String text) implements MapperNode {}

  /** A comment: MyBatis Generator marks its output with one. */
  record Comment(String text) implements MapperNode {}

  /**
   * An element.
   *
   * @param name the tag name as written ({@code if}, {@code where}, {@code include})
   * @param line 1-based line of the element's {@code <}
   * @param column 1-based column of the element's {@code <}
   * @param endLine line of the last character of its end tag
   * @param endColumn column of the last character of its end tag, inclusive
   */
  record Element(
      String name,
      Map<String, String> attributes,
      int line,
      int column,
      int endLine,
      int endColumn,
      List<MapperNode> children)
      implements MapperNode {

    /** The attribute's value, or {@code fallback} when absent. */
    public String attribute(String key, String fallback) {
      return attributes.getOrDefault(key, fallback);
    }
  }
}
