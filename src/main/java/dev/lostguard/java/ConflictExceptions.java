package dev.lostguard.java;

import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import java.util.List;

/** The conflict exception a catch, a handler or an annotation names, as the vocabulary knows them. */
final class ConflictExceptions {

  private final ConflictVocabulary vocabulary;
  private final ImportScope imports;

  ConflictExceptions(ConflictVocabulary vocabulary, ImportScope imports) {
    this.vocabulary = vocabulary;
    this.imports = imports;
  }

  /** The first conflict exception among {@code X.class} or {@code {X.class, Y.class}}; null when none. */
  String firstClass(Expression expression) {
    List<Expression> values =
        expression instanceof ArrayInitializerExpr array ? array.getValues() : List.of(expression);
    for (Expression value : values) {
      if (value instanceof ClassExpr classExpr) {
        String exception = in(classExpr.getType());
        if (exception != null) {
          return exception;
        }
      }
    }
    return null;
  }

  /** The conflict exception a (possibly multi-catch) type names; null when none. */
  String in(Type type) {
    if (type instanceof UnionType union) {
      for (Type element : union.getElements()) {
        String exception = in(element);
        if (exception != null) {
          return exception;
        }
      }
      return null;
    }
    return type instanceof ClassOrInterfaceType named
        ? vocabulary.conflictException(named.getNameWithScope(), imports)
        : null;
  }
}
