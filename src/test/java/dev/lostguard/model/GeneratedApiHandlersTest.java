package dev.lostguard.model;

import static dev.lostguard.model.Facts.ann;
import static dev.lostguard.model.Facts.iface;
import static dev.lostguard.model.Facts.m;
import static dev.lostguard.model.Facts.param;
import static dev.lostguard.model.Facts.ref;
import static dev.lostguard.model.Facts.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.rules.EntryPointModels;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedApiHandlersTest {

  private static final EntryPointModel MODEL = EntryPointModels.builtIn().model();
  private static final AnnotationFacts OVERRIDE = ann("java.lang.Override");
  private static final AnnotationFacts REST_CONTROLLER = ann("org.springframework.web.bind.annotation.RestController");
  private static final ApiOperation UPDATE_POLICY = new ApiOperation("update-vuln-policy", "PUT", "/vuln-policies/{uuid}",
      List.of(new ApiOperation.Parameter("uuid", "path"), new ApiOperation.Parameter("If-Match", "header")), true,
      List.of("Vuln Policies"), "api/openapi.yaml");

  private static TypeFacts resource(String supertype) {
    return type("org.acme.VulnPoliciesResource")
        .extending(supertype)
        .method("updateVulnPolicy", 3, b -> b.annotated(OVERRIDE).parameters(
            param("uuid", ref("java.util.UUID")), param("ifMatch", ref("java.lang.String")),
            param("request", ref("org.acme.api.model.UpdateVulnPolicyRequest"))))
        .method("helper", 0)
        .build();
  }

  private static CallGraph graph(List<ApiOperation> operations, TypeFacts... types) {
    return CallGraph.build(List.of(types), MODEL, ConstantPool.of(List.of()), operations);
  }

  @Test
  void aMethodNamedLikeAnOperationOfAnUndeclaredInterfaceHandlesItsMethodAndRoute() {
    CallGraph graph = graph(List.of(UPDATE_POLICY), resource("org.acme.api.VulnPoliciesApi"));

    assertThat(graph.entryPoints()).singleElement().satisfies(e -> {
      assertThat(e.label()).isEqualTo("PUT /vuln-policies/{uuid}");
      assertThat(e.kind()).isEqualTo("http");
      assertThat(e.handler()).isEqualTo(m("org.acme.VulnPoliciesResource", "updateVulnPolicy", 3));
    });
  }

  @Test
  void theHandlerTakesTheBindingsOfTheGeneratedInterface() {
    CallGraph graph = graph(List.of(UPDATE_POLICY), resource("org.acme.api.VulnPoliciesApi"));

    List<ParameterFacts> parameters =
        graph.method(m("org.acme.VulnPoliciesResource", "updateVulnPolicy", 3)).orElseThrow().parameters();
    assertThat(parameters.get(0).annotations()).singleElement().satisfies(a -> assertThat(a.is("jakarta.ws.rs.PathParam")).isTrue());
    assertThat(parameters.get(1).annotations()).singleElement().satisfies(a -> {
      assertThat(a.is("jakarta.ws.rs.HeaderParam")).isTrue();
      assertThat(a.attributes()).containsEntry("value", List.of("If-Match"));
    });
    assertThat(parameters.get(2).annotations()).singleElement()
        .satisfies(a -> assertThat(a.is(MODEL.requestBodyAnnotations().get(0))).isTrue());
  }

  @Test
  void aControllerWhoseBaseClassImplementsTheGeneratedInterfaceHandlesTheOperationWithSpringBindings() {
    TypeFacts base = type("org.acme.BasePoliciesController").extending("org.acme.api.VulnPoliciesApi").build();
    TypeFacts controller = type("org.acme.PoliciesController")
        .annotated(REST_CONTROLLER)
        .extending("org.acme.BasePoliciesController")
        .method("updateVulnPolicy", 3, b -> b.annotated(OVERRIDE).parameters(param("uuid", ref("java.util.UUID")),
            param("ifMatch", ref("java.lang.String")), param("body", ref("org.acme.api.model.Policy"))))
        .build();

    CallGraph graph = graph(List.of(UPDATE_POLICY), base, controller);

    assertThat(graph.entryPoints()).extracting(EntryPoint::label).containsExactly("PUT /vuln-policies/{uuid}");
    assertThat(graph.method(m("org.acme.PoliciesController", "updateVulnPolicy", 3)).orElseThrow().parameters().get(1)
        .annotations()).singleElement()
        .satisfies(a -> assertThat(a.is("org.springframework.web.bind.annotation.RequestHeader")).isTrue());
  }

  @Test
  void aSupertypeThatTheProjectDeclaresIsNoGeneratedInterface() {
    TypeFacts declared = iface("org.acme.api.VulnPoliciesApi").method("updateVulnPolicy", 3).build();

    assertThat(graph(List.of(UPDATE_POLICY), resource("org.acme.api.VulnPoliciesApi"), declared).entryPoints()).isEmpty();
  }

  @Test
  void onlyAnOverrideOfNoProjectMethodWithRoomForTheOperationsParametersHandlesIt() {
    TypeFacts contract = iface("org.acme.PolicyStore").method("updateVulnPolicy", 3).build();
    TypeFacts store = type("org.acme.JdbcPolicyStore")
        .extending("org.acme.PolicyStore", "java.io.Closeable")
        .method("updateVulnPolicy", 3, b -> b.annotated(OVERRIDE))
        .build();
    TypeFacts notOverriding = type("org.acme.PolicyJob")
        .extending("org.quartz.Job")
        .method("updateVulnPolicy", 3)
        .build();
    TypeFacts tooFewParameters = type("org.acme.PolicyListener")
        .extending("org.acme.api.VulnPoliciesApi")
        .method("updateVulnPolicy", 1, b -> b.annotated(OVERRIDE))
        .build();

    assertThat(graph(List.of(UPDATE_POLICY), contract, store, notOverriding, tooFewParameters).entryPoints()).isEmpty();
  }

  @Test
  void anOperationIdRepeatedAcrossSpecsKeepsTheOperationWhoseTagNamesTheInterface() {
    ApiOperation other = new ApiOperation("updateVulnPolicy", "PATCH", "/v1/policy/{uuid}", List.of(), true,
        List.of("Legacy"), "api/v1.yaml");

    CallGraph graph = graph(List.of(other, UPDATE_POLICY), resource("org.acme.api.VulnPoliciesApi"));

    assertThat(graph.entryPoints()).extracting(EntryPoint::label).containsExactly("PUT /vuln-policies/{uuid}");
  }

  @Test
  void withoutASpecAControllerImplementingAnApiTypeHandlesItsOverridesWithUnknownMethodAndRoute() {
    TypeFacts controller = type("org.acme.PetsController")
        .annotated(REST_CONTROLLER)
        .extending("org.acme.api.PetsApi")
        .method("updatePet", 2, b -> b.annotated(OVERRIDE))
        .method("toDto", 1)
        .build();

    List<EntryPoint> entries = graph(List.of(), controller).entryPoints();

    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("http");
      assertThat(e.httpMethod()).isNull();
      assertThat(e.route()).isNull();
      assertThat(e.handler()).isEqualTo(m("org.acme.PetsController", "updatePet", 2));
      assertThat(e.actedByPerson()).isTrue();
    });
  }

  @Test
  void withoutASpecAPlainClassImplementingAnApiTypeHandlesNothing() {
    TypeFacts client = type("org.acme.PetsClient")
        .extending("org.acme.api.PetsApi")
        .method("updatePet", 2, b -> b.annotated(OVERRIDE))
        .build();

    assertThat(graph(List.of(), client).entryPoints()).isEmpty();
  }

  @Test
  void operationIdsBecomeCamelCasedJavaNames() {
    assertThat(UPDATE_POLICY.javaName()).isEqualTo("updateVulnPolicy");
    assertThat(new ApiOperation("Pets.List_all", "GET", "/pets", List.of(), false, List.of(), "a.yaml").javaName())
        .isEqualTo("petsListAll");
    assertThat(ApiOperation.tagInterface("Vuln Policies")).isEqualTo("VulnPoliciesApi");
  }
}
