package dev.lostguard.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.ParameterFacts;
import dev.lostguard.model.RouteCall;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.TypeFacts;
import dev.lostguard.model.TypeParameter;
import dev.lostguard.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The declarations half of {@link FactsWalker}'s one pass: it opens a frame when the walker enters a
 * type or a method and turns each finished frame into {@link TypeFacts} / {@link MethodFacts}. Calls
 * are typed by {@link ReceiverTypes} from what the walker already knows (locals and parameters in
 * {@link MethodScope}, fields here and in {@link TypeScope}); nothing searches the tree again and no AST
 * node outlives the file.
 *
 * <p>Methods of anonymous classes are no methods of their own: their calls count for the enclosing
 * method (as calls in lambdas do). Methods of enum constant bodies count as the enum's. Calls in field
 * initializers and initializer blocks are not recorded.
 */
final class CodeFacts {

  private static final Set<String> LOMBOK = Set.of("lombok");
  /** Lombok annotations that generate a constructor taking the fields. */
  private static final List<String> LOMBOK_CONSTRUCTORS =
      List.of("RequiredArgsConstructor", "AllArgsConstructor", "Data", "Value", "Builder");

  private final String path;
  private final TypeRefs refs;
  private final ReceiverTypes receivers;
  private final AnnotationReader annotations;
  private final AnnotationMatcher matcher;
  private final RouteCalls routes;
  /** Types in source order; a slot is reserved on entry and filled on exit, so outer types come first. */
  private final List<TypeFacts> types = new ArrayList<>();
  private TypeFrame type;
  private MethodFrame method;

  /**
   * @param constantText reads an annotation value in the scope of the type being read
   * @param routeText reads a route argument in the scope of the type and method being read
   */
  CodeFacts(String path, ImportScope imports, Map<String, String> declaredTypes,
      Function<Expression, SqlText> constantText, BiFunction<Expression, MethodScope, SqlText> routeText) {
    this.path = path;
    this.refs = new TypeRefs(imports, declaredTypes);
    this.receivers = new ReceiverTypes(refs);
    this.annotations = new AnnotationReader(path, imports, constantText);
    this.matcher = new AnnotationMatcher(imports);
    this.routes = new RouteCalls(imports, refs, receivers, routeText);
  }

  List<TypeFacts> types() {
    return List.copyOf(types);
  }

  // ---- types

  void enterType(TypeDeclaration<?> declaration, String qualifiedName) {
    TypeFacts.Kind kind = kind(declaration);
    List<TypeRef> supertypes = new ArrayList<>();
    TypeRef superclass = null;
    if (declaration instanceof ClassOrInterfaceDeclaration declared) {
      for (ClassOrInterfaceType extended : declared.getExtendedTypes()) {
        supertypes.add(refs.of(extended));
      }
      superclass = declared.isInterface() || supertypes.isEmpty() ? null : supertypes.get(0);
      declared.getImplementedTypes().forEach(t -> supertypes.add(refs.of(t)));
    } else if (declaration instanceof EnumDeclaration declared) {
      declared.getImplementedTypes().forEach(t -> supertypes.add(refs.of(t)));
    } else if (declaration instanceof RecordDeclaration declared) {
      declared.getImplementedTypes().forEach(t -> supertypes.add(refs.of(t)));
    }
    TypeFrame frame = new TypeFrame(type, method, declaration, qualifiedName, kind, List.copyOf(supertypes), superclass);
    declareFields(frame, declaration);
    frame.injected = kind == TypeFacts.Kind.RECORD || lombokConstructor(declaration.getAnnotations());
    frame.slot = types.size();
    types.add(null);
    type = frame;
    method = null;
  }

  void exitType() {
    TypeFrame frame = type;
    types.set(
        frame.slot,
        new TypeFacts(
            frame.qualifiedName,
            frame.kind,
            frame.supertypes,
            annotations.read(frame.declaration.getAnnotations()),
            frame.fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(frame.fields),
            List.copyOf(frame.methods),
            Anchors.of(path, frame.declaration.getName()),
            frame.injected,
            typeParameters(frame.declaration)));
    type = frame.outer;
    method = frame.outerMethod;
  }

