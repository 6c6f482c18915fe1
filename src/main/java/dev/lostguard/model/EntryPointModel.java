package dev.lostguard.model;

import java.util.List;

/**
 * Which declarations make an entry point, and which library interfaces make a Spring Data
 * repository: framework knowledge as data ({@code rules/models/entry-points.json}). Every name is a
 * fully qualified annotation or type name, matched against the candidates the front-end recorded
 * ({@link AnnotationFacts#names()}, {@link TypeRef#candidates()}), never by simple name alone.
 *
 * @param http annotated HTTP handlers (Spring MVC/WebFlux, JAX-RS, Micronaut)
 * @param annotated methods that are entry points by one annotation ({@code @Scheduled},
 *     {@code @KafkaListener}, {@code @MutationMapping}, {@code @ShellMethod})
 * @param implemented methods that are entry points because their class implements a library type
 *     (servlets' {@code doPut}, Quartz {@code Job.execute}, {@code CommandLineRunner.run})
 * @param dataRest repositories that a framework exports as HTTP resources (Spring Data REST)
 * @param repositoryTypes library interfaces whose project sub-interfaces are Spring Data
 *     repositories; their first type argument is the entity
 * @param requestBodyAnnotations parameter annotations that bind the request body ({@code @RequestBody})
 * @param routeCalls routing DSLs whose calls register HTTP handlers (SparkJava, Javalin, Vert.x Web)
 */
