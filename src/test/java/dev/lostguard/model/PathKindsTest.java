package dev.lostguard.model;

import static dev.lostguard.model.Facts.ann;
import static dev.lostguard.model.Facts.enumType;
import static dev.lostguard.model.Facts.m;
import static dev.lostguard.model.Facts.param;
import static dev.lostguard.model.Facts.ref;
import static dev.lostguard.model.Facts.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.rules.EntryPointModels;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathKindsTest {

  private static final String WEB = "org.springframework.web.bind.annotation.";

  private static EntryChain chain(String kind, String httpMethod, String route, String owner, int length) {
    MethodRef handler = m(owner, "handle", 1);
    EntryPoint entry = new EntryPoint(kind, httpMethod, route, handler, Location.point(owner + ".java", 3, 3));
    List<MethodRef> methods = new java.util.ArrayList<>(List.of(handler));
    for (int i = 1; i < length; i++) {
      methods.add(m("com.shop.Step" + i, "go", 0));
    }
    return new EntryChain(entry, methods);
  }

  private static PathKind kind(EntryChain... chains) {
    return PathKinds.of(List.of(chains), false, SourceRole.APPLICATION, false);
  }

  @Test
  void whereTheStatementLivesComesFirst() {
    EntryChain endpoint = chain("http", "PUT", "/orders/{id}", "com.shop.OrderController", 2);
    assertThat(PathKinds.of(List.of(endpoint), true, SourceRole.MIGRATION, true)).isEqualTo(PathKind.MIGRATION);
    assertThat(PathKinds.of(List.of(endpoint), true, SourceRole.APPLICATION, true)).isEqualTo(PathKind.SCRIPT);
    assertThat(PathKinds.of(List.of(endpoint), true, SourceRole.APPLICATION, false)).isEqualTo(PathKind.BULK);
    assertThat(PathKinds.of(List.of(), false, SourceRole.APPLICATION, false)).isEqualTo(PathKind.UNKNOWN);
  }

  @Test
  void theFirstChainShownDecidesHoweverShortAnotherIs() {
    EntryChain job = chain("job", null, "@Scheduled", "com.shop.Jobs", 2);
    EntryChain endpoint = chain("http", "PUT", "/orders/{id}", "com.shop.OrderController", 3);
    assertThat(kind(endpoint, job)).isEqualTo(PathKind.ENDPOINT);
    assertThat(kind(job, endpoint)).isEqualTo(PathKind.JOB);
  }

  @Test
  void oneOffMaintenanceRoutesAreWholeSegments() {
    assertThat(PathKinds.isMaintenance(chain("http", "PUT", "/dataset/study/convert/{id}", "com.shop.S", 1).entry()))
        .isTrue();
    assertThat(PathKinds.isMaintenance(chain("http", "POST", "/admin/upgrade", "com.shop.S", 1).entry())).isTrue();
    assertThat(PathKinds.isMaintenance(chain("http", "PUT", "/installation/{key}", "com.shop.S", 1).entry())).isFalse();
    assertThat(PathKinds.isMaintenance(chain("http", "PUT", "/converters/{id}", "com.shop.S", 1).entry())).isFalse();
  }

  @Test
  void adminRoutesControllersAndCommandsAreAdmin() {
    assertThat(kind(chain("http", "PUT", "/api/admin/users/{id}", "com.shop.UserController", 2))).isEqualTo(PathKind.ADMIN);
    assertThat(kind(chain("http", "PUT", "/users/{id}", "com.shop.UserAdminController", 2))).isEqualTo(PathKind.ADMIN);
    assertThat(kind(chain("admin", null, "CommandLineRunner", "com.shop.Backfill", 2))).isEqualTo(PathKind.ADMIN);
    assertThat(kind(chain("http", "PUT", "/badminton/{id}", "com.shop.BadmintonController", 2))).isEqualTo(PathKind.ENDPOINT);
  }

  @Test
  void toggleRoutesAreToggles() {
    assertThat(kind(chain("http", "PATCH", "/products/{id}/active", "com.shop.ProductController", 2))).isEqualTo(PathKind.TOGGLE);
    assertThat(kind(chain("http", "POST", "/posts/{id}/publish", "com.shop.PostController", 2))).isEqualTo(PathKind.TOGGLE);
    assertThat(kind(chain("http", "POST", "/article/audit-state", "com.shop.PostController", 2))).isEqualTo(PathKind.TOGGLE);
    assertThat(kind(chain("http", "GET", "/products/{id}/status", "com.shop.ProductController", 2))).isEqualTo(PathKind.ENDPOINT);
    assertThat(kind(chain("http", "PUT", "/products/{id}", "com.shop.ProductController", 2))).isEqualTo(PathKind.ENDPOINT);
    assertThat(kind(chain("http", "PUT", "/views/unarchive/{id}", "com.bi.ViewController", 2))).isEqualTo(PathKind.TOGGLE);
    assertThat(kind(chain("http", "PUT", "/status/{id}/notes", "com.bi.ViewController", 2))).isEqualTo(PathKind.ENDPOINT);
  }

  @Test
  void aRouteNamingACopyMakesOne() {
    assertThat(PathKinds.makesACopy(chain("http", "PUT", "/viz/dashboards/{id}/copy", "com.bi.VizController", 2).entry()))
        .isTrue();
    assertThat(PathKinds.makesACopy(chain("http", "POST", "/jobs/cloneJob/{id}", "com.bi.JobController", 2).entry()))
        .isTrue();
    assertThat(PathKinds.makesACopy(chain("http", "PUT", "/copywriters/{id}", "com.bi.CopyController", 2).entry()))
        .isFalse();
  }

  @Test
  void aRouteThatSignsSomeoneInOrOutIsASignIn() {
    for (String route : List.of("/dataRoom/user/login", "/doLogin", "/auth/sign-in", "/logout", "/api/loginByCode",
        "/user/log_out")) {
      assertThat(PathKinds.signsIn(chain("http", "POST", route, "com.app.AuthController", 2).entry())).as(route).isTrue();
    }
    assertThat(PathKinds.signsIn(chain("http", "POST", "/loginLog/update", "com.app.LogController", 2).entry()))
        .as("a record named after logins").isFalse();
    assertThat(PathKinds.signsIn(chain("http", "POST", "/system/loginConfig", "com.app.ConfigController", 2).entry()))
        .isFalse();
    assertThat(PathKinds.signsIn(chain("http", "PUT", "/login", "com.app.AuthController", 2).entry()))
        .as("a PUT sends a representation").isFalse();
    assertThat(PathKinds.signsIn(chain("http", "POST", "/blogs/{id}", "com.app.BlogController", 2).entry())).isFalse();
    assertThat(PathKinds.signsIn(chain("http", "GET", "/sys/feishu/login/callback", "com.app.SsoController", 2).entry()))
        .as("where a single sign-on provider sends the browser back").isTrue();
    assertThat(PathKinds.signsIn(chain("http", "GET", "/pay/callback", "com.app.PayController", 2).entry())).isFalse();
  }

  @Test
  void aRouteNamingAPasswordSetsOneChosenAnew() {
    for (String route : List.of("/system/user/resetPwd", "/profile/updatePwd", "/user/changePassword", "/user/password",
        "/user/changePass", "/account/update-pass")) {
      assertThat(PathKinds.setsPassword(chain("http", "PUT", route, "com.app.UserController", 2).entry())).as(route).isTrue();
    }
    for (String route : List.of("/system/passwordPolicy", "/pwdConfig", "/users/{id}", "/password/rules",
        "/audit/pass", "/apply/{id}/pass", "/bypass")) {
      assertThat(PathKinds.setsPassword(chain("http", "PUT", route, "com.app.UserController", 2).entry())).as(route).isFalse();
    }
  }

  @Test
  void aRouteNamingAMoveOrAReorderArrangesRecords() {
    assertThat(PathKinds.arrangesRecords(chain("http", "PUT", "/channel/batch-move", "com.cms.ChannelController", 2).entry()))
        .isTrue();
    assertThat(PathKinds.arrangesRecords(chain("http", "PUT", "/projects/{id}/transfer", "com.bi.ProjectController", 2)
        .entry())).isTrue();
    assertThat(PathKinds.arrangesRecords(chain("http", "PUT", "/menus/sortMenu", "com.cms.MenuController", 2).entry()))
        .isTrue();
    assertThat(PathKinds.arrangesRecords(chain("http", "PUT", "/movies/{id}", "com.cms.MovieController", 2).entry()))
        .isFalse();
    assertThat(PathKinds.arrangesRecords(chain("http", "PUT", "/order/{id}", "com.shop.OrderController", 2).entry()))
        .isFalse();
  }

  @Test
  void aHandlerTakingOneFlagAndNoBodyIsAToggle() {
    TypeFacts controller =
        type("com.shop.ProductController")
            .annotated(ann(WEB + "RestController"))
            .method("flag", 2, b -> b
                .annotated(ann(WEB + "PutMapping", "value", "/products/{id}"))
                .parameters(param("id", ref("java.lang.Long")), param("state", ref("com.shop.Visibility"))))
            .method("edit", 2, b -> b
                .annotated(ann(WEB + "PutMapping", "value", "/products/{id}/details"))
                .parameters(param("id", ref("java.lang.Long")),
                    param("body", ref("com.shop.ProductForm"), ann(WEB + "RequestBody"))))
            .method("feature", 3, b -> b
                .annotated(ann(WEB + "PutMapping", "value", "/products/{id}/featured"))
                .parameters(param("id", ref("java.lang.Long")), param("featured", ref("boolean")),
                    param("body", ref("com.shop.ProductForm"), ann(WEB + "RequestBody"))))
            .build();
    CallGraph graph = CallGraph.build(
        List.of(controller, enumType("com.shop.Visibility").build()), EntryPointModels.builtIn().model());

    assertThat(pathKind(graph, "flag", 2)).isEqualTo(PathKind.TOGGLE);
    assertThat(pathKind(graph, "edit", 2)).isEqualTo(PathKind.ENDPOINT);
    assertThat(pathKind(graph, "feature", 3)).isEqualTo(PathKind.ENDPOINT);
  }

  private static PathKind pathKind(CallGraph graph, String handler, int arity) {
    List<EntryChain> chains = graph.chainsTo(m("com.shop.ProductController", handler, arity), 3);
    assertThat(chains).isNotEmpty();
    return PathKinds.of(chains, false, SourceRole.APPLICATION, false, graph);
  }

  @Test
  void graphqlAndDataRestAreEndpoints() {
    assertThat(kind(chain("graphql", null, "@MutationMapping", "com.shop.OrderGraph", 2))).isEqualTo(PathKind.ENDPOINT);
    assertThat(kind(chain("data-rest", "PATCH", "/orders/{id}", "com.shop.OrderRepository", 1))).isEqualTo(PathKind.ENDPOINT);
  }
}