  /** {@code <E extends BaseEntity, M extends CRUDMapper>}: each name with its first bound. */
  private List<TypeParameter> typeParameters(TypeDeclaration<?> declaration) {
    if (!(declaration instanceof ClassOrInterfaceDeclaration declared) || declared.getTypeParameters().isEmpty()) {
      return List.of();
    }
    List<TypeParameter> parameters = new ArrayList<>();
    for (com.github.javaparser.ast.type.TypeParameter parameter : declared.getTypeParameters()) {
      TypeRef bound = parameter.getTypeBound().isEmpty() ? null : refs.of(parameter.getTypeBound().get(0));
      parameters.add(new TypeParameter(parameter.getNameAsString(), bound));
    }
    return List.copyOf(parameters);
  }

  private static TypeFacts.Kind kind(TypeDeclaration<?> declaration) {
    if (declaration instanceof ClassOrInterfaceDeclaration declared) {
      return declared.isInterface() ? TypeFacts.Kind.INTERFACE : TypeFacts.Kind.CLASS;
    }
    if (declaration instanceof EnumDeclaration) {
      return TypeFacts.Kind.ENUM;
    }
    return declaration instanceof RecordDeclaration ? TypeFacts.Kind.RECORD : TypeFacts.Kind.ANNOTATION;
  }

