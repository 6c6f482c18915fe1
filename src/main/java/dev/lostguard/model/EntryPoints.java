package dev.lostguard.model;

import dev.lostguard.model.EntryPointModel.AnnotatedEntry;
import dev.lostguard.model.EntryPointModel.DataRest;
import dev.lostguard.model.EntryPointModel.EntryMethod;
import dev.lostguard.model.EntryPointModel.HandlerAnnotation;
import dev.lostguard.model.EntryPointModel.HttpFramework;
import dev.lostguard.model.EntryPointModel.ImplementedEntry;
import dev.lostguard.model.EntryPointModel.Operation;
import dev.lostguard.model.EntryPointModel.RouteAnnotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the entry points that an {@link EntryPointModel} describes among the project's types. */
final class EntryPoints {

  static final Comparator<EntryPoint> ORDER =
      Comparator.comparing(EntryPoint::location, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(EntryPoint::handler)
          .thenComparing(EntryPoint::kind)
          .thenComparing(EntryPoint::httpMethod, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(EntryPoint::route, Comparator.nullsFirst(Comparator.naturalOrder()));

  /**
   * Entry points sorted by location, without duplicates, and the handlers that implement an interface's
   * mapping, each with the parameter annotations the interface declares where it declares none itself
   * (an {@code @HeaderParam("If-Match")} on the interface applies to the implementation).
   */
  record Found(List<EntryPoint> entries, Map<MethodRef, MethodFacts> inheritedHandlers) {}

  private final TypeHierarchy types;
  /** Resolves routes written with constants ({@code @Path(BASE_PATH)}). */
  private final ConstantPool constants;
  private final Set<EntryPoint> found = new LinkedHashSet<>();
  private final Map<MethodRef, MethodFacts> inheritedHandlers = new HashMap<>();

  private EntryPoints(TypeHierarchy types, ConstantPool constants) {
    this.types = types;
    this.constants = constants;
  }

  static Found find(
      TypeHierarchy types, EntryPointModel model, ConstantPool constants, List<ApiOperation> operations,
      CallResolution resolution) {
    EntryPoints finder = new EntryPoints(types, constants);
    finder.found.addAll(RouteEntries.find(types, model.routeCalls(), constants, resolution));
    for (TypeFacts type : types.sortedTypes()) {
      model.http().forEach(framework -> finder.http(type, framework));
      model.annotated().forEach(entry -> finder.annotated(type, entry));
      model.dataRest().forEach(dataRest -> finder.dataRest(type, dataRest));
    }
    model.implemented().forEach(finder::implemented);
    GeneratedApiHandlers.find(types, model, operations).forEach(finder::generated);
    return new Found(finder.found.stream().sorted(ORDER).toList(), Map.copyOf(finder.inheritedHandlers));
  }

  /** A handler annotation's HTTP method (null: any) and the route it adds to the class route. */
  private record Handling(String httpMethod, String route) {}

  private void http(TypeFacts type, HttpFramework framework) {
    List<String> classRoutes = classRoutes(type, framework);
    for (MethodFacts method : type.methods()) {
      List<Handling> handlings = handlings(method, framework);
      if (handlings.isEmpty()) {
        continue;
      }
      List<MethodFacts> implementations =
          type.kind() == TypeFacts.Kind.INTERFACE ? implementations(type, method, framework) : List.of();
      if (implementations.isEmpty() && controller(type, framework)) {
        add(method, framework.kind(), classRoutes, handlings);
      }
      for (MethodFacts implementation : implementations) {
        if (!handlings(implementation, framework).isEmpty()) {
          continue; // its own mapping makes it a handler by itself
        }
        TypeFacts owner = types.type(implementation.ref().owner()).orElseThrow();
        boolean ownRoute = framework.classRoutes().stream()
            .anyMatch(route -> annotation(owner.annotations(), route.annotation()).isPresent());
        List<String> ownerRoutes = ownRoute ? classRoutes(owner, framework) : classRoutes;
        add(implementation, framework.kind(), ownerRoutes, handlings);
        inheritedHandlers.putIfAbsent(implementation.ref(), withParameterAnnotations(implementation, method));
      }
    }
  }

  /** The HTTP methods and method routes that {@code method}'s own annotations declare; empty when it is no handler. */
  private List<Handling> handlings(MethodFacts method, HttpFramework framework) {
    List<Handling> handlings = new ArrayList<>();
    for (HandlerAnnotation handler : framework.handlers()) {
      Optional<AnnotationFacts> mapping = annotation(method.annotations(), handler.annotation());
      if (mapping.isEmpty()) {
        continue;
      }
      List<String> methodRoutes = firstPresent(mapping.get(), handler.routeAttributes());
      if (methodRoutes.isEmpty()) {
        methodRoutes = routes(method.annotations(), framework.methodRoutes());
      }
      for (String httpMethod : httpMethods(mapping.get(), handler)) {
        for (String methodRoute : methodRoutes) {
          handlings.add(new Handling(httpMethod, methodRoute));
        }
      }
    }
    return handlings;
  }

  /**
   * The project classes' methods that implement an interface's handler method and so inherit its
   * mapping (JAX-RS annotation inheritance; Spring MVC reads interface mappings the same way): each
   * concrete subtype's own or inherited implementation, when the subtype is a controller.
   */
  private List<MethodFacts> implementations(TypeFacts type, MethodFacts method, HttpFramework framework) {
    Set<MethodFacts> found = new LinkedHashSet<>();
    for (String subtype : types.subtypes(type.qualifiedName())) {
      TypeFacts implementer = types.type(subtype).orElseThrow();
      if (implementer.kind() == TypeFacts.Kind.INTERFACE || implementer.kind() == TypeFacts.Kind.ANNOTATION
          || !controller(implementer, framework)) {
        continue;
      }
      types.lookup(subtype, method.ref().name(), method.ref().arity())
          .flatMap(types::method)
          .filter(m -> types.type(m.ref().owner()).map(TypeFacts::kind).orElse(null) != TypeFacts.Kind.INTERFACE)
          .ifPresent(found::add);
    }
    return List.copyOf(found);
  }

  /** The implementation, each unannotated parameter taking the annotations of the declared one. */
  private static MethodFacts withParameterAnnotations(MethodFacts implementation, MethodFacts declared) {
    List<ParameterFacts> parameters = new ArrayList<>(implementation.parameters().size());
    for (int i = 0; i < implementation.parameters().size(); i++) {
      ParameterFacts own = implementation.parameters().get(i);
      parameters.add(own.annotations().isEmpty() && i < declared.parameters().size()
          ? new ParameterFacts(own.name(), own.type(), declared.parameters().get(i).annotations())
          : own);
    }
    return implementation.withParameters(parameters);
  }

  private boolean controller(TypeFacts type, HttpFramework framework) {
    if (Boolean.TRUE.equals(framework.classRoutesMakeControllers()) && type.kind() == TypeFacts.Kind.CLASS
        && framework.classRoutes().stream().anyMatch(route -> annotation(type.annotations(), route.annotation()).isPresent())) {
      return true;
    }
    return framework.controllerAnnotations().isEmpty()
        || framework.controllerAnnotations().stream().anyMatch(a -> annotation(type.annotations(), a).isPresent()
            || metaAnnotations(type).stream().anyMatch(meta -> annotation(meta.declared(), a).isPresent()));
  }

  /** A project annotation on a type ({@code @RestApi("/role")}) and the annotations its declaration carries. */
  private record MetaAnnotation(AnnotationFacts usage, List<AnnotationFacts> declared) {}

  /**
   * The project annotations on {@code type} that are themselves annotated: an app's own
   * {@code @RestApi} declared {@code @RestController @RequestMapping} makes each class it marks a
   * controller.
   */
  private List<MetaAnnotation> metaAnnotations(TypeFacts type) {
    List<MetaAnnotation> metas = new ArrayList<>();
    for (AnnotationFacts usage : type.annotations()) {
      usage.names().stream()
          .map(types::type)
          .flatMap(Optional::stream)
          .filter(t -> t.kind() == TypeFacts.Kind.ANNOTATION)
          .findFirst()
          .ifPresent(declaration -> metas.add(new MetaAnnotation(usage, declaration.annotations())));
    }
    return metas;
  }

  /**
   * The class's routes: its own route annotation's, else those of a project annotation that carries
   * one, where the usage's own {@code value} or {@code path} stands for the route (Spring's
   * {@code @AliasFor} on the annotation's member, as apps declare it).
   */
  private List<String> classRoutes(TypeFacts type, HttpFramework framework) {
    for (RouteAnnotation route : framework.classRoutes()) {
      if (annotation(type.annotations(), route.annotation()).isPresent()) {
        return routes(type.annotations(), framework.classRoutes());
      }
    }
    for (MetaAnnotation meta : metaAnnotations(type)) {
      for (RouteAnnotation route : framework.classRoutes()) {
        if (annotation(meta.declared(), route.annotation()).isPresent()) {
          List<String> own = firstPresent(meta.usage(), List.of("value", "path"));
          return own.isEmpty() ? routes(meta.declared(), framework.classRoutes()) : own;
        }
      }
    }
    return List.of("");
  }

  private void add(MethodFacts method, String kind, List<String> classRoutes, List<Handling> handlings) {
    for (Handling handling : handlings) {
      for (String classRoute : classRoutes) {
        found.add(new EntryPoint(kind, handling.httpMethod(), joinRoute(classRoute, handling.route()), method.ref(),
            method.nameLocation()));
      }
    }
  }

  private void generated(GeneratedApiHandlers.Handler handler) {
    found.add(handler.entry());
    inheritedHandlers.putIfAbsent(handler.entry().handler(), handler.facts());
  }

  private void annotated(TypeFacts type, AnnotatedEntry entry) {
    for (MethodFacts method : type.methods()) {
      for (String name : entry.annotations()) {
        annotation(method.annotations(), name)
            .ifPresent(a -> add(type, method, entry.kind(), null, trigger(name, a, entry.triggerAttributes())));
      }
    }
  }

  private void implemented(ImplementedEntry entry) {
    for (String supertype : entry.supertypes()) {
      for (String implementation : types.subtypes(supertype)) {
        TypeFacts type = types.type(implementation).orElseThrow();
        if (type.kind() == TypeFacts.Kind.INTERFACE || type.kind() == TypeFacts.Kind.ANNOTATION) {
          continue;
        }
        for (EntryMethod wanted : entry.methods()) {
          for (MethodFacts method : type.methods()) {
            if (method.ref().name().equals(wanted.name()) && method.ref().arity() == wanted.arity()) {
              // A job's trigger is its type (Quartz Job); a route object's route is where it is registered, unseen here.
              String route = wanted.httpMethod() == null && !entry.kind().equals("http") ? simpleName(supertype) : null;
              add(type, method, entry.kind(), wanted.httpMethod(), route);
            }
          }
        }
      }
    }
  }

  private void dataRest(TypeFacts type, DataRest dataRest) {
    Optional<AnnotationFacts> resource =
        dataRest.annotations().stream().flatMap(a -> annotation(type.annotations(), a).stream()).findFirst();
    if (resource.isEmpty()
        || resource.get().attributes().getOrDefault(dataRest.exportedAttribute(), List.of()).contains("false")) {
      return;
    }
    List<String> paths = resource.get().attributes().getOrDefault(dataRest.pathAttribute(), List.of());
    String path =
        paths.isEmpty() ? defaultPath(type.qualifiedName()) : resource.get().resolved(paths.get(0), constants);
    MethodRef save = new MethodRef(type.qualifiedName(), dataRest.saveMethod(), 1);
    Location location = types.method(save).map(MethodFacts::nameLocation).orElse(type.nameLocation());
    for (Operation operation : dataRest.operations()) {
      found.add(
          new EntryPoint(dataRest.kind(), operation.httpMethod(), joinRoute(path, operation.route()), save, location));
    }
  }

  /** Spring Data REST's default: the uncapitalized entity name, pluralized with an {@code s}. */
  private String defaultPath(String repository) {
    String name = types.repositoryEntity(repository).map(EntryPoints::simpleName).orElse(simpleName(repository));
    return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "s";
  }

  private void add(TypeFacts type, MethodFacts method, String kind, String httpMethod, String route) {
    MethodRef handler = new MethodRef(type.qualifiedName(), method.ref().name(), method.ref().arity());
    found.add(new EntryPoint(kind, httpMethod, route, handler, method.nameLocation()));
  }

  /** The routes of the first route annotation present; one empty route when none is. */
  private List<String> routes(List<AnnotationFacts> annotations, List<RouteAnnotation> routeAnnotations) {
    for (RouteAnnotation route : routeAnnotations) {
      Optional<AnnotationFacts> present = annotation(annotations, route.annotation());
      if (present.isPresent()) {
        List<String> values = firstPresent(present.get(), route.attributes());
        return values.isEmpty() ? List.of("") : values;
      }
    }
    return List.of("");
  }

  /** The routes of the first attribute present, constants resolved, or an empty list. */
  private List<String> firstPresent(AnnotationFacts annotation, List<String> attributes) {
    for (String attribute : attributes) {
      List<String> values = annotation.attributes().get(attribute);
      if (values != null && !values.isEmpty()) {
        return values.stream().map(value -> annotation.resolved(value, constants)).toList();
      }
    }
    return List.of();
  }

  /** A fixed method, the methods an attribute lists ({@code RequestMethod.PUT -> PUT}), or any (null). */
  private static List<String> httpMethods(AnnotationFacts mapping, HandlerAnnotation handler) {
    if (handler.httpMethod() != null) {
      return List.of(handler.httpMethod());
    }
    List<String> listed =
        handler.httpMethodAttribute() == null
            ? List.of()
            : mapping.attributes().getOrDefault(handler.httpMethodAttribute(), List.of());
    if (listed.isEmpty()) {
      return Arrays.asList((String) null);
    }
    return listed.stream().map(v -> simpleName(v.trim()).toUpperCase(Locale.ROOT)).distinct().toList();
  }

  /** {@code @Scheduled(cron=0 0 * * * *)}; a {@code value} trigger shows without its name. */
  private static String trigger(String annotationName, AnnotationFacts annotation, List<String> attributes) {
    String label = "@" + simpleName(annotationName);
    for (String attribute : attributes) {
      List<String> values = annotation.attributes().get(attribute);
      if (values != null && !values.isEmpty()) {
        String joined = String.join(",", values);
        return label + "(" + (attribute.equals("value") ? joined : attribute + "=" + joined) + ")";
      }
    }
    return label;
  }

  /** Class and method routes joined with exactly one {@code /}; always starts with {@code /}. */
  static String joinRoute(String classRoute, String methodRoute) {
    List<String> parts = new ArrayList<>();
    for (String part : List.of(classRoute, methodRoute)) {
      String trimmed = strip(part.trim());
      if (!trimmed.isEmpty()) {
        parts.add(trimmed);
      }
    }
    return parts.stream().collect(Collectors.joining("/", "/", ""));
  }

  private static String strip(String route) {
    int start = 0;
    int end = route.length();
    while (start < end && route.charAt(start) == '/') {
      start++;
    }
    while (end > start && route.charAt(end - 1) == '/') {
      end--;
    }
    return route.substring(start, end);
  }

  static Optional<AnnotationFacts> annotation(List<AnnotationFacts> annotations, String qualifiedName) {
    for (AnnotationFacts annotation : annotations) {
      if (annotation.is(qualifiedName)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
