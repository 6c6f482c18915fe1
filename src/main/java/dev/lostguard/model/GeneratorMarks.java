package dev.lostguard.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What marks a mapper statement as MyBatis Generator output ({@code rules/models/mybatis-generator.json}):
 * the generator's comment inside the element, or one of its fixed statement ids (which name the
 * methods of its annotated mappers too).
 */
public final class GeneratorMarks {

  private static final String RESOURCE = "/rules/models/mybatis-generator.json";

  /** The shape of the data file. */
  record Marks(String description, List<String> comments, List<String> statementIds) {}

  private final List<String> comments;
  private final Set<String> statementIds;

  GeneratorMarks(Marks marks) {
    this.comments = marks.comments().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    this.statementIds = Set.copyOf(marks.statementIds());
  }

  private static final GeneratorMarks BUILT_IN = new GeneratorMarks(BundledData.read(RESOURCE, Marks.class));

  public static GeneratorMarks builtIn() {
    return BUILT_IN;
  }

  /** One of the generator's fixed statement ids ({@code updateByPrimaryKeySelective}). */
  public boolean generatedId(String id) {
    return statementIds.contains(id);
  }

  public boolean generated(String id, MapperNode.Element statement) {
    if (generatedId(id)) {
      return true;
    }
    for (MapperNode child : statement.children()) {
      if (child instanceof MapperNode.Comment comment) {
        String text = comment.text().toLowerCase(Locale.ROOT);
        if (comments.stream().anyMatch(text::contains)) {
          return true;
        }
      }
    }
    return false;
  }
}
