package dev.lostguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.lostguard.model.TypeRef;
import dev.lostguard.model.VersionOperand;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Declared types of the operands of a comparison, from what one file declares: locals and parameters,
 * fields of the enclosing classes, and getters (declared, record accessors, Lombok {@code @Getter},
 * {@code @Data}, {@code @Value}) of classes in the same file. A getter of a class in another file stays
 * unknown, with its receiver type and name kept for a project-wide lookup.
 */
final class VersionOperands {

  private static final Set<String> LOMBOK_GETTERS = Set.of("Getter", "Data", "Value", "lombok.Getter",
      "lombok.Data", "lombok.Value");
  private static final Set<String> BOXES = Set.of("Long", "Integer", "Short", "Byte");

  /** What a class of this file lets an expression read: field types and no-argument getter types. */
  record ClassShape(Map<String, String> fields, Map<String, String> getters) {

    String getter(String name) {
      return getters.get(name);
    }
  }

  private final ImportScope imports;
  private final Map<String, ClassShape> bySimpleName = new HashMap<>();
  private final Map<TypeDeclaration<?>, ClassShape> byDeclaration = new IdentityHashMap<>();

  VersionOperands(CompilationUnit unit, ImportScope imports) {
    this.imports = imports;
    unit.getTypes().forEach(this::declare);
  }

  private void declare(TypeDeclaration<?> declaration) {
    Map<String, String> fields = new HashMap<>();
    Map<String, String> getters = new HashMap<>();
    boolean lombokClass = hasLombokGetter(declaration.getAnnotations());
    if (declaration instanceof RecordDeclaration record) {
      record.getParameters().forEach(p -> {
        fields.put(p.getNameAsString(), written(p.getType()));
        getters.put(p.getNameAsString(), written(p.getType()));
      });
    }
    for (BodyDeclaration<?> member : declaration.getMembers()) {
      if (member instanceof FieldDeclaration field) {
        boolean lombok = lombokClass || hasLombokGetter(field.getAnnotations());
        for (VariableDeclarator variable : field.getVariables()) {
          String type = written(variable.getType());
          fields.put(variable.getNameAsString(), type);
          if (lombok) {
            getters.put(accessor(variable.getNameAsString(), type), type);
          }
        }
      } else if (member instanceof MethodDeclaration method && method.getParameters().isEmpty()) {
        getters.put(method.getNameAsString(), written(method.getType()));
      } else if (member instanceof TypeDeclaration<?> nested) {
        declare(nested);
      }
    }
    ClassShape shape = new ClassShape(fields, getters);
    byDeclaration.put(declaration, shape);
    bySimpleName.putIfAbsent(declaration.getNameAsString(), shape);
  }

  ClassShape shapeOf(TypeDeclaration<?> declaration) {
    return byDeclaration.get(declaration);
  }

  /**
   * The operand {@code expression}, typed.
   *
   * @param localType the declared type of a local or parameter in scope, null when none
   * @param enclosing the shapes of the enclosing classes, innermost first
   */
  VersionOperand operand(Expression expression, Function<String, String> localType, List<ClassShape> enclosing) {
    Expression e = Fluent.unwrap(expression);
    String text = expression.toString();
    if (e instanceof CastExpr cast) {
      return new VersionOperand(text, written(cast.getType()), null, null);
    }
    if (e instanceof MethodCallExpr call && call.getArguments().isEmpty()) {
      String receiverType = null;
      if (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr) {
        String type = getterIn(enclosing, call.getNameAsString());
        if (type != null) {
          return new VersionOperand(text, type, null, null);
        }
      } else {
        receiverType = typeOf(call.getScope().get(), localType, enclosing);
        ClassShape owner = receiverType == null ? null : bySimpleName.get(ConflictVocabulary.simpleName(receiverType));
        String type = owner == null ? null : owner.getter(call.getNameAsString());
        if (type != null) {
          return new VersionOperand(text, type, null, null);
        }
      }
      TypeRef receiver = receiverType == null ? null : new TypeRef(imports.typeCandidates(receiverType), List.of());
      return new VersionOperand(text, null, receiver, call.getNameAsString());
    }
    if (e instanceof MethodCallExpr call && call.getNameAsString().equals("valueOf")
        && call.getScope().orElse(null) instanceof NameExpr box && BOXES.contains(box.getNameAsString())) {
      return new VersionOperand(text, box.getNameAsString(), null, null);
    }
    return new VersionOperand(text, typeOf(e, localType, enclosing), null, null);
  }

  /** The declared type of a name, {@code this.field} or {@code x.field}; null when not declared here. */
  private String typeOf(Expression expression, Function<String, String> localType, List<ClassShape> enclosing) {
    Expression e = Fluent.unwrap(expression);
    if (e instanceof NameExpr name) {
      String local = localType.apply(name.getNameAsString());
      return local != null ? local : fieldIn(enclosing, name.getNameAsString());
    }
    if (e instanceof FieldAccessExpr access) {
      if (access.getScope() instanceof ThisExpr) {
        return fieldIn(enclosing, access.getNameAsString());
      }
      String scopeType = typeOf(access.getScope(), localType, enclosing);
      ClassShape owner = scopeType == null ? null : bySimpleName.get(ConflictVocabulary.simpleName(scopeType));
      return owner == null ? null : owner.fields().get(access.getNameAsString());
    }
    if (e instanceof CastExpr cast) {
      return written(cast.getType());
    }
    return null;
  }

  private static String fieldIn(List<ClassShape> enclosing, String name) {
    for (ClassShape shape : enclosing) {
      String type = shape.fields().get(name);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  private static String getterIn(List<ClassShape> enclosing, String name) {
    for (ClassShape shape : enclosing) {
      String type = shape.getter(name);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  /** The type as written, without type arguments; primitives by keyword; null for {@code var}. */
  static String written(Type type) {
    if (type instanceof PrimitiveType primitive) {
      return primitive.asString();
    }
    if (type.isVarType()) {
      return null;
    }
    return FactsWalker.typeName(type);
  }

  private static String accessor(String field, String type) {
    String capitalized = Character.toUpperCase(field.charAt(0)) + field.substring(1);
    return ("boolean".equals(type) ? "is" : "get") + capitalized;
  }

  private static boolean hasLombokGetter(List<AnnotationExpr> annotations) {
    for (AnnotationExpr annotation : annotations) {
      if (LOMBOK_GETTERS.contains(annotation.getNameAsString())) {
        return true;
      }
    }
    return false;
  }
}
