package dev.lostguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryPointTest {

  private static EntryPoint http(String route, String handler) {
    return new EntryPoint("http", "POST", route, new MethodRef("com.acme.Api", handler, 0), null);
  }

  @Test
  void aDataMigrationAnOperatorStartsIsNoPersonsSave() {
    assertThat(http("/service/crontab/migration/action/addHostId", "addHostId").actedByPerson()).isFalse();
    assertThat(http("/api/history/sql-backfill", "start").actedByPerson()).isFalse();
    assertThat(http("/api/admin/run", "upgradeSchema").actedByPerson()).isFalse();
    assertThat(http("/api/install", "install").actedByPerson()).isFalse();
    assertThat(http("/orders/{id}", "update").actedByPerson()).isTrue();
    assertThat(http("/immigration-cases/{id}", "saveUpgradedPlan").actedByPerson()).isTrue();
    assertThat(new EntryPoint("http", "GET", "/admin/article/slug/regenerate",
        new MethodRef("com.acme.ArticleSlugMigrationController", "regenerateSlug", 0), null).actedByPerson())
        .as("the handler's class says it").isFalse();
    assertThat(new EntryPoint("http", "PUT", "/cases/{id}",
        new MethodRef("com.acme.ImmigrationCaseController", "update", 1), null).actedByPerson()).isTrue();
    assertThat(new EntryPoint("job", null, "@Scheduled", new MethodRef("com.acme.Job", "run", 0), null)
        .actedByPerson()).isFalse();
  }

  @Test
  void requestsMachinesAndSignInFlowsMakeAreNoPersonsSave() {
    assertThat(http("/pay/callback/{channel}", "callback").actedByPerson()).isFalse();
    assertThat(http("/public/sync/info", "info").actedByPerson()).isFalse();
    assertThat(http("/public/jwt/login", "login").actedByPerson()).isFalse();
    assertThat(http("/api/webhooks/github", "receive").actedByPerson()).isFalse();
    assertThat(http("/plugin/keepalive.json", "keepalive").actedByPerson()).as("a suffix routed by").isFalse();
    assertThat(http("/login.do", "doLogin").actedByPerson()).isFalse();
    assertThat(http("/supervisor/rpc/task/stop", "stopTask").actedByPerson()).as("another service's call").isFalse();
    assertThat(http("/feign/userRole/updateByUserIdAndSysType", "update").actedByPerson()).isFalse();
    assertThat(http("/api/rpcConfig/edit", "edit").actedByPerson()).as("a word inside a segment").isTrue();
    assertThat(http("/supervisor/rpc/task/stop", "stopTask").betweenServices()).isTrue();
    assertThat(http("/api/application/webhook", "updateWebhook").betweenServices())
        .as("editing a webhook's settings is a person's edit to the endpoint rule").isFalse();
    assertThat(http("/admin/loginLog/edit", "edit").actedByPerson()).as("a word inside a segment").isTrue();
    assertThat(http("/settings/synchronization", "save").actedByPerson()).isTrue();
    assertThat(http("/pay/notify/{channel}", "notify").actedByPerson()).isFalse();
    assertThat(http("/oa/notify/update", "update").actedByPerson()).as("notices edited").isTrue();
    assertThat(http("/dou/goods/pull_goods", "pullGoods").actedByPerson()).as("another system's data pulled in").isFalse();
    assertThat(http("/rag/syncDocuments", "sync").actedByPerson()).isFalse();
    assertThat(http("/settings/syncConfig/{id}", "update").actedByPerson()).as("how syncing works, a person's edit")
        .isTrue();
    assertThat(http("/settings/{id}/autoSync", "update").actedByPerson()).isTrue();
  }

  @Test
  void aHandlerNamedAsASignInIsNoPersonsSaveWhateverItsRoute() {
    assertThat(http("/oauth/{source}", "login").actedByPerson()).isFalse();
    assertThat(http("/auth/phone", "loginByPhone").actedByPerson()).isFalse();
    assertThat(http("/auth/social", "signIn").actedByPerson()).isFalse();
    assertThat(http("/auth/exit", "logout").actedByPerson()).isFalse();
    assertThat(http("/app/accountLogin", "accountLogin").actedByPerson()).isFalse();
    assertThat(http("/app/sms", "smsSignIn").actedByPerson()).isFalse();
    assertThat(http("/admin/loginLog/edit", "loginLogEdit").actedByPerson()).as("a log of sign-ins edited").isTrue();
    assertThat(http("/users/{id}/login-name", "updateLoginName").actedByPerson()).isTrue();
  }

  @Test
  void aLabelShowsTheRouteOnlyWhenItIsKnown() {
    assertThat(http("/orders/{id}", "update").label()).isEqualTo("POST /orders/{id}");
    assertThat(http(null, "update").label()).isEqualTo("POST");
    assertThat(new EntryPoint("http", null, "/notes", new MethodRef("com.acme.Routes", "register", 0), null).label())
        .isEqualTo("http /notes");
  }
}
