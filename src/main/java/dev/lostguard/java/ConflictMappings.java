package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lostguard.model.ConflictMapping;
import dev.lostguard.model.MethodRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a conflict exception becomes a response: an exception handler method, an exception mapper
 * class, or a catch that answers 409/412 itself. The status is null when the handler names neither.
 */
final class ConflictMappings {

  private final String path;
  private final ConflictVocabulary vocabulary;
  private final ImportScope imports;
  private final ConflictExceptions exceptions;

  ConflictMappings(String path, ConflictVocabulary vocabulary, ImportScope imports, ConflictExceptions exceptions) {
    this.path = path;
    this.vocabulary = vocabulary;
    this.imports = imports;
    this.exceptions = exceptions;
  }

  /** The mapping of a method whose first exception-handler annotation handles a conflict; else null. */
  ConflictMapping handler(MethodDeclaration n, MethodRef method) {
    for (AnnotationExpr annotation : n.getAnnotations()) {
      if (!vocabulary.isExceptionHandler(annotation, imports)) {
        continue;
      }
      String exception = AnnotationMatcher.attribute(annotation, "value").map(exceptions::firstClass).orElse(null);
      if (exception == null) {
        for (Parameter parameter : n.getParameters()) {
          exception = exception == null ? exceptions.in(parameter.getType()) : exception;
        }
      }
      return exception == null ? null : new ConflictMapping(Anchors.of(path, n.getName()), method, exception, statusIn(n));
    }
    return null;
  }

  /** One mapping for each exception-mapper interface the class implements for a conflict exception. */
  List<ConflictMapping> mapper(ClassOrInterfaceDeclaration n, String qualifiedName) {
    List<ConflictMapping> mappings = new ArrayList<>();
    for (ClassOrInterfaceType implemented : n.getImplementedTypes()) {
      if (!vocabulary.isExceptionMapper(implemented.getNameWithScope(), imports)) {
        continue;
      }
      NodeList<Type> arguments = implemented.getTypeArguments().orElse(new NodeList<>());
      String exception = arguments.size() == 1 ? exceptions.in(arguments.get(0)) : null;
      if (exception != null) {
        mappings.add(new ConflictMapping(Anchors.of(path, n.getName()),
            new MethodRef(qualifiedName, "toResponse", 1), exception, statusIn(n)));
      }
    }
    return mappings;
  }

  /** A catch answering 409/412 maps the conflict where it happens, as an exception handler would; else null. */
  ConflictMapping caught(CatchClause clause, MethodRef method, String exception) {
    Integer status = statusIn(clause.getBody());
    return status == null ? null : new ConflictMapping(Anchors.of(path, clause), method, exception, status);
  }

  /** 409 or 412 when the handler names {@code CONFLICT}/{@code PRECONDITION_FAILED} or the number; else null. */
  private static Integer statusIn(Node handler) {
    Integer[] status = {null};
    handler.walk(node -> {
      if (status[0] != null) {
        return;
      }
      String text = node instanceof SimpleName simple ? simple.getIdentifier()
          : node instanceof IntegerLiteralExpr literal ? literal.getValue() : null;
      if ("CONFLICT".equals(text) || "409".equals(text)) {
        status[0] = 409;
      } else if ("PRECONDITION_FAILED".equals(text) || "412".equals(text)) {
        status[0] = 412;
      }
    });
    return status[0];
  }
}
