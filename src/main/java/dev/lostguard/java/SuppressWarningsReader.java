package dev.lostguard.java;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.lostguard.model.Location;
import dev.lostguard.model.SuppressionDirective;
import dev.lostguard.model.SuppressionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code @SuppressWarnings("lostguard:<rule-id>")} on any declaration (class, method, field,
 * ...): it governs the declaration's whole range, annotations included. Its reason is the {@code //}
 * comment on the line above the annotation (other annotations of the same declaration and blank lines
 * may sit between); a Javadoc does not count, since it describes the code rather than the risk.
 *
 * <p>Only files that mention both {@code lostguard:} and {@code SuppressWarnings} come here, so parsing
 * them a second time costs nothing measurable. A file that does not parse yields no directives: the
 * front-end already reports it.
 */
public final class SuppressWarningsReader {

  private static final String PREFIX = "lostguard:";

  private SuppressWarningsReader() {}

  /**
   * @param lines {@code source} split into lines, for the reason comments
   */
  public static List<SuppressionDirective> read(String path, String source, String[] lines) {
    List<SuppressionDirective> directives = new ArrayList<>();
    try {
      Optional<CompilationUnit> unit = JavaParsing.parse(JavaParsing.newParser(), source).unit();
      unit.ifPresent(u -> u.findAll(AnnotationExpr.class).forEach(annotation -> {
        String name = annotation.getNameAsString();
        if (name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings")) {
          read(path, annotation, lines, directives);
        }
      }));
    } catch (RuntimeException | StackOverflowError e) {
      // Deep nesting or a parser bug: the front-end reports the file; its annotations suppress nothing.
      return List.of();
    }
    return directives;
  }

  private static void read(String path, AnnotationExpr annotation, String[] lines, List<SuppressionDirective> out) {
    Optional<Range> at = annotation.getRange();
    Optional<Range> declaration = annotation.getParentNode().flatMap(Node::getRange);
    if (at.isEmpty() || declaration.isEmpty()) {
      return;
    }
    for (String value : values(annotation)) {
      if (!value.startsWith(PREFIX)) {
        continue;
      }
      String ruleId = value.substring(PREFIX.length()).strip();
      String reason = reason(annotation, at.get(), lines);
      Location location =
          new Location(path, at.get().begin.line, at.get().begin.column, at.get().end.line, at.get().end.column);
      out.add(new SuppressionDirective(
          SuppressionKind.ANNOTATION, ruleId, reason, location, declaration.get().begin.line,
          declaration.get().end.line, ("suppress-warnings " + ruleId + " " + reason).strip().replaceAll("\\s+", " ")));
    }
  }

  private static List<String> values(AnnotationExpr annotation) {
    Expression value = null;
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      value = single.getMemberValue();
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      value = normal.getPairs().stream()
          .filter(pair -> pair.getNameAsString().equals("value"))
          .map(MemberValuePair::getValue)
          .findFirst()
          .orElse(null);
    }
    List<Expression> items = new ArrayList<>();
    if (value instanceof ArrayInitializerExpr array) {
      items.addAll(array.getValues());
    } else if (value != null) {
      items.add(value);
    }
    return items.stream()
        .filter(StringLiteralExpr.class::isInstance)
        .map(item -> ((StringLiteralExpr) item).asString())
        .toList();
  }

  /** The {@code //} comment above the annotation, skipping blank lines and the declaration's other annotations. */
  private static String reason(AnnotationExpr annotation, Range at, String[] lines) {
    List<Range> siblings = new ArrayList<>();
    annotation.getParentNode()
        .filter(NodeWithAnnotations.class::isInstance)
        .map(parent -> ((NodeWithAnnotations<?>) parent).getAnnotations())
        .ifPresent(all -> all.forEach(other -> other.getRange().ifPresent(siblings::add)));
    for (int line = at.begin.line - 1; line >= 1 && line <= lines.length; line--) {
      int number = line;
      String text = lines[line - 1].strip();
      if (text.isEmpty() || siblings.stream().anyMatch(r -> r.begin.line <= number && number <= r.end.line)) {
        continue;
      }
      return text.startsWith("//") ? text.substring(2).strip() : "";
    }
    return "";
  }
}
