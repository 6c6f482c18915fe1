package dev.lostguard.model;

import dev.lostguard.model.EntryPointModel.HandlerAnnotation;
import dev.lostguard.model.EntryPointModel.HttpFramework;
import dev.lostguard.model.EntryPointModel.RouteAnnotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Handlers of interfaces that a generator writes from an OpenAPI spec at build time
 * ({@code class VulnPoliciesResource implements VulnPoliciesApi}, {@code PetApiDelegate}): the
 * interface, with every mapping annotation, is not in the source tree, so the class shows none.
 *
 * <p>A concrete project class with a supertype the project does not declare (its own, or one a
 * project superclass implements), whose {@code @Override} method overrides no project method and
 * is named like a spec operation (the operation id camel-cased, as generators name it), handles that
 * operation: an {@code http} entry point with the operation's method and route. The handler's
 * unannotated parameters take the bindings the generated interface declares: a path, query, header
 * or cookie parameter by its camel-cased name ({@code If-Match -> ifMatch}), the one left over by the
 * request body. Without a matching operation (no spec in the tree), a controller or JAX-RS resource
 * that implements an undeclared {@code *Api} type still handles requests: each public
 * {@code @Override} method is an {@code http} entry point whose method and route are unknown (null),
 * so people reach what it writes, and no rule judges its verb.
 */
final class GeneratedApiHandlers {

  /** A handler and its facts, with the parameter bindings of the generated interface. */
  record Handler(EntryPoint entry, MethodFacts facts) {}

  private static final String KIND = "http";
  private static final String API_SUFFIX = "Api";
  private static final String RESOURCE_SUFFIX = "Resource";
  /** Generated signatures may add a framework parameter or two ({@code ServerWebExchange}, {@code Pageable}). */
  private static final int EXTRA_PARAMETERS = 2;
  private static final Set<String> SCALARS =
      Set.of("String", "UUID", "Integer", "Long", "Boolean", "int", "long", "boolean", "Optional");
  private static final String SPRING_WEB = "org.springframework.web.bind.annotation.";
  private static final String JAX_RS = "jakarta.ws.rs.";
  private static final Map<String, String> SPRING_BINDINGS = Map.of(
      "path", SPRING_WEB + "PathVariable", "query", SPRING_WEB + "RequestParam",
      "header", SPRING_WEB + "RequestHeader", "cookie", SPRING_WEB + "CookieValue",
      "formData", SPRING_WEB + "RequestParam");
  private static final Map<String, String> JAX_RS_BINDINGS = Map.of(
      "path", JAX_RS + "PathParam", "query", JAX_RS + "QueryParam", "header", JAX_RS + "HeaderParam",
      "cookie", JAX_RS + "CookieParam", "formData", JAX_RS + "FormParam");

  private final TypeHierarchy types;
  private final EntryPointModel model;
  private final Map<String, List<ApiOperation>> byJavaName = new HashMap<>();

  private GeneratedApiHandlers(TypeHierarchy types, EntryPointModel model, List<ApiOperation> operations) {
    this.types = types;
    this.model = model;
    for (ApiOperation operation : operations) {
      byJavaName.computeIfAbsent(operation.javaName(), k -> new ArrayList<>()).add(operation);
    }
  }

  /** The handlers found, in type order, then method order, then spec order. */
  static List<Handler> find(TypeHierarchy types, EntryPointModel model, List<ApiOperation> operations) {
    GeneratedApiHandlers finder = new GeneratedApiHandlers(types, model, operations);
    List<Handler> found = new ArrayList<>();
    for (TypeFacts type : types.sortedTypes()) {
      List<TypeRef> undeclared = finder.undeclaredSupertypes(type);
      if (type.kind() == TypeFacts.Kind.CLASS && !undeclared.isEmpty()) {
        finder.handlers(type, undeclared, found);
      }
    }
    return found;
  }

  /** The supertypes no project type declares, of the type and its project ancestors (a base controller's {@code implements}). */
  private List<TypeRef> undeclaredSupertypes(TypeFacts type) {
    List<TypeRef> undeclared = new ArrayList<>();
    for (String ancestor : types.selfAndAncestors(type.qualifiedName())) {
      types.type(ancestor).ifPresent(t -> t.supertypes().stream()
          .filter(s -> types.projectType(s).isEmpty())
          .forEach(undeclared::add));
    }
    return undeclared;
  }

  private void handlers(TypeFacts type, List<TypeRef> undeclared, List<Handler> found) {
    boolean controller = controller(type);
    int before = found.size();
    for (MethodFacts method : type.methods()) {
      if (!method.isPublic() || ownMapping(method)) {
        continue;
      }
      for (ApiOperation operation : operations(method, undeclared)) {
        EntryPoint entry = new EntryPoint(KIND, operation.httpMethod(), operation.route(), method.ref(),
            method.nameLocation());
        found.add(new Handler(entry, bound(method, operation, controller)));
      }
    }
    if (found.size() > before || !fallback(type, undeclared, controller)) {
      return;
    }
    for (MethodFacts method : type.methods()) {
      if (method.isPublic() && overrides(method) && !ownMapping(method)) {
        found.add(new Handler(new EntryPoint(KIND, null, null, method.ref(), method.nameLocation()), method));
      }
    }
  }