  private void declareFields(TypeFrame frame, TypeDeclaration<?> declaration) {
    if (declaration instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        frame.fields.put(component.getNameAsString(), parameterType(component));
      }
    }
    for (BodyDeclaration<?> member : declaration.getMembers()) {
      if (member instanceof FieldDeclaration field) {
        for (VariableDeclarator variable : field.getVariables()) {
          frame.fields.put(variable.getNameAsString(), refs.of(variable.getType()));
        }
      }
    }
  }

  private boolean lombokConstructor(NodeList<AnnotationExpr> declared) {
    for (AnnotationExpr annotation : declared) {
      String name = annotation.getName().getIdentifier();
      if (LOMBOK_CONSTRUCTORS.contains(name) && matcher.matches(annotation, LOMBOK, name)) {
        return true;
      }
    }
    return false;
  }

  // ---- methods

  /**
   * Opens a method or constructor of the current type; false (and nothing opened) for a method of an
   * anonymous class, whose calls go on counting for the enclosing method.
   */
  boolean enterMethod(CallableDeclaration<?> declaration) {
    Node parent = declaration.getParentNode().orElse(null);
    if (type == null || parent != type.declaration && !(parent instanceof EnumConstantDeclaration)) {
      return false;
    }
    boolean constructor = declaration instanceof ConstructorDeclaration;
    Type returnType = declaration instanceof MethodDeclaration declared ? declared.getType() : null;
    boolean interfaceMember = type.kind == TypeFacts.Kind.INTERFACE && !declaration.isPrivate();
    open(
        constructor ? "<init>" : declaration.getNameAsString(),
        declaration.getName(),
        declaration.getAnnotations(),
        declaration.getParameters(),
        returnType == null || returnType.isVoidType() ? null : refs.of(returnType),
        declaration.isPublic() || interfaceMember,
        constructor);
    return true;
  }

  /** A record's compact constructor: the canonical constructor, its parameters the record's components. */
  boolean enterMethod(CompactConstructorDeclaration declaration) {
    if (type == null || !(type.declaration instanceof RecordDeclaration record)
        || declaration.getParentNode().orElse(null) != record) {
      return false;
    }
    open("<init>", declaration.getName(), declaration.getAnnotations(), record.getParameters(), null,
        declaration.isPublic(), true);
    return true;
  }

  private void open(
      String name,
      SimpleName nameNode,
      NodeList<AnnotationExpr> declaredAnnotations,
      NodeList<Parameter> parameters,
      TypeRef returnType,
      boolean isPublic,
      boolean constructor) {
    List<ParameterFacts> parameterFacts = new ArrayList<>(parameters.size());
    for (Parameter parameter : parameters) {
      parameterFacts.add(
          new ParameterFacts(
              parameter.getNameAsString(), parameterType(parameter), annotations.read(parameter.getAnnotations())));
    }
    method =
        new MethodFrame(
            method,
            type,
            new MethodRef(type.qualifiedName, name, parameters.size()),
            Anchors.of(path, nameNode),
            annotations.read(declaredAnnotations),
            List.copyOf(parameterFacts),
            returnType,
            isPublic,
            constructor);
  }

  void exitMethod() {
    MethodFrame frame = method;
    frame.owner.methods.add(frame.facts());
    method = frame.outer;
  }

  private TypeRef parameterType(Parameter parameter) {
    TypeRef declared = refs.of(parameter.getType());
    return parameter.isVarArgs() ? refs.arrayOf(declared) : declared;
  }

  // ---- what a method does

  /** A call met by the walker; {@code scope} and {@code types} are the walker's current scopes. */
  void call(MethodCallExpr call, MethodScope scope, TypeScope types) {
    SimpleName name = call.getName();
    record(call.getScope().orElse(null), name.getIdentifier(), call.getArguments().size(),
        name.getBegin().orElse(null), scope, types);
    if (method != null) {
      RouteCall route = routes.of(call, type, scope, types);
      if (route != null) {
        method.addRoute(route);
      }
      for (Expression argument : call.getArguments()) {
        if (argument instanceof ClassExpr literal) {
          method.addPassedType(refs.of(literal.getType()));
        } else if (argument instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty()) {
          method.addPassedType(refs.of(creation.getType()));
        }
      }
    }
  }

  /**
   * A method reference ({@code chargers::rename}, {@code this::save}, {@code Type::method}) is a call
   * whose arity the functional interface decides: any arity of that name may be the one run.
   */
  void methodReference(MethodReferenceExpr reference, MethodScope scope, TypeScope types) {
    if (method == null || reference.getIdentifier().equals("new")) {
      return; // field initializers, initializer blocks; constructors
    }
    Position position = reference.getBegin().orElse(null);
    MethodCall call = routes.reference(reference, type, scope, types, position == null ? 0 : position.line);
    method.add(call, position == null ? 0 : position.column);
  }

  private void record(
      Expression written, String name, int arity, Position position, MethodScope scope, TypeScope types) {
    if (method == null) {
      return; // field initializers, initializer blocks
    }
    ReceiverTypes.Typed receiver = receivers.of(written, type, scope, types);
    int line = position == null ? 0 : position.line;
    int column = position == null ? 0 : position.column;
    MethodCall returnOf = null;
    if (receiver.kind() == MethodCall.Receiver.UNKNOWN && Fluent.unwrap(written) instanceof NameExpr bare
        && Character.isLowerCase(bare.getNameAsString().charAt(0)) && scope.local(bare.getNameAsString()) == null
        && !types.declaresField(bare.getNameAsString())) {
      // userService.save(u) where a BaseController declares userService: the call graph looks it up
      returnOf = MethodCall.inheritedField(bare.getNameAsString(), line);
    } else if (receiver.kind() == MethodCall.Receiver.UNKNOWN
        && Fluent.unwrap(written) instanceof MethodCallExpr inner && inner.getScope().isPresent()) {
      // factory.orders().save(x): what orders() returns, once the call graph knows the project's methods
      ReceiverTypes.Typed innerReceiver = receivers.of(inner.getScope().get(), type, scope, types);
      if (innerReceiver.kind() == MethodCall.Receiver.TYPED || innerReceiver.kind() == MethodCall.Receiver.STATIC) {
        returnOf = new MethodCall(innerReceiver.kind(), innerReceiver.type(), inner.getNameAsString(),
            inner.getArguments().size(), line);
      }
    }
    method.add(new MethodCall(receiver.kind(), receiver.type(), name, arity, line, returnOf), column);
  }

  /** An assignment met by the walker: a constructor that stores a field makes the type constructor-injected. */
  void assigned(Expression target, MethodScope scope) {
    if (method == null || !method.constructor || method.owner != type || type.injected) {
      return;
    }
    String field = null;
    if (target instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr self
        && self.getTypeName().isEmpty()) {
      field = access.getNameAsString();
    } else if (target instanceof NameExpr name && scope.local(name.getNameAsString()) == null) {
      field = name.getNameAsString();
    }
    if (field != null && type.fields.containsKey(field)) {
      type.injected = true;
    }
  }
}
