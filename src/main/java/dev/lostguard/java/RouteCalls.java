package dev.lostguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.RouteArgument;
import dev.lostguard.model.RouteCall;
import dev.lostguard.model.SqlText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns a call that may register an HTTP route into a {@link RouteCall}: one passing a method
 * reference or a lambda (inline, or a variable of the method or type initialised with one), or one
 * named after an HTTP method that passes a parameter of the enclosing method (a project wrapper's
 * {@code Spark.post(path, wrap(handler))}). With each it keeps the calls it is chained on
 * ({@code router.put(path)} before {@code .handler(..)}) and the calls whose lambdas it is written in
 * ({@code path("notes", () -> ..)}). Which of them register routes is decided project-wide from the
 * entry point model; this class only says what the arguments are.
 */
final class RouteCalls {

  /** Routing DSLs name their verbs after HTTP methods; only such calls are kept for passing a parameter. */
  private static final Set<String> VERBS = Set.of("get", "put", "post", "patch", "delete");
  /** The method of a handler object ({@code new PatchProfileRoute()}): Spark's Route, Javalin's and Vert.x's Handler. */
  private static final String HANDLER_METHOD = "handle";

  /** {@code router.put(path).produces(..).handler(..)}: calls followed down a chain. */
  private static final int MAX_CHAIN = 4;
  /** Route groups nested deeper than this are not followed. */
  private static final int MAX_GROUPS = 8;

  private final ImportScope imports;
  private final TypeRefs refs;
  private final ReceiverTypes receivers;
  /** Reads a route argument's text with the method's locals. */
  private final BiFunction<Expression, MethodScope, SqlText> text;
  /** Fields of {@link #fieldsOf} initialised with a lambda or a method reference. */
  private final Map<String, Expression> functionFields = new HashMap<>();
  private TypeFrame fieldsOf;

  RouteCalls(
      ImportScope imports, TypeRefs refs, ReceiverTypes receivers, BiFunction<Expression, MethodScope, SqlText> text) {
    this.imports = imports;
    this.refs = refs;
    this.receivers = receivers;
    this.text = text;
  }

  /** The call as a route call, or null when it passes nothing that could serve or register a route. */
  RouteCall of(MethodCallExpr call, TypeFrame type, MethodScope scope, TypeScope types) {
    boolean handler = false;
    boolean parameter = false;
    for (Expression argument : call.getArguments()) {
      RouteArgument.Kind kind = kind(argument, type, scope);
      handler |= handlerKind(kind);
      parameter |= kind == RouteArgument.Kind.PARAMETER;
    }
    boolean wrapped = parameter && call.getArguments().size() >= 2 && VERBS.contains(call.getNameAsString());
    if (!handler && !wrapped) {
      return null;
    }
    return read(call, type, scope, types, 0, groups(call, type, scope, types));
  }

  /**
   * The calls, outermost first, whose lambda argument holds {@code call} and whose first argument is
   * no lambda: {@code path("notes", () -> ..)}, as route groups are written; a stream's {@code forEach} is none.
   */
  private List<RouteCall> groups(MethodCallExpr call, TypeFrame type, MethodScope scope, TypeScope types) {
    List<RouteCall> groups = new ArrayList<>();
    Node child = call;
    Node parent = call.getParentNode().orElse(null);
    while (parent != null && !(parent instanceof BodyDeclaration<?>) && groups.size() < MAX_GROUPS) {
      // a lambda whose parent is a call is one of its arguments
      if (child instanceof LambdaExpr && parent instanceof MethodCallExpr group && group.getArguments().size() >= 2
          && !handlerKind(kind(group.getArgument(0), type, scope))) {
        groups.add(0, read(group, type, scope, types, MAX_CHAIN, List.of()));
      }
      child = parent;
      parent = parent.getParentNode().orElse(null);
    }
    return groups;
  }

  /** A method reference as a call of any arity: its functional interface, unseen here, decides. */
  MethodCall reference(MethodReferenceExpr reference, TypeFrame type, MethodScope scope, TypeScope types, int line) {
    Expression receiver = reference.getScope();
    if (receiver instanceof TypeExpr typeName) {
      receiver = new NameExpr(typeName.getType().asString());
    }
    ReceiverTypes.Typed typed = receivers.of(receiver, type, scope, types);
    return new MethodCall(typed.kind(), typed.type(), reference.getIdentifier(), MethodCall.ANY_ARITY, line);
  }

  private RouteCall read(
      MethodCallExpr call, TypeFrame type, MethodScope scope, TypeScope types, int depth, List<RouteCall> groups) {
    Expression written = call.getScope().orElse(null);
    ReceiverTypes.Typed receiver = receivers.of(written, type, scope, types);
    List<String> staticOwners =
        written == null ? imports.staticOwnerCandidates(call.getNameAsString()) : List.of();
    List<RouteArgument> arguments = new ArrayList<>(call.getArguments().size());
    for (Expression argument : call.getArguments()) {
      arguments.add(argument(argument, type, scope, types));
    }
    RouteCall chained =
        depth < MAX_CHAIN && written != null && Fluent.unwrap(written) instanceof MethodCallExpr inner
            ? read(inner, type, scope, types, depth + 1, List.of())
            : null;
    int line = call.getName().getBegin().map(p -> p.line).orElse(0);
    return new RouteCall(
        call.getNameAsString(), receiver.kind(), receiver.type(), staticOwners, arguments, chained, groups, line);
  }

