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
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lostguard.model.AnnotationFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.MethodCall.Receiver;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.ParameterFacts;
import dev.lostguard.model.SqlText;
import dev.lostguard.model.TypeFacts;
import dev.lostguard.model.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The declarations half of {@link FactsWalker}'s one pass: it opens a frame when the walker enters a
 * type or a method and turns each finished frame into {@link TypeFacts} / {@link MethodFacts}. Calls
 * are typed from what the walker already knows (locals and parameters in {@link MethodScope}, fields
 * here and in {@link TypeScope}); nothing searches the tree again and no AST node outlives the file.
 *
 * <p>Methods of anonymous classes are no methods of their own: their calls count for the enclosing
 * method (as calls in lambdas do). Methods of enum constant bodies count as the enum's. Calls in field
 * initializers and initializer blocks are not recorded.
 */
final class CodeFacts {

  private static final Set<String> LOMBOK = Set.of("lombok");
  private static final ProviderTypes PROVIDERS = ProviderTypes.builtIn();
  /** Lombok annotations that generate a constructor taking the fields. */
  private static final List<String> LOMBOK_CONSTRUCTORS =
      List.of("RequiredArgsConstructor", "AllArgsConstructor", "Data", "Value", "Builder");

  private final String path;
  private final TypeRefs refs;
  private final AnnotationReader annotations;
  private final AnnotationMatcher matcher;
  /** Types in source order; a slot is reserved on entry and filled on exit, so outer types come first. */
  private final List<TypeFacts> types = new ArrayList<>();
  private TypeFrame type;
  private MethodFrame method;

