package dev.lostguard.model;

import static dev.lostguard.model.Facts.ann;
import static dev.lostguard.model.Facts.generic;
import static dev.lostguard.model.Facts.iface;
import static dev.lostguard.model.Facts.m;
import static dev.lostguard.model.Facts.param;
import static dev.lostguard.model.Facts.ref;
import static dev.lostguard.model.Facts.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lostguard.rules.EntryPointModels;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntryPointsTest {

  private static final EntryPointModel MODEL = EntryPointModels.builtIn().model();
  private static final String WEB = "org.springframework.web.bind.annotation.";
  private static final AnnotationFacts REST_CONTROLLER = ann(WEB + "RestController");

  private static List<String> labels(TypeFacts... types) {
    return CallGraph.build(List.of(types), MODEL).entryPoints().stream().map(EntryPoint::label).toList();
  }

  private static TypeFacts springController(AnnotationFacts classMapping, AnnotationFacts methodMapping) {
    return type("com.shop.RuleController")
        .annotated(REST_CONTROLLER, classMapping)
        .method("update", 2, b -> b.annotated(methodMapping))
        .build();
  }

  @Test
  void joinsClassAndMethodRoutesWithOneSlash() {
    TypeFacts controller =
        springController(ann(WEB + "RequestMapping", "value", "/api/rules/"), ann(WEB + "PutMapping", "value", "/{id}"));

    List<EntryPoint> entries = CallGraph.build(List.of(controller), MODEL).entryPoints();

    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("http");
      assertThat(e.httpMethod()).isEqualTo("PUT");
      assertThat(e.route()).isEqualTo("/api/rules/{id}");
      assertThat(e.handler()).isEqualTo(m("com.shop.RuleController", "update", 2));
      assertThat(e.location()).isEqualTo(Location.point("com/shop/RuleController.java", 2, 3));
    });
  }

  @Test
  void readsPathAsWellAsValueAndFallsBackToTheClassRoute() {
    assertThat(labels(springController(ann(WEB + "RequestMapping", "path", "api/rules"), ann(WEB + "PatchMapping", "path", "{id}"))))
        .containsExactly("PATCH /api/rules/{id}");
    assertThat(labels(springController(ann(WEB + "RequestMapping", "path", "/api/rules"), ann(WEB + "PostMapping"))))
        .containsExactly("POST /api/rules");
  }

  @Test
  void givesOneEntryPointPerRouteOfAnArray() {
    assertThat(labels(springController(
            ann(WEB + "RequestMapping", "value", "/v1", "/v2"), ann(WEB + "DeleteMapping", "value", "/a", "/b"))))
        .containsExactly("DELETE /v1/a", "DELETE /v1/b", "DELETE /v2/a", "DELETE /v2/b");
  }

  @Test
  void takesTheHttpMethodFromRequestMappingsMethodAttribute() {
    AnnotationFacts mapping =
        ann(WEB + "RequestMapping", Map.of("value", List.of("/{id}"), "method", List.of("RequestMethod.PUT")));
    assertThat(labels(springController(ann(WEB + "RequestMapping", "value", "/rules"), mapping)))
        .containsExactly("PUT /rules/{id}");
    assertThat(CallGraph.build(List.of(springController(ann(WEB + "RequestMapping", "value", "/rules"),
            ann(WEB + "RequestMapping", "value", "/all"))), MODEL).entryPoints())
        .singleElement()
        .satisfies(e -> assertThat(e.httpMethod()).isNull());
  }

  @Test
  void requiresAControllerAnnotationForSpringMappings() {
    TypeFacts plain =
        type("com.shop.NotAController").method("update", 1, b -> b.annotated(ann(WEB + "PutMapping", "value", "/x"))).build();
    assertThat(labels(plain)).isEmpty();
  }

  @Test
  void aClassWithATypeLevelRequestMappingIsASpringControllerButAnInterfaceIsNot() {
    TypeFacts routed = type("com.shop.JobConfigController")
        .annotated(ann(WEB + "RequestMapping", "value", "/jobs/{job}/config"))
        .method("update", 1, b -> b.annotated(ann(WEB + "PostMapping")))
        .build();
    TypeFacts client = iface("com.shop.RemoteJobs")
        .annotated(ann(WEB + "RequestMapping", "value", "/remote"))
        .method("update", 1, b -> b.annotated(ann(WEB + "PostMapping")))
        .build();
    assertThat(labels(routed)).containsExactly("POST /jobs/{job}/config");
    assertThat(labels(client)).isEmpty();
  }

  @Test
  void matchesAnnotationsOnlyByQualifiedName() {
    TypeFacts lookalike =
        type("com.shop.RuleController")
            .annotated(REST_CONTROLLER)
            .method("update", 1, b -> b.annotated(ann("com.acme.web.PutMapping", "value", "/x")))
            .method("patch", 1, b -> b.annotated(new AnnotationFacts(List.of("PatchMapping"), Map.of(), null)))
            .build();
    assertThat(labels(lookalike)).isEmpty();
  }

  @Test
  void joinsJaxRsClassAndMethodPaths() {
    TypeFacts resource =
        type("com.shop.OrderResource")
            .annotated(ann("jakarta.ws.rs.Path", "value", "orders"))
            .method("replace", 2, b -> b.annotated(ann("jakarta.ws.rs.PUT"), ann("jakarta.ws.rs.Path", "value", "{id}")))
            .method("create", 1, b -> b.annotated(ann("javax.ws.rs.POST")))
            .build();
    assertThat(labels(resource)).containsExactly("PUT /orders/{id}", "POST /orders");
  }

  private static TypeFacts activityResource() {
    return iface("com.shop.api.ActivityResource")
        .annotated(ann("jakarta.ws.rs.Path", "value", "/activity/v1"))
        .method("update", 2, b -> b.annotated(ann("jakarta.ws.rs.PUT"), ann("jakarta.ws.rs.Path", "value", "/{id}")))
        .method("fetch", 1, b -> b.annotated(ann("jakarta.ws.rs.GET"), ann("jakarta.ws.rs.Path", "value", "/{id}")))
        .build();
  }

  @Test
  void jaxRsMappingsOnAnInterfaceMethodMakeEachImplementationAHandler() {
    TypeFacts resource = activityResource();
    TypeFacts implementation = type("com.shop.impl.ActivityResourceImpl")
        .extending("com.shop.api.ActivityResource")
        .method("update", 2)
        .method("fetch", 1)
        .build();

    List<EntryPoint> entries = CallGraph.build(List.of(resource, implementation), MODEL).entryPoints();

    assertThat(entries).extracting(EntryPoint::label).containsExactly("PUT /activity/v1/{id}", "GET /activity/v1/{id}");
    assertThat(entries).extracting(EntryPoint::handler).containsExactly(
        m("com.shop.impl.ActivityResourceImpl", "update", 2), m("com.shop.impl.ActivityResourceImpl", "fetch", 1));
    assertThat(entries.get(0).location()).isEqualTo(implementation.methods().get(0).nameLocation());
  }

  @Test
  void anImplementingHandlerTakesTheParameterAnnotationsTheInterfaceDeclares() {
    AnnotationFacts ifMatch = ann("jakarta.ws.rs.HeaderParam", "value", "If-Match");
    AnnotationFacts own = ann("jakarta.ws.rs.PathParam", "value", "key");
    TypeFacts resource = iface("com.shop.api.NoteResource")
        .annotated(ann("jakarta.ws.rs.Path", "value", "/notes"))
        .method("save", 3, b -> b.annotated(ann("jakarta.ws.rs.PUT"))
            .parameters(param("id", ref("long"), ann("jakarta.ws.rs.PathParam", "value", "id")),
                param("etag", ref("java.lang.String"), ifMatch), param("note", ref("com.shop.api.Note"))))
        .build();
    TypeFacts implementation = type("com.shop.impl.NoteResourceImpl")
        .extending("com.shop.api.NoteResource")
        .method("save", 3, b -> b.parameters(param("id", ref("long"), own), param("etag", ref("java.lang.String")),
            param("note", ref("com.shop.api.Note"))))
        .build();

    CallGraph graph = CallGraph.build(List.of(resource, implementation), MODEL);

    assertThat(graph.method(m("com.shop.impl.NoteResourceImpl", "save", 3)).orElseThrow().parameters())
        .extracting(ParameterFacts::annotations)
        .containsExactly(List.of(own), List.of(ifMatch), List.of());
    assertThat(implementation.methods().get(0).parameters().get(1).annotations()).isEmpty();
  }

  @Test
  void anImplementationsOwnMappingWinsOverTheInterfaces() {
    TypeFacts implementation = type("com.shop.impl.ActivityResourceImpl")
        .extending("com.shop.api.ActivityResource")
        .annotated(ann("jakarta.ws.rs.Path", "value", "/v2/activity"))
        .method("update", 2, b -> b.annotated(ann("jakarta.ws.rs.POST")))
        .method("fetch", 1)
        .build();

    assertThat(CallGraph.build(List.of(activityResource(), implementation), MODEL).entryPoints())
        .extracting(e -> e.label() + " " + e.handler().label())
        .containsExactlyInAnyOrder(
            "POST /v2/activity ActivityResourceImpl.update", "GET /v2/activity/{id} ActivityResourceImpl.fetch");
  }

  @Test
  void anInterfaceWithoutProjectImplementationKeepsItsOwnEntryPoints() {
    assertThat(CallGraph.build(List.of(activityResource()), MODEL).entryPoints())
        .extracting(EntryPoint::handler)
        .containsExactlyInAnyOrder(
            m("com.shop.api.ActivityResource", "update", 2), m("com.shop.api.ActivityResource", "fetch", 1));
  }

  @Test
  void springInterfaceMappingsApplyToTheControllerThatImplementsThem() {
    TypeFacts api = iface("com.shop.api.RuleApi")
        .annotated(ann(WEB + "RequestMapping", "value", "/api/rules"))
        .method("update", 2, b -> b.annotated(ann(WEB + "PutMapping", "value", "/{id}")))
        .build();
    TypeFacts controller = type("com.shop.web.RuleController")
        .extending("com.shop.api.RuleApi")
        .annotated(REST_CONTROLLER)
        .method("update", 2)
        .build();
    TypeFacts notAController =
        type("com.shop.client.RuleClient").extending("com.shop.api.RuleApi").method("update", 2).build();

    assertThat(CallGraph.build(List.of(api, controller, notAController), MODEL).entryPoints())
        .singleElement()
        .satisfies(e -> {
          assertThat(e.label()).isEqualTo("PUT /api/rules/{id}");
          assertThat(e.handler()).isEqualTo(m("com.shop.web.RuleController", "update", 2));
        });
  }

  @Test
  void micronautControllersAreHttpEntryPoints() {
    TypeFacts controller =
        type("com.shop.PetController")
            .annotated(ann("io.micronaut.http.annotation.Controller", "value", "/pets"))
            .method("rename", 2, b -> b.annotated(ann("io.micronaut.http.annotation.Put", "uri", "/{id}")))
            .build();
    assertThat(labels(controller)).containsExactly("PUT /pets/{id}");
  }

  @Test
  void fluentHttpResourcesAreHttpEntryPoints() {
    TypeFacts resource =
        type("com.shop.ProjectResource")
            .annotated(ann("net.codestory.http.annotations.Prefix", "value", "/api/project"))
            .method("update", 2, b -> b.annotated(ann("net.codestory.http.annotations.Put", "value", "/:id")))
            .method("show", 1, b -> b.annotated(ann("net.codestory.http.annotations.Get", "value", "/:id")))
            .build();
    assertThat(labels(resource)).containsExactly("PUT /api/project/:id", "GET /api/project/:id");
  }

  @Test
  void aSparkRouteObjectIsAnHttpHandlerOfUnknownMethodAndRoute() {
    TypeFacts route = type("com.shop.PatchProfileRoute").extending("spark.Route").method("handle", 2).build();

    assertThat(CallGraph.build(List.of(route), MODEL).entryPoints()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("http");
      assertThat(e.httpMethod()).isNull();
      assertThat(e.route()).isNull();
      assertThat(e.handler()).isEqualTo(m("com.shop.PatchProfileRoute", "handle", 2));
    });
  }

  @Test
  void servletDoPutIsAPutWithoutRoute() {
    TypeFacts servlet =
        type("com.shop.LegacyServlet").extending("com.shop.BaseServlet").method("doPut", 2).method("helper", 2).build();
    TypeFacts base = type("com.shop.BaseServlet").extending("jakarta.servlet.http.HttpServlet").build();

    assertThat(CallGraph.build(List.of(servlet, base), MODEL).entryPoints()).singleElement().satisfies(e -> {
      assertThat(e.httpMethod()).isEqualTo("PUT");
      assertThat(e.route()).isNull();
      assertThat(e.handler()).isEqualTo(m("com.shop.LegacyServlet", "doPut", 2));
    });
  }

  @Test
  void scheduledMethodsAndKafkaListenersAreJobs() {
    TypeFacts jobs =
        type("com.shop.Jobs")
            .method("nightly", 0, b -> b.annotated(ann("org.springframework.scheduling.annotation.Scheduled", "cron", "0 0 2 * * *")))
            .method("onOrder", 1, b -> b.annotated(ann("org.springframework.kafka.annotation.KafkaListener", "topics", "orders")))
            .build();
    assertThat(CallGraph.build(List.of(jobs), MODEL).entryPoints())
        .extracting(EntryPoint::kind, EntryPoint::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("job", "job @Scheduled(cron=0 0 2 * * *)"),
            org.assertj.core.groups.Tuple.tuple("job", "job @KafkaListener(topics=orders)"));
  }

  @Test
  void quartzJobsAndBatchWritersAreJobs() {
    TypeFacts quartz = type("com.shop.Cleanup").extending("org.quartz.Job").method("execute", 1).build();
    TypeFacts writer = type("com.shop.OrderWriter").extending(generic("org.springframework.batch.item.ItemWriter", ref("com.shop.Order"))).method("write", 1).build();
    assertThat(labels(quartz, writer)).containsExactly("job Job", "job ItemWriter");
  }

  @Test
  void commandLineRunnersAndShellMethodsAreAdminEntryPoints() {
    TypeFacts runner = type("com.shop.Backfill").extending("org.springframework.boot.CommandLineRunner").method("run", 1).build();
    TypeFacts shell =
        type("com.shop.Commands")
            .method("reprice", 0, b -> b.annotated(ann("org.springframework.shell.standard.ShellMethod", "key", "reprice")))
            .build();
    assertThat(CallGraph.build(List.of(runner, shell), MODEL).entryPoints())
        .extracting(EntryPoint::kind, EntryPoint::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("admin", "admin CommandLineRunner"),
            org.assertj.core.groups.Tuple.tuple("admin", "admin @ShellMethod(key=reprice)"));
  }

  @Test
  void repositoryRestResourcesExposeSaveAsPutPatchAndPost() {
    TypeFacts repository =
        iface("com.shop.OrderRepository")
            .annotated(ann("org.springframework.data.rest.core.annotation.RepositoryRestResource"))
            .extending(generic("org.springframework.data.repository.CrudRepository", ref("com.shop.Order"), ref("java.lang.Long")))
            .build();
    TypeFacts hidden =
        iface("com.shop.AuditRepository")
            .annotated(ann("org.springframework.data.rest.core.annotation.RepositoryRestResource", "exported", "false"))
            .extending(generic("org.springframework.data.repository.CrudRepository", ref("com.shop.Audit"), ref("java.lang.Long")))
            .build();
    CallGraph graph = CallGraph.build(List.of(repository, hidden), MODEL);

    assertThat(graph.entryPoints()).extracting(EntryPoint::kind).containsOnly("data-rest");
    assertThat(graph.entryPoints()).extracting(EntryPoint::label)
        .containsExactly("PATCH /orders/{id}", "POST /orders", "PUT /orders/{id}");
    MethodRef save = m("com.shop.OrderRepository", "save", 1);
    assertThat(graph.isEntryHandler(save)).isTrue();
    assertThat(graph.chainsTo(save, 3)).hasSize(3).allSatisfy(c -> assertThat(c.methods()).containsExactly(save));
  }

  @Test
  void mutationMappingsAreGraphqlEntryPoints() {
    TypeFacts controller =
        type("com.shop.OrderGraph")
            .method("renameOrder", 2, b -> b.annotated(ann("org.springframework.graphql.data.method.annotation.MutationMapping")))
            .build();
    assertThat(CallGraph.build(List.of(controller), MODEL).entryPoints()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("graphql");
      assertThat(e.label()).isEqualTo("graphql @MutationMapping");
    });
  }

  @Test
  void graphqlSpqrAndDgsMutationsAreGraphqlEntryPoints() {
    TypeFacts resource =
        type("com.shop.PersonResource")
            .method("updatePerson", 2, b -> b.annotated(ann("io.leangen.graphql.annotations.GraphQLMutation")))
            .method("renamePerson", 2, b -> b.annotated(ann("com.netflix.graphql.dgs.DgsMutation")))
            .build();
    assertThat(CallGraph.build(List.of(resource), MODEL).entryPoints()).extracting(EntryPoint::kind)
        .containsExactly("graphql", "graphql");
  }

  @Test
  void builtInModelNamesEveryAnnotationQualified() {
    assertThat(MODEL.http()).extracting(EntryPointModel.HttpFramework::framework)
        .containsExactly("spring-mvc", "jax-rs", "micronaut", "fluent-http");
    assertThat(MODEL.repositoryTypes()).contains("org.springframework.data.jpa.repository.JpaRepository");
  }

  @Test
  void unknownFieldsAndKindsFailLoading() {
    assertThatThrownBy(() -> EntryPointModels.read(json("{\"http\": [], \"colour\": \"red\"}")))
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> EntryPointModels.read(json(
            "{\"annotated\": [{\"kind\": \"cron\", \"annotations\": [\"a.B\"]}], \"repositoryTypes\": [\"a.R\"]}")))
        .hasMessageContaining("unknown kind cron");
  }

  @Test
  void builtInModelNamesTheRoutingDslsWithQualifiedOwners() {
    assertThat(MODEL.routeCalls()).extracting(EntryPointModel.RouteFramework::framework)
        .containsExactly("spark", "javalin", "vertx-web");
    assertThat(MODEL.routeCalls()).allSatisfy(framework -> assertThat(framework.verbs()).contains("put", "patch"));
  }

  @Test
  void aRouteCallWithAVerbThatIsNoHttpMethodOrAnUnqualifiedOwnerFailsLoading() {
    assertThatThrownBy(() -> EntryPointModels.readExtension(json(
            "{\"routeCalls\": [{\"framework\": \"x\", \"kind\": \"http\", \"owners\": [\"x.Router\"],"
                + " \"verbs\": [\"fetch\"], \"routeArgument\": 0, \"handlerArguments\": [1]}]}")))
        .hasMessageContaining("unknown HTTP method fetch");
    assertThatThrownBy(() -> EntryPointModels.readExtension(json(
            "{\"routeCalls\": [{\"framework\": \"x\", \"kind\": \"http\", \"owners\": [\"Router\"],"
                + " \"verbs\": [\"put\"], \"routeArgument\": 0, \"handlerArguments\": [1]}]}")))
        .hasMessageContaining("not a qualified name: Router");
  }

  private static ByteArrayInputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
