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
 */
public record AnnotationFacts(List<String> names, Map<String, List<String>> attributes, Location location) {

  public boolean is(String qualifiedName) {
    return names.contains(qualifiedName);
  }
}
