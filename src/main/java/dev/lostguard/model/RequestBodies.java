package dev.lostguard.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Which parameters of an HTTP handler carry the request body. */
public final class RequestBodies {

  /** Annotations that bind a parameter to something other than the request body. */
  private static final Set<String> NOT_BODY_ANNOTATIONS = notBodyAnnotations();

  private RequestBodies() {}

  /**
   * A JAX-RS resource method (its own or a parameter's annotation says so): there, an unannotated
   * parameter of any type is the request entity ({@code String json} parsed by the handler).
   */
  public static boolean jaxRs(MethodFacts handler) {
    return handler.annotations().stream().anyMatch(RequestBodies::jaxRsName)
        || handler.parameters().stream().flatMap(p -> p.annotations().stream()).anyMatch(RequestBodies::jaxRsName);
  }

  /** No annotation binds it elsewhere: a JAX-RS entity (documentation annotations such as OpenAPI's do not count). */
  public static boolean entity(ParameterFacts parameter) {
    return parameter.annotations().stream().noneMatch(a -> NOT_BODY_ANNOTATIONS.stream().anyMatch(a::is));
  }

  /**
   * The handler receives nothing a client could have read earlier: every parameter says which record
   * (a path parameter, an id or a list of ids), who is calling (the logged-in user), or is a framework
   * object that carries no form (the response, a {@code Model}, a {@code BindingResult}). Such a request
   * sends no copy of a record, so what the writes it starts store is the server's: a job run now, a
   * status or a count computed, a stamp. A servlet request, a map, any other value may carry a form.
   */
  public static boolean carryNoValues(MethodFacts handler) {
    if (readsRequestItself(handler)) {
      return false;
    }
    return handler.parameters().stream().allMatch(RequestBodies::carriesNoValue);
  }

  /**
   * A method that takes only which records and who calls (ids, path parameters, the logged-in user,
   * framework objects; at least one): no value of a form can pass through it. A write reached only
   * past such a method ({@code refreshJobByTaskIds(Integer... ids)} called after a dashboard layout is
   * saved) stores what the server computes, not the client's copy.
   */
  public static boolean takesOnlyIds(MethodFacts method) {
    return !method.parameters().isEmpty() && method.parameters().stream().allMatch(RequestBodies::carriesNoValue);
  }

  /**
   * The handler's form names none of {@code columns}: each parameter carries no value, or binds a
   * project type none of whose properties is named like one of them ({@link FormFields}): what a write
   * of those columns such a request reaches stores is the server's, not the client's copy.
   */
  public static boolean carryNoneOf(MethodFacts handler, CallGraph graph, Set<String> columns) {
    return !readsRequestItself(handler) && FormFields.nameNoneOf(handler, graph, columns, RequestBodies::carriesNoValue);
  }

  private static boolean carriesNoValue(ParameterFacts parameter) {
    String type = parameter.type() == null ? "" : parameter.type().simpleName();
    return pathParameter(parameter)
        || NO_VALUE_TYPES.contains(type)
        || OwnRecords.builtIn().isLoggedInUser(parameter)
        || RECORD_ID.matcher(parameter.name()).matches() && ID_TYPES.contains(type);
  }

  /**
   * The handler reads the request through a helper rather than its parameters: an inherited
   * {@code getObject(Config.class)} or {@code getValString("id")} (a base controller's), a
   * {@code getPara(..)}, or the servlet request's {@code getParameter}/{@code getInputStream}. What it
   * receives, and which record that names, is not in its signature.
   */
  public static boolean readsRequestItself(MethodFacts handler) {
    for (MethodCall call : handler.calls()) {
      if (call.receiver() == MethodCall.Receiver.THIS && REQUEST_READERS.matcher(call.name()).matches()
          || SERVLET_READERS.contains(call.name())) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern REQUEST_READERS = Pattern.compile(
      "get(Req|Object|Val|Param|Para|Body|Json|JSON|Form|Input)[A-Za-z]*|bind[A-Za-z]*"
          + "|(read|parse)(Req|Body|Json|JSON|Param|Form)[A-Za-z]*");
  private static final Set<String> SERVLET_READERS = Set.of("getParameter", "getParameterMap", "getInputStream",
      "getReader", "getRequestAttributes", "currentRequestAttributes");

  private static final Set<String> PATH_ANNOTATIONS = Set.of(
      "org.springframework.web.bind.annotation.PathVariable", "javax.ws.rs.PathParam", "jakarta.ws.rs.PathParam");

  /** A path parameter ({@code @PathVariable}, {@code @PathParam}): part of the route, naming a record. */
  static boolean pathParameter(ParameterFacts parameter) {
    return parameter.annotations().stream().anyMatch(a -> PATH_ANNOTATIONS.stream().anyMatch(a::is));
  }
  /** Framework objects that carry no value the client edited. */
  private static final Set<String> NO_VALUE_TYPES = Set.of(
      "HttpServletResponse", "ServletResponse", "Model", "ModelMap", "BindingResult", "Errors", "Locale", "Principal",
      "Authentication", "HttpSession", "RedirectAttributes", "UriComponentsBuilder", "SecurityContext", "UriInfo",
      "AsyncResponse", "SessionStatus");
  /** A name that refers to a record: {@code id}, {@code ids}, {@code projectId}, {@code order_ids}. */
  static final Pattern RECORD_ID = Pattern.compile("id|ids|.*(Id|Ids|ID|IDs|_id|_ids)");
  private static final Set<String> ID_TYPES =
      Set.of("Long", "long", "Integer", "int", "String", "UUID", "List", "Set", "Collection", "Long[]", "long[]",
          "Integer[]", "int[]", "String[]");

  private static boolean jaxRsName(AnnotationFacts annotation) {
    return annotation.names().stream().anyMatch(n -> n.startsWith("javax.ws.rs.") || n.startsWith("jakarta.ws.rs."));
  }

  private static Set<String> notBodyAnnotations() {
    Set<String> names = new HashSet<>();
    for (String name : List.of("PathParam", "QueryParam", "HeaderParam", "FormParam", "CookieParam", "MatrixParam",
        "BeanParam", "core.Context", "container.Suspended")) {
      names.add("javax.ws.rs." + name);
      names.add("jakarta.ws.rs." + name);
    }
    for (String name : List.of("PathVariable", "RequestParam", "RequestHeader", "CookieValue", "MatrixVariable",
        "RequestAttribute", "SessionAttribute", "RequestPart")) {
      names.add("org.springframework.web.bind.annotation." + name);
    }
    // The logged-in principal: Dropwizard's @Auth, Spring Security's argument resolvers.
    names.add("io.dropwizard.auth.Auth");
    names.add("org.springframework.security.core.annotation.AuthenticationPrincipal");
    names.add("org.springframework.security.core.annotation.CurrentSecurityContext");
    return Set.copyOf(names);
  }
}