  /**
   * The operations the method implements: an {@code @Override} of no project method, named like the
   * operation, with room for its parameters; when ids repeat across specs, those whose tag names one
   * of the class's undeclared supertypes.
   */
  private List<ApiOperation> operations(MethodFacts method, List<TypeRef> undeclared) {
    if (!overrides(method) || overridesProjectMethod(method)) {
      return List.of();
    }
    List<ApiOperation> named = byJavaName.getOrDefault(method.ref().name(), List.of()).stream()
        .filter(operation -> fitsArity(method, operation))
        .toList();
    if (named.size() < 2) {
      return named;
    }
    Set<String> supertypes = Set.copyOf(undeclared.stream().map(TypeRef::simpleName).toList());
    List<ApiOperation> tagged = named.stream()
        .filter(operation -> operation.tags().stream()
            .map(ApiOperation::tagInterface)
            .anyMatch(api -> supertypes.contains(api) || supertypes.contains(api + "Delegate")))
        .toList();
    return tagged.isEmpty() ? named : tagged;
  }

  /** A project supertype declares it: it implements the project's own contract, not a generated one. */
  private boolean overridesProjectMethod(MethodFacts method) {
    MethodRef ref = method.ref();
    return types.selfAndAncestors(ref.owner()).stream()
        .filter(ancestor -> !ancestor.equals(ref.owner()))
        .anyMatch(ancestor -> types.method(new MethodRef(ancestor, ref.name(), ref.arity())).isPresent());
  }

  private static boolean fitsArity(MethodFacts method, ApiOperation operation) {
    int declared = operation.parameters().size() + (operation.requestBody() ? 1 : 0);
    int arity = method.ref().arity();
    return arity >= declared && arity <= declared + EXTRA_PARAMETERS;
  }

  /** The method's parameters bound as the generated interface binds them, where it binds none itself. */
  private MethodFacts bound(MethodFacts method, ApiOperation operation, boolean controller) {
    Map<String, String> bindings = controller ? SPRING_BINDINGS : JAX_RS_BINDINGS;
    Map<String, ApiOperation.Parameter> byName = new HashMap<>();
    operation.parameters().forEach(p -> byName.putIfAbsent(normalized(p.name()), p));
    List<ParameterFacts> parameters = new ArrayList<>(method.parameters());
    List<Integer> unbound = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterFacts own = parameters.get(i);
      ApiOperation.Parameter declared = byName.get(normalized(own.name()));
      if (!own.annotations().isEmpty()) {
        continue;
      }
      if (declared != null && bindings.containsKey(declared.in())) {
        parameters.set(i, withAnnotation(own, bindings.get(declared.in()), declared.name(), method));
      } else if (own.type() == null || !SCALARS.contains(own.type().simpleName())) {
        unbound.add(i);
      }
    }
    if (operation.requestBody() && unbound.size() == 1 && !model.requestBodyAnnotations().isEmpty()) {
      int body = unbound.get(0);
      parameters.set(body, withAnnotation(parameters.get(body), model.requestBodyAnnotations().get(0), null, method));
    }
    return method.withParameters(parameters);
  }

  private static ParameterFacts withAnnotation(ParameterFacts parameter, String annotation, String value,
      MethodFacts method) {
    Map<String, List<String>> attributes = value == null ? Map.of() : Map.of("value", List.of(value));
    return new ParameterFacts(parameter.name(), parameter.type(),
        List.of(new AnnotationFacts(List.of(annotation), attributes, method.nameLocation())));
  }

  /** {@code If-Match}, {@code if_match} and {@code ifMatch} alike: letters and digits, lower case. */
  private static String normalized(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  /** A controller or JAX-RS resource implementing a generated {@code *Api} type. */
  private boolean fallback(TypeFacts type, List<TypeRef> undeclared, boolean controller) {
    boolean apiType = undeclared.stream().anyMatch(s -> s.simpleName().endsWith(API_SUFFIX));
    boolean resource = EntryPoints.simpleName(type.qualifiedName()).endsWith(RESOURCE_SUFFIX)
        || model.http().stream()
            .flatMap(framework -> framework.classRoutes().stream())
            .map(RouteAnnotation::annotation)
            .anyMatch(route -> EntryPoints.annotation(type.annotations(), route).isPresent());
    return apiType && (controller || resource);
  }

  /** Annotated as a controller (Spring MVC, Micronaut): it binds parameters with Spring's annotation names. */
  private boolean controller(TypeFacts type) {
    return model.http().stream()
        .flatMap(framework -> framework.controllerAnnotations().stream())
        .anyMatch(annotation -> EntryPoints.annotation(type.annotations(), annotation).isPresent());
  }

  /** Its own mapping annotation makes it a handler already. */
  private boolean ownMapping(MethodFacts method) {
    for (HttpFramework framework : model.http()) {
      for (HandlerAnnotation handler : framework.handlers()) {
        if (EntryPoints.annotation(method.annotations(), handler.annotation()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean overrides(MethodFacts method) {
    return method.annotations().stream()
        .anyMatch(a -> a.names().stream().anyMatch(n -> n.equals("Override") || n.endsWith(".Override")));
  }
}