  /** @param constantText reads an annotation value in the scope of the type being read */
  CodeFacts(String path, ImportScope imports, Map<String, String> declaredTypes,
      Function<Expression, SqlText> constantText) {
    this.path = path;
    this.refs = new TypeRefs(imports, declaredTypes);
    this.annotations = new AnnotationReader(path, imports, constantText);
    this.matcher = new AnnotationMatcher(imports);
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
            frame.injected));
    type = frame.outer;
    method = frame.outerMethod;
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
    frame.owner.methods.add(
        new MethodFacts(
            frame.ref, frame.nameLocation, frame.annotations, frame.parameters, frame.returnType, frame.isPublic,
            frame.calls()));
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
  }

  /**
   * A method reference ({@code chargers::rename}, {@code this::save}, {@code Type::method}) is a call
   * whose arity the functional interface decides: any arity of that name may be the one run.
   */
  void methodReference(MethodReferenceExpr reference, MethodScope scope, TypeScope types) {
    if (reference.getIdentifier().equals("new")) {
      return;
    }
    Expression receiver = reference.getScope();
    if (receiver instanceof TypeExpr typeName) {
      receiver = new NameExpr(typeName.getType().asString());
    }
    record(receiver, reference.getIdentifier(), MethodCall.ANY_ARITY, reference.getBegin().orElse(null), scope, types);
  }

  private void record(
      Expression written, String name, int arity, Position position, MethodScope scope, TypeScope types) {
    if (method == null) {
      return; // field initializers, initializer blocks
    }
    Expression receiver = written == null ? null : unwrapped(written);
    Receiver kind;
    TypeRef receiverType;
    if (receiver == null) {
      kind = Receiver.THIS;
      receiverType = type.self;
    } else if (receiver instanceof ThisExpr self) {
      kind = Receiver.THIS;
      receiverType = self.getTypeName().map(n -> refs.named(n.asString())).orElse(type.self);
    } else if (receiver instanceof SuperExpr zuper) {
      kind = Receiver.SUPER;
      receiverType = zuper.getTypeName().map(n -> refs.named(n.asString())).orElse(type.superclass);
    } else {
      receiverType = typed(receiver, scope, types);
      kind = receiverType != null ? Receiver.TYPED : Receiver.UNKNOWN;
      if (receiverType == null) {
        String typeName = staticReceiver(receiver, scope, types);
        if (typeName != null) {
          kind = Receiver.STATIC;
          receiverType = refs.named(typeName);
        }
      }
    }
    int line = position == null ? 0 : position.line;
    int column = position == null ? 0 : position.column;
    method.add(new MethodCall(kind, receiverType, name, arity, line), column);
  }

  /**
   * The declared type of a variable receiver ({@code name}, {@code this.name}), or the type argument a
   * provider's accessor hands out ({@code serviceProvider.get()}); null when not declared.
   */
  private TypeRef typed(Expression receiver, MethodScope scope, TypeScope types) {
    if (receiver instanceof NameExpr name) {
      String identifier = name.getNameAsString();
      MethodScope.Local local = scope.local(identifier);
      if (local != null) {
        return localType(local);
      }
      return fieldType(identifier, types);
    }
    if (receiver instanceof FieldAccessExpr access
        && access.getScope() instanceof ThisExpr self
        && self.getTypeName().isEmpty()) {
      return fieldType(access.getNameAsString(), types);
    }
    if (receiver instanceof MethodCallExpr accessor && accessor.getScope().isPresent()) {
      // serviceProvider.get().update(x): the provider hands out its type argument
      TypeRef wrapper = typed(unwrapped(accessor.getScope().get()), scope, types);
      return PROVIDERS.provided(wrapper, accessor.getNameAsString());
    }
    return null;
  }

  private static Expression unwrapped(Expression expression) {
    Expression inner = expression;
    while (inner instanceof EnclosedExpr enclosed) {
      inner = enclosed.getInner();
    }
    return inner;
  }

  private TypeRef localType(MethodScope.Local local) {
    if (local.type() == null) {
      return null; // var, primitives, untyped lambda parameters
    }
    Type declared =
        local.declaration() instanceof Parameter parameter
            ? parameter.getType()
            : local.declaration() instanceof VariableDeclarator variable ? variable.getType() : null;
    return declared instanceof ClassOrInterfaceType ? refs.of(declared) : refs.named(local.type());
  }

  /** A field of this or an enclosing type, with its type arguments; else what {@link TypeScope} guesses. */
  private TypeRef fieldType(String name, TypeScope types) {
    for (TypeFrame frame = type; frame != null; frame = frame.outer) {
      TypeRef declared = frame.fields.get(name);
      if (declared != null) {
        return declared;
      }
    }
    String guessed = types.fieldType(name);
    return guessed != null ? refs.named(guessed) : null;
  }

  /**
   * The type a receiver names, for {@code Objects.equals(..)} or {@code java.util.Objects.equals(..)}:
   * a name that is no variable and starts with an upper-case letter, or a dotted name ending in one.
   */
  private static String staticReceiver(Expression receiver, MethodScope scope, TypeScope types) {
    if (receiver instanceof NameExpr name) {
      String identifier = name.getNameAsString();
      boolean variable = scope.local(identifier) != null || types.declaresField(identifier);
      return !variable && Character.isUpperCase(identifier.charAt(0)) ? identifier : null;
    }
    if (receiver instanceof FieldAccessExpr access && Character.isUpperCase(access.getNameAsString().charAt(0))) {
      Expression root = access.getScope();
      while (root instanceof FieldAccessExpr inner) {
        root = inner.getScope();
      }
      if (root instanceof NameExpr head && scope.local(head.getNameAsString()) == null
          && !types.declaresField(head.getNameAsString())) {
        return AnnotationReader.text(access);
      }
    }
    return null;
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

  // ---- frames

  private static final class TypeFrame {
    final TypeFrame outer;
    final MethodFrame outerMethod;
    final TypeDeclaration<?> declaration;
    final String qualifiedName;
    final TypeFacts.Kind kind;
    final List<TypeRef> supertypes;
    final TypeRef superclass;
    final TypeRef self;
    final Map<String, TypeRef> fields = new LinkedHashMap<>();
    final List<MethodFacts> methods = new ArrayList<>();
    boolean injected;
    int slot;

    TypeFrame(
        TypeFrame outer,
        MethodFrame outerMethod,
        TypeDeclaration<?> declaration,
        String qualifiedName,
        TypeFacts.Kind kind,
        List<TypeRef> supertypes,
        TypeRef superclass) {
      this.outer = outer;
      this.outerMethod = outerMethod;
      this.declaration = declaration;
      this.qualifiedName = qualifiedName;
      this.kind = kind;
      this.supertypes = supertypes;
      this.superclass = superclass;
      this.self = new TypeRef(List.of(qualifiedName), List.of());
    }
  }

  private static final class MethodFrame {
    final MethodFrame outer;
    final TypeFrame owner;
    final MethodRef ref;
    final Location nameLocation;
    final List<AnnotationFacts> annotations;
    final List<ParameterFacts> parameters;
    final TypeRef returnType;
    final boolean isPublic;
    final boolean constructor;
    private final List<MethodCall> calls = new ArrayList<>();
    /** Each call's name position ({@code line << 32 | column}), to put calls in source order. */
    private long[] positions = new long[8];
    private boolean ordered = true;

    MethodFrame(
        MethodFrame outer,
        TypeFrame owner,
        MethodRef ref,
        Location nameLocation,
        List<AnnotationFacts> annotations,
        List<ParameterFacts> parameters,
        TypeRef returnType,
        boolean isPublic,
        boolean constructor) {
      this.outer = outer;
      this.owner = owner;
      this.ref = ref;
      this.nameLocation = nameLocation;
      this.annotations = annotations;
      this.parameters = parameters;
      this.returnType = returnType;
      this.isPublic = isPublic;
      this.constructor = constructor;
    }

    void add(MethodCall call, int column) {
      int index = calls.size();
      if (index == positions.length) {
        positions = Arrays.copyOf(positions, index * 2);
      }
      positions[index] = (long) call.line() << 32 | column;
      ordered &= index == 0 || positions[index - 1] <= positions[index];
      calls.add(call);
    }

    /** The calls in the order their names are written (the walker meets arguments before the call). */
    List<MethodCall> calls() {
      if (calls.isEmpty()) {
        return List.of();
      }
      if (ordered) {
        return List.copyOf(calls);
      }
      Integer[] order = new Integer[calls.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(positions[a], positions[b]));
      List<MethodCall> sorted = new ArrayList<>(order.length);
      for (Integer i : order) {
        sorted.add(calls.get(i));
      }
      return List.copyOf(sorted);
    }
  }
}
