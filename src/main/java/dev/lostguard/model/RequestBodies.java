package dev.lostguard.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
