package dev.lostguard.model;

import static dev.lostguard.model.Facts.ann;
import static dev.lostguard.model.Facts.param;
import static dev.lostguard.model.Facts.ref;
import static dev.lostguard.model.Facts.self;
import static dev.lostguard.model.Facts.statically;
import static dev.lostguard.model.Facts.type;
import static dev.lostguard.model.Facts.typed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.rules.EntryPointModels;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OwnRecordsTest {

  private static final String CONTROLLER = "com.shop.web.ProfileController";
  private static final OwnRecords OWN = OwnRecords.builtIn();
  private static final String REQUEST_BODY = "org.springframework.web.bind.annotation.RequestBody";

  private static boolean own(String route, Consumer<Facts.MethodBuilder> handler) {
    return own(route, handler, Set.of());
  }

  private static boolean own(String route, Consumer<Facts.MethodBuilder> handler, Set<String> writtenTables) {
    CallGraph graph = CallGraph.build(
        List.of(type(CONTROLLER).method("update", 2, handler).build(),
            type("com.shop.web.ProfileForm").field("nickname", "String").build(),
            type("com.shop.web.RecordForm").field("note", "String").build(),
            type("com.shop.web.AccountForm").extending("com.shop.web.RecordForm").field("id", "Long").build(),
            type("com.shop.web.EditForm").extending("com.shop.web.AccountForm").field("title", "String").build(),
            type("com.shop.web.CartForm").field("dishId", "Long").field("number", "Integer").build(),
            type("com.shop.web.LineForm").field("shoppingCartId", "Long").build(),
            type("com.shop.web.BatchForm").field("dishIds", "List").build()),
        EntryPointModels.builtIn().model());
    EntryPoint entry = new EntryPoint("http", "PUT", route, new MethodRef(CONTROLLER, "update", 2), null);
    return OWN.actsOnOwnRecords(entry, graph, writtenTables);
  }

  @Test
  void aHandlerThatAsksWhoIsLoggedInAndNamesNoRecordActsOnTheCallersOwnRecords() {
    assertThat(own("/api/profile", h -> h.parameters(param("userId", ref("Long"), ann("com.shop.web.LoginUser")))))
        .isTrue();
    assertThat(own("/api/profile", h -> h.parameters(param("me", ref("UserDetails"),
        ann("org.springframework.security.core.annotation.AuthenticationPrincipal"))))).isTrue();
    assertThat(own("/api/user", h -> h.parameters(param("authUser", ref("AuthUser"), ann("io.dropwizard.auth.Auth")))))
        .isTrue();
    assertThat(own("/api/user", h -> h.annotated(ann("jakarta.ws.rs.PUT")).parameters(
        param("authUser", ref("AuthUser"), ann("io.dropwizard.auth.Auth")), param("json", ref("java.lang.String")))))
        .as("a JAX-RS entity of a library type may name any record").isFalse();
    assertThat(own("/api/user", h -> h.calls(statically("com.shop.auth.UserHolder", "getUserId", 0)))).isTrue();
    assertThat(own("/api/user", h -> h.calls(self("getLoginUser", 0)))).isTrue();
    assertThat(own("/cart", h -> h.calls(typed("javax.servlet.http.HttpSession", "getAttribute", 1)))).isTrue();
    assertThat(own("/user/changePassword", h -> h.calls(
        typed("org.springframework.security.core.Authentication", "getName", 0)))).isTrue();
    assertThat(own("/user/info", h -> h.parameters(param("userId", ref("Long"),
        ann("org.springframework.web.bind.annotation.RequestAttribute")), param("form", ref("com.shop.web.ProfileForm"),
        ann(REQUEST_BODY))))).isTrue();
    assertThat(own("/user/info", h -> h.parameters(param("formId", ref("Long"),
        ann("org.springframework.web.bind.annotation.RequestAttribute"))))).as("not a user id").isFalse();
    assertThat(own("/member/editBaseInfo", h -> h.calls(statically("com.site.util.MemberUtil", "getLoginMember", 1))))
        .isTrue();
    assertThat(own("/oauth2/change_info", h -> h.calls(
        typed("com.acme.security.AuthenticationContext", "userId", 0)))).as("a record-style accessor").isTrue();
    assertThat(own("/api/member/editBaseInfo", h -> h.calls(typed("com.site.util.JwtUtil", "getMember", 1)))).isTrue();
    assertThat(own("/users/info", h -> h.calls(statically("com.blog.util.UserUtil", "getUserDetailsDTO", 0)))).isTrue();
    assertThat(own("/users/info", h -> h.calls(statically("com.blog.util.BeanCopyUtil", "getUserDetailsDTO", 0))))
        .as("a helper class not named after users").isFalse();
  }

  @Test
  void aHandlerReadingTheRequestThroughAnInheritedHelperMayNameAnyRecord() {
    assertThat(own("/api/mch/payConfigs", h -> h.calls(self("getCurrentUser", 0), self("getObject", 1)))).isFalse();
    assertThat(own("/api/mch/payConfigs", h -> h.calls(self("getCurrentUser", 0)))).isTrue();
    assertThat(own("/myProfile", h -> h.calls(self("getAuthUser", 0)))).isTrue();
    assertThat(own("/todo/list", h -> h.calls(statically("com.blog.holder.RequestHolder", "getAdminUid", 0))))
        .as("an administrator acts on the back office's records").isFalse();
  }

  @Test
  void aRouteOrPathParameterThatNamesTheRecordOrAnAdminPathIsSomeoneElsesRecord() {
    Consumer<Facts.MethodBuilder> asks = h -> h.calls(statically("com.shop.auth.UserHolder", "getUserId", 0));
    assertThat(own("/api/users/{id}", asks)).isFalse();
    assertThat(own("/api/users/:id", asks)).isFalse();
    assertThat(own("/admin/user", asks)).isFalse();
    assertThat(own("/admin/profile", asks)).as("the administrator's own page").isTrue();
    assertThat(own("/api/user", h -> h.calls(statically("com.shop.auth.UserHolder", "getUserId", 0))
        .parameters(param("id", ref("long"), ann("org.springframework.web.bind.annotation.PathVariable")))))
        .isFalse();
  }

  @Test
  void aBodyThatNamesARecordMakesTheLoggedInUserOnlyWhoActs() {
    Consumer<Facts.MethodBuilder> noId = h -> h.calls(statically("com.shop.auth.SessionUtils", "getUserId", 0))
        .parameters(param("form", ref("com.shop.web.ProfileForm"), ann(REQUEST_BODY)));
    assertThat(own("/api/profile", noId)).isTrue();
    assertThat(own("/api/definition/update", h -> h.calls(statically("com.shop.auth.SessionUtils", "getUserId", 0))
        .parameters(param("request", ref("com.shop.web.EditForm"), ann(REQUEST_BODY))))).isFalse();
    assertThat(own("/api/settings", h -> h.calls(statically("com.shop.auth.SessionUtils", "getUserId", 0))
        .parameters(param("body", ref("java.util.Map"), ann(REQUEST_BODY))))).isFalse();
  }

  @Test
  void readingAUserIdFromTheRequestBodyOrStampingTheActorsNameIsNotAskingWhoIsLoggedIn() {
    assertThat(own("/api/user", h -> h.calls(typed("com.shop.web.UserForm", "getUserId", 0)))).isFalse();
    assertThat(own("/api/user", h -> h.calls(self("getUsername", 0)))).isFalse();
    assertThat(own("/api/user", h -> h.parameters(param("form", ref("com.shop.web.ProfileForm"),
        ann(REQUEST_BODY))))).isFalse();
  }

  @Test
  void knowingTheWrittenTableAnIdOfAnotherTablesRowIsWhatGoesIntoTheCallersRecordNotWhichRecord() {
    Set<String> cart = Set.of("shopping_cart");
    Consumer<Facts.MethodBuilder> add = h -> h.calls(statically("com.shop.auth.BaseContext", "getCurrentId", 0))
        .parameters(param("form", ref("com.shop.web.CartForm"), ann(REQUEST_BODY)));
    assertThat(own("/user/shoppingCart/add", add, cart)).isTrue();
    assertThat(own("/user/shoppingCart/add", add)).as("tables unknown: any id names a record").isFalse();
    assertThat(own("/user/shoppingCart/sub", h -> h.calls(statically("com.shop.auth.BaseContext", "getCurrentId", 0))
        .parameters(param("form", ref("com.shop.web.LineForm"), ann(REQUEST_BODY))), cart)).isFalse();
    assertThat(own("/user/shoppingCart/clear", h -> h.calls(statically("com.shop.auth.BaseContext", "getCurrentId", 0))
        .parameters(param("form", ref("com.shop.web.BatchForm"), ann(REQUEST_BODY))), cart)).isFalse();
    assertThat(own("/user/shoppingCart/edit", h -> h.calls(statically("com.shop.auth.BaseContext", "getCurrentId", 0))
        .parameters(param("form", ref("com.shop.web.EditForm"), ann(REQUEST_BODY))), cart)).isFalse();
    Consumer<Facts.MethodBuilder> userIdSent = h -> h.calls(statically("com.shop.auth.UserHolder", "getUserId", 0))
        .parameters(param("userId", ref("Long")), param("form", ref("com.shop.web.ProfileForm"), ann(REQUEST_BODY)));
    assertThat(own("/user/cart", userIdSent, cart)).as("the caller's own id").isTrue();
    assertThat(own("/sys/user", userIdSent, Set.of("sys_user"))).as("the users table's id names the user edited").isFalse();
  }

  @Test
  void theServiceTheHandlerCallsMayBeWhatAsksWhoIsLoggedIn() {
    TypeFacts service = type("com.shop.CartService")
        .method("add", 1, statically("com.shop.auth.BaseContext", "getCurrentId", 0))
        .method("relay", 1, typed("com.shop.CartStore", "save", 1))
        .build();
    TypeFacts store = type("com.shop.CartStore")
        .method("save", 1, b -> b.calls(typed("com.shop.CartHelper", "help", 0)))
        .build();
    TypeFacts helper = type("com.shop.CartHelper")
        .method("help", 0, b -> b.calls(typed("com.shop.Deeper", "ask", 0)))
        .build();
    TypeFacts deeper = type("com.shop.Deeper")
        .method("ask", 0, statically("com.shop.auth.BaseContext", "getCurrentId", 0))
        .build();
    CallGraph graph = CallGraph.build(List.of(
        type(CONTROLLER).method("update", 1, typed("com.shop.CartService", "add", 1)).build(),
        type("com.shop.web.RelayController").method("update", 1, typed("com.shop.CartService", "relay", 1)).build(),
        service, store, helper, deeper), EntryPointModels.builtIn().model());

    assertThat(OWN.actsOnOwnRecords(new EntryPoint("http", "POST", "/user/cart/add",
        new MethodRef(CONTROLLER, "update", 1), null), graph)).isTrue();
    assertThat(OWN.actsOnOwnRecords(new EntryPoint("http", "POST", "/user/cart/relay",
        new MethodRef("com.shop.web.RelayController", "update", 1), null), graph))
        .as("asked four calls deep: too far to tell").isFalse();
  }
}