public record EntryPointModel(
    List<HttpFramework> http,
    List<AnnotatedEntry> annotated,
    List<ImplementedEntry> implemented,
    List<DataRest> dataRest,
    List<String> repositoryTypes,
    List<String> requestBodyAnnotations,
    List<RouteFramework> routeCalls) {

  /** The entry point kinds, as {@link EntryPoint#kind()} spells them. */
  public static final List<String> KINDS = List.of("http", "graphql", "data-rest", "job", "admin");

  public EntryPointModel {
    http = copy(http);
    annotated = copy(annotated);
    implemented = copy(implemented);
    dataRest = copy(dataRest);
    repositoryTypes = copy(repositoryTypes);
    requestBodyAnnotations = copy(requestBodyAnnotations);
    routeCalls = copy(routeCalls);
  }

  /** A model without routing DSLs. */
  public EntryPointModel(
      List<HttpFramework> http,
      List<AnnotatedEntry> annotated,
      List<ImplementedEntry> implemented,
      List<DataRest> dataRest,
      List<String> repositoryTypes,
      List<String> requestBodyAnnotations) {
    this(http, annotated, implemented, dataRest, repositoryTypes, requestBodyAnnotations, List.of());
  }

  /**
   * An annotation-driven web framework. A handler's routes are every class route joined with every
   * method route; a handler with several HTTP methods gives one entry point per method and route.
   *
   * @param framework a label ({@code spring-mvc}); not used by the analysis
   * @param kind the entry point kind, normally {@code http}
   * @param controllerAnnotations one of these must be on the class; empty means any class
   * @param classRoutes class annotations whose attributes give the route prefix (the first present wins)
   * @param methodRoutes method annotations giving the route when the handler annotation has none
   *     (JAX-RS {@code @Path} beside {@code @PUT})
   * @param handlers the method annotations that make a handler
   * @param classRoutesMakeControllers a class (not an interface) carrying a class route annotation is a
   *     controller without a controller annotation (Spring MVC before 6: a bean with a type-level
   *     {@code @RequestMapping} is a handler)
   */
  public record HttpFramework(
      String framework,
      String kind,
      List<String> controllerAnnotations,
      List<RouteAnnotation> classRoutes,
      List<RouteAnnotation> methodRoutes,
      List<HandlerAnnotation> handlers,
      Boolean classRoutesMakeControllers) {

    public HttpFramework {
      controllerAnnotations = copy(controllerAnnotations);
      classRoutes = copy(classRoutes);
      methodRoutes = copy(methodRoutes);
      handlers = copy(handlers);
    }
  }

  /**
   * An annotation holding a route.
   *
   * @param attributes the attributes that hold it, in order of preference ({@code value}, {@code path})
   */
  public record RouteAnnotation(String annotation, List<String> attributes) {

    public RouteAnnotation {
      attributes = copy(attributes);
    }
  }

  /**
   * A method annotation that makes an HTTP handler.
   *
   * @param httpMethod the fixed HTTP method ({@code PUT}), or null when an attribute names it
   * @param httpMethodAttribute the attribute listing methods ({@code method = RequestMethod.PUT}), or
   *     null; when both are absent the handler accepts any method and its entry points have none
   * @param routeAttributes the attributes holding the method's route, in order of preference
   */
  public record HandlerAnnotation(
      String annotation, String httpMethod, String httpMethodAttribute, List<String> routeAttributes) {

    public HandlerAnnotation {
      routeAttributes = copy(routeAttributes);
    }
  }

  /**
   * Methods that are entry points by one of {@code annotations}; the route shows the annotation and
   * its trigger: {@code @Scheduled(cron=0 0 * * * *)}, {@code @KafkaListener(topics=orders)}.
   *
   * @param triggerAttributes attributes naming what starts the method, the first present is shown
   */
  public record AnnotatedEntry(String kind, List<String> annotations, List<String> triggerAttributes) {

    public AnnotatedEntry {
      annotations = copy(annotations);
      triggerAttributes = copy(triggerAttributes);
    }
  }

  /**
   * Methods that are entry points because a class (not an interface) extends or implements one of
   * {@code supertypes}, directly or through project types, and declares them.
   */
  public record ImplementedEntry(String kind, List<String> supertypes, List<EntryMethod> methods) {

    public ImplementedEntry {
      supertypes = copy(supertypes);
      methods = copy(methods);
    }
  }

  /**
   * A method name and parameter count.
   *
   * @param httpMethod the HTTP method it serves ({@code doPut -> PUT}), or null
   */
  public record EntryMethod(String name, int arity, String httpMethod) {}

  /**
   * Repositories exported as resources: each operation is an entry point whose handler is the
   * repository's {@code saveMethod} (arity 1), declared or inherited.
   *
   * @param pathAttribute the annotation attribute naming the collection path; by default the
   *     uncapitalized entity name plus {@code s}
   * @param exportedAttribute the attribute that, {@code false}, turns the export off
   */
  public record DataRest(
      String kind,
      List<String> annotations,
      String pathAttribute,
      String exportedAttribute,
      String saveMethod,
      List<Operation> operations) {

    public DataRest {
      annotations = copy(annotations);
      operations = copy(operations);
    }
  }

  /**
   * One HTTP operation of an exported repository.
   *
   * @param route appended to the collection path ({@code /{id}}, or empty)
   */
  public record Operation(String httpMethod, String route) {}

  /**
   * A routing DSL: calls named {@code verbs} on one of {@code owners} register a handler for the HTTP
   * method the verb names ({@code put -> PUT}). The owner is the receiver's declared type or, for an
   * unqualified call, a class it is statically imported from; a project type never matches.
   *
   * @param framework a label ({@code spark}); not used by the analysis
   * @param kind the entry point kind, normally {@code http}
   * @param owners the qualified types (or static-import classes) that declare the verbs
   * @param verbs the method names that register a route, each an HTTP method in lower case
   * @param routeArgument the verb call's argument holding the route
   * @param handlerArguments where the handler may be, in order: the first that is a method reference
   *     or a lambda is the handler (Spark's {@code put(path, acceptType, route)} has it third)
   * @param handlerMethods when not empty, the verb call only declares the route and these methods,
   *     called on it, take the handler ({@code router.put(path).handler(this::update)})
   * @param groupMethods methods of the owners whose lambda argument holds routes under the path their
   *     first argument names ({@code path("notes", () -> put("{id}", ..))} is {@code /notes/{id}})
   */
  public record RouteFramework(
      String framework,
      String kind,
      List<String> owners,
      List<String> verbs,
      int routeArgument,
      List<Integer> handlerArguments,
      List<String> handlerMethods,
      List<String> groupMethods) {

    public RouteFramework {
      owners = copy(owners);
      verbs = copy(verbs);
      handlerArguments = copy(handlerArguments);
      handlerMethods = copy(handlerMethods);
      groupMethods = copy(groupMethods);
    }
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
