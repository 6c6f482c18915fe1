package dev.lostguard.model;

import java.util.List;
import java.util.Map;

/**
 * An annotation as written, matched later by qualified name.
 *
 * @param names qualified names it may denote, most likely first (from imports; as written when
 *     fully qualified)
 * @param attributes attribute name ({@code value} for the single-member form) to its values as
 *     source text with string quotes removed: {@code @PutMapping({"/a", "/b"})} gives
 *     {@code value -> [/a, /b]}; {@code method = RequestMethod.PUT} gives {@code method -> [RequestMethod.PUT]}
 * @param constantValues values written with constants ({@code BASE_PATH}, {@code "/a" + Paths.V1}), by their
 *     source text as {@code attributes} holds it, as text for {@link ConstantPool} to resolve
 */
public record AnnotationFacts(
    List<String> names, Map<String, List<String>> attributes, Map<String, SqlText> constantValues, Location location) {

  public AnnotationFacts(List<String> names, Map<String, List<String>> attributes, Location location) {
    this(names, attributes, Map.of(), location);
  }

  /** The value with its constants resolved, or as written when some part is not a known constant. */
  public String resolved(String value, ConstantPool constants) {
    SqlText text = constantValues.get(value);
    return text == null ? value : constants.resolve(text).text().orElse(value);
  }

  public boolean is(String qualifiedName) {
    return names.contains(qualifiedName);
  }
}
