package dev.lostguard.java;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.lostguard.model.AnnotationFacts;
import dev.lostguard.model.SqlText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads annotations into {@link AnnotationFacts}: name candidates through the file's imports, and
 * each attribute's values as source text, arrays flattened and string quotes removed. Values that are
 * expressions ({@code "/api" + VERSION}) keep their source text; nothing is evaluated here, but values
 * that name constants are also read as {@link SqlText} for the scan to resolve.
 */
final class AnnotationReader {

  private final String path;
  private final ImportScope imports;
  /** Reads a value as text in the scope where the annotation is written. */
  private final Function<Expression, SqlText> constantText;

  AnnotationReader(String path, ImportScope imports, Function<Expression, SqlText> constantText) {
    this.path = path;
    this.imports = imports;
    this.constantText = constantText;
  }

  List<AnnotationFacts> read(NodeList<AnnotationExpr> annotations) {
    if (annotations.isEmpty()) {
      return List.of();
    }
    List<AnnotationFacts> facts = new ArrayList<>(annotations.size());
    for (AnnotationExpr annotation : annotations) {
      facts.add(read(annotation));
    }
    return List.copyOf(facts);
  }

  AnnotationFacts read(AnnotationExpr annotation) {
    Map<String, SqlText> constantValues = new HashMap<>();
    Map<String, List<String>> attributes = attributes(annotation, constantValues);
    return new AnnotationFacts(imports.typeCandidates(annotation.getNameAsString()), attributes,
        constantValues.isEmpty() ? Map.of() : Map.copyOf(constantValues), Anchors.of(path, annotation));
  }

  private Map<String, List<String>> attributes(AnnotationExpr annotation, Map<String, SqlText> constantValues) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return Map.of("value", values(single.getMemberValue(), constantValues));
    }
    if (annotation instanceof NormalAnnotationExpr normal && !normal.getPairs().isEmpty()) {
      NodeList<MemberValuePair> pairs = normal.getPairs();
      if (pairs.size() == 1) {
        return Map.of(pairs.get(0).getNameAsString(), values(pairs.get(0).getValue(), constantValues));
      }
      // Source order, so that equal sources give equal facts in every run.
      Map<String, List<String>> attributes = new LinkedHashMap<>();
      for (MemberValuePair pair : pairs) {
        attributes.put(pair.getNameAsString(), values(pair.getValue(), constantValues));
      }
      return Collections.unmodifiableMap(attributes);
    }
    return Map.of();
  }

  private List<String> values(Expression value, Map<String, SqlText> constantValues) {
    if (value instanceof ArrayInitializerExpr array) {
      List<String> values = new ArrayList<>(array.getValues().size());
      flatten(array, values, constantValues);
      return List.copyOf(values);
    }
    return List.of(value(value, constantValues));
  }

  private void flatten(ArrayInitializerExpr array, List<String> out, Map<String, SqlText> constantValues) {
    for (Expression value : array.getValues()) {
      if (value instanceof ArrayInitializerExpr nested) {
        flatten(nested, out, constantValues);
      } else {
        out.add(value(value, constantValues));
      }
    }
  }

  /** The value's source text; a value naming constants is also read as text, when every part can be. */
  private String value(Expression value, Map<String, SqlText> constantValues) {
    String text = text(value);
    if (value instanceof NameExpr || value instanceof FieldAccessExpr || value instanceof EnclosedExpr
        || value instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      SqlText read = constantText.apply(value);
      if (!FactsWalker.containsUnknown(read)) {
        constantValues.putIfAbsent(text, read);
      }
    }
    return text;
  }

  /** Source text of a value; the common shapes without the pretty printer. */
  static String text(Expression value) {
    if (value instanceof StringLiteralExpr string) {
      return string.asString();
    }
    if (value instanceof TextBlockLiteralExpr block) {
      return block.asString();
    }
    if (value instanceof LiteralStringValueExpr literal) {
      return literal.getValue();
    }
    if (value instanceof NameExpr name) {
      return name.getNameAsString();
    }
    if (value instanceof FieldAccessExpr access && isName(access.getScope())) {
      return text(access.getScope()) + "." + access.getNameAsString();
    }
    if (value instanceof ClassExpr type) {
      return type.getType().asString() + ".class";
    }
    return value.toString();
  }

  private static boolean isName(Expression scope) {
    return scope instanceof NameExpr || scope instanceof FieldAccessExpr access && isName(access.getScope());
  }
}
