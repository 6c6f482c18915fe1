package dev.lostguard.java;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lostguard.model.MethodCall.Receiver;
import dev.lostguard.model.TypeRef;
import java.util.List;
import java.util.Set;

/**
 * What a call's receiver is, for {@link CodeFacts}: {@code this}, {@code super}, a variable typed by
 * its declaration (a local, a parameter, a field of this or an enclosing type), a provider's accessor
 * ({@code serviceProvider.get()}), or a type named for a static call. It uses only what the walker
 * already knows, never searching the tree again; a receiver it cannot type is {@link Receiver#UNKNOWN}.
 */
final class ReceiverTypes {

  private static final ProviderTypes PROVIDERS = ProviderTypes.builtIn();

  private final TypeRefs refs;

  ReceiverTypes(TypeRefs refs) {
    this.refs = refs;
  }

  /** A receiver's kind and type; the type is null when not known. */
  record Typed(Receiver kind, TypeRef type) {}

  /**
   * The receiver {@code written} before a call's name (null for none) in a method of {@code type};
   * {@code scope} and {@code types} are the walker's current scopes.
   */
  Typed of(Expression written, TypeFrame type, MethodScope scope, TypeScope types) {
    Expression receiver = written == null ? null : Fluent.unwrap(written);
    if (receiver == null) {
      return new Typed(Receiver.THIS, type.self);
    }
    if (receiver instanceof ThisExpr self) {
      return new Typed(Receiver.THIS, self.getTypeName().map(n -> refs.named(n.asString())).orElse(type.self));
    }
    if (receiver instanceof SuperExpr zuper) {
      return new Typed(Receiver.SUPER, zuper.getTypeName().map(n -> refs.named(n.asString())).orElse(type.superclass));
    }
    TypeRef declared = typed(receiver, type, scope, types);
    if (declared != null) {
      return new Typed(Receiver.TYPED, declared);
    }
    String typeName = staticReceiver(receiver, scope, types);
    return typeName != null ? new Typed(Receiver.STATIC, refs.named(typeName)) : new Typed(Receiver.UNKNOWN, null);
  }

  /**
   * The declared type of a variable receiver ({@code name}, {@code this.name}), or the type argument a
   * provider's accessor hands out ({@code serviceProvider.get()}); null when not declared.
   */
  private TypeRef typed(Expression receiver, TypeFrame type, MethodScope scope, TypeScope types) {
    if (receiver instanceof NameExpr name) {
      String identifier = name.getNameAsString();
      MethodScope.Local local = scope.local(identifier);
      if (local != null) {
        return localType(local);
      }
      return fieldType(identifier, type, types);
    }
    if (receiver instanceof FieldAccessExpr access
        && access.getScope() instanceof ThisExpr self
        && self.getTypeName().isEmpty()) {
      return fieldType(access.getNameAsString(), type, types);
    }
    if (receiver instanceof ObjectCreationExpr created && created.getAnonymousClassBody().isEmpty()) {
      return refs.of(created.getType()); // new ChecklistCrud().update(x)
    }
    if (receiver instanceof MethodCallExpr factory && CLASS_FACTORIES.contains(factory.getNameAsString())
        && factory.getArguments().size() == 1 && Fluent.unwrap(factory.getArgument(0)) instanceof ClassExpr target) {
      return refs.of(target.getType()); // daoFactory.get(OrderDao.class).save(x), handle.attach(OrderDao.class)
    }
    if (receiver instanceof MethodCallExpr own
        && own.getScope().map(Fluent::unwrap).map(ThisExpr.class::isInstance).orElse(true)) {
      return returnType(own, type); // command().update(x): a method of this class says what it returns
    }
    if (receiver instanceof MethodCallExpr accessor && accessor.getScope().isPresent()) {
      // serviceProvider.get().update(x): the provider hands out its type argument
      TypeRef wrapper = typed(Fluent.unwrap(accessor.getScope().get()), type, scope, types);
      return PROVIDERS.provided(wrapper, accessor.getNameAsString());
    }
    return null;
  }

  /** Calls that hand out an instance of the class they are given: JDBI's, Spring's, a DAO factory's. */
  private static final Set<String> CLASS_FACTORIES =
      Set.of("get", "attach", "onDemand", "getMapper", "getBean", "getInstance", "getDao", "dao", "getService");

  /**
   * The declared return type of the method of this type that {@code call} runs: a class or interface
   * type, the same for every method of that name and arity; null otherwise.
   */
  private TypeRef returnType(MethodCallExpr call, TypeFrame type) {
    List<Type> returned = type.declaration.getMethodsByName(call.getNameAsString()).stream()
        .filter(m -> m.getParameters().size() == call.getArguments().size())
        .map(m -> m.getType())
        .distinct()
        .toList();
    return returned.size() == 1 && returned.get(0) instanceof ClassOrInterfaceType ? refs.of(returned.get(0)) : null;
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
  private TypeRef fieldType(String name, TypeFrame type, TypeScope types) {
    for (TypeFrame frame = type; frame != null; frame = frame.outer) {
      TypeRef declared = frame.fields.get(name);
      if (declared != null) {
        return declared;
      }
    }
    String guessed = types.fieldType(name);
    if (guessed != null) {
      return refs.named(guessed);
    }
    return name.equals("baseMapper") ? inheritedBaseMapper(type) : null;
  }

  private static final java.util.regex.Pattern MAPPER_NAME = java.util.regex.Pattern.compile(".*(?:Mapper|Dao|DAO)");

  /**
   * MyBatis-Plus's {@code ServiceImpl<M, T>} keeps the mapper in an inherited field {@code M baseMapper}:
   * in a service extending it (or a project base that passes the mapper on first, {@code
   * BaseServiceImpl<UserMapper, User>}), {@code baseMapper.updContentById(..)} calls the mapper the
   * service names as its first type argument.
   */
  private static TypeRef inheritedBaseMapper(TypeFrame type) {
    TypeRef superclass = type.superclass;
    if (superclass == null || superclass.arguments().isEmpty()) {
      return null;
    }
    TypeRef first = superclass.arguments().get(0);
    return superclass.simpleName().equals("ServiceImpl") || MAPPER_NAME.matcher(first.simpleName()).matches()
        ? first : null;
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
}
