package dev.lostguard.sql;

import java.util.List;
import java.util.Map;

/**
 * One element of a Liquibase changelog, the same for XML, YAML and JSON: a change set, a change, a
 * column or its constraints. XML attributes and YAML/JSON scalar fields become {@code attributes};
 * nested elements, and the entries of YAML/JSON lists ({@code changes}, {@code columns}), become
 * {@code children}, so {@code createTable} has its {@code column}s as children in every format.
 *
 * @param text the element's text (XML content, or a YAML/JSON scalar given as the whole change, such
 *     as {@code - sql: UPDATE ...}); empty when none
 * @param line 1-based line where the element starts
 * @param textLine 1-based line where {@code text} starts
 */
record ChangelogNode(
    String name, Map<String, String> attributes, List<ChangelogNode> children, String text, int line, int textLine) {

  String attribute(String key) {
    return attributes.get(key);
  }

  boolean flag(String key) {
    return "true".equalsIgnoreCase(attributes.getOrDefault(key, "").strip());
  }

  List<ChangelogNode> children(String childName) {
    return children.stream().filter(c -> c.name().equals(childName)).toList();
  }
}
