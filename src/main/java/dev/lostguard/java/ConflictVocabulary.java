package dev.lostguard.java;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.lostguard.model.BundledData;
import java.util.List;
import java.util.stream.Stream;

/**
 * The names that make code conflict handling ({@code rules/models/conflict-exceptions.json}): the
 * optimistic-lock exceptions, retry annotations, web controller annotations, exception handlers and
 * mappers. Every name is qualified and matched through the file's imports, never by simple name alone.
 */
public final class ConflictVocabulary {

  private static final String RESOURCE = "/rules/models/conflict-exceptions.json";

  /** The shape of the data file. */
  record Names(
      String description,
      List<String> exceptions,
      List<String> retryAnnotations,
      List<String> webControllers,
      List<String> exceptionHandlers,
      List<String> exceptionMappers) {}

  private final Names names;

  ConflictVocabulary(Names names) {
    this.names = names;
  }

  public static ConflictVocabulary builtIn() {
    return new ConflictVocabulary(BundledData.read(RESOURCE, Names.class));
  }

  /**
   * Whether the text may hold a conflict pattern at all: it names a version or a conflict exception.
   * Most files do neither, and a text search is far cheaper than a walk of the tree.
   */
  List<TextNeedles.Needle> mentions() {
    return Stream.concat(Stream.of("ersion"), names.exceptions().stream().map(ConflictVocabulary::simpleName))
        .map(TextNeedles.Needle::exact).toList();
  }

  /** The simple name of the conflict exception {@code written} denotes in this file, or null. */
  String conflictException(String written, ImportScope imports) {
    return matchAny(written, names.exceptions(), imports) ? simpleName(written) : null;
  }

  boolean isRetryAnnotation(AnnotationExpr annotation, ImportScope imports) {
    return matchAny(annotation.getNameAsString(), names.retryAnnotations(), imports);
  }

  boolean isExceptionHandler(AnnotationExpr annotation, ImportScope imports) {
    return matchAny(annotation.getNameAsString(), names.exceptionHandlers(), imports);
  }

  boolean isExceptionMapper(String written, ImportScope imports) {
    return matchAny(written, names.exceptionMappers(), imports);
  }

  boolean isWebController(NodeWithAnnotations<?> declaration, ImportScope imports) {
    for (AnnotationExpr annotation : declaration.getAnnotations()) {
      if (matchAny(annotation.getNameAsString(), names.webControllers(), imports)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchAny(String written, List<String> qualifiedNames, ImportScope imports) {
    String simple = simpleName(written);
    for (String qualified : qualifiedNames) {
      if (simpleName(qualified).equals(simple) && imports.mayDenote(written, qualified)) {
        return true;
      }
    }
    return false;
  }

  static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