  private RouteArgument argument(Expression written, TypeFrame type, MethodScope scope, TypeScope types) {
    Expression argument = Fluent.unwrap(written);
    int line = argument.getBegin().map(p -> p.line).orElse(0);
    return switch (kind(argument, type, scope)) {
      case REFERENCE -> argument instanceof ObjectCreationExpr handler
          ? RouteArgument.reference(new MethodCall(MethodCall.Receiver.TYPED, refs.of(handler.getType()),
              HANDLER_METHOD, MethodCall.ANY_ARITY, line))
          : RouteArgument.reference(reference(referenceOf(argument, type, scope), type, scope, types, line));
      case LAMBDA -> RouteArgument.lambda();
      case PARAMETER -> RouteArgument.parameter(parameterIndex(argument, scope));
      case TEXT -> RouteArgument.text(text.apply(argument, scope));
      default -> RouteArgument.other();
    };
  }

  private RouteArgument.Kind kind(Expression written, TypeFrame type, MethodScope scope) {
    Expression argument = Fluent.unwrap(written);
    if (argument instanceof LambdaExpr) {
      return RouteArgument.Kind.LAMBDA;
    }
    if (argument instanceof MethodReferenceExpr reference) {
      return reference.getIdentifier().equals("new") ? RouteArgument.Kind.OTHER : RouteArgument.Kind.REFERENCE;
    }
    if (argument instanceof ObjectCreationExpr creation) {
      // new PatchProfileRoute(): its handle(..) serves the route; an anonymous class runs as this method
      return creation.getAnonymousClassBody().isPresent() ? RouteArgument.Kind.LAMBDA : RouteArgument.Kind.REFERENCE;
    }
    if (argument instanceof NameExpr name) {
      if (parameterIndex(name, scope) >= 0) {
        return RouteArgument.Kind.PARAMETER;
      }
      Expression initializer = variable(name, type, scope);
      if (initializer instanceof LambdaExpr) {
        return RouteArgument.Kind.LAMBDA;
      }
      if (initializer instanceof MethodReferenceExpr reference && !reference.getIdentifier().equals("new")) {
        return RouteArgument.Kind.REFERENCE;
      }
      return RouteArgument.Kind.TEXT;
    }
    if (argument instanceof MethodCallExpr) {
      // wrap(handler): a project wrapper's parameter, adapted before it reaches the DSL
      return parameterIndex(argument, scope) >= 0 ? RouteArgument.Kind.PARAMETER : RouteArgument.Kind.TEXT;
    }
    boolean text = argument instanceof StringLiteralExpr || argument instanceof TextBlockLiteralExpr
        || argument instanceof BinaryExpr || argument instanceof FieldAccessExpr;
    return text ? RouteArgument.Kind.TEXT : RouteArgument.Kind.OTHER;
  }

  private static boolean handlerKind(RouteArgument.Kind kind) {
    return kind == RouteArgument.Kind.REFERENCE || kind == RouteArgument.Kind.LAMBDA;
  }

  /** The method reference an argument is, or a variable holds. */
  private MethodReferenceExpr referenceOf(Expression argument, TypeFrame type, MethodScope scope) {
    return argument instanceof MethodReferenceExpr reference
        ? reference
        : (MethodReferenceExpr) variable((NameExpr) argument, type, scope);
  }

  /**
   * The index of the enclosing method's parameter that {@code argument} names, directly or as an
   * argument of a call ({@code wrap(handler)}); -1 for anything else, lambda parameters included.
   */
  private static int parameterIndex(Expression argument, MethodScope scope) {
    if (argument instanceof MethodCallExpr wrapping) {
      for (Expression inner : wrapping.getArguments()) {
        int index = parameterIndex(Fluent.unwrap(inner), scope);
        if (index >= 0) {
          return index;
        }
      }
      return -1;
    }
    if (!(argument instanceof NameExpr name)) {
      return -1;
    }
    MethodScope.Local local = scope.local(name.getNameAsString());
    if (local == null || !(local.declaration() instanceof Parameter parameter)
        || !(parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> method)
        || !(method.getParentNode().orElse(null) instanceof TypeDeclaration<?>)) {
      return -1; // a lambda's or an anonymous class's parameter
    }
    for (int i = 0; i < method.getParameters().size(); i++) {
      if (method.getParameter(i) == parameter) {
        return i;
      }
    }
    return -1;
  }

  /** The initializer of a local never reassigned, else of a field of this type; null when neither. */
  private Expression variable(NameExpr name, TypeFrame type, MethodScope scope) {
    String identifier = name.getNameAsString();
    MethodScope.Local local = scope.local(identifier);
    if (local != null) {
      return scope.assignedOnce(identifier) ? local.initializer() : null;
    }
    return fields(type).get(identifier);
  }

  private Map<String, Expression> fields(TypeFrame type) {
    if (type != fieldsOf) {
      fieldsOf = type;
      functionFields.clear();
      for (BodyDeclaration<?> member : type.declaration.getMembers()) {
        if (member instanceof FieldDeclaration field) {
          for (VariableDeclarator variable : field.getVariables()) {
            variable.getInitializer().map(Fluent::unwrap)
                .filter(value -> value instanceof LambdaExpr || value instanceof MethodReferenceExpr)
                .ifPresent(value -> functionFields.put(variable.getNameAsString(), value));
          }
        }
      }
    }
    return functionFields;
  }
}
