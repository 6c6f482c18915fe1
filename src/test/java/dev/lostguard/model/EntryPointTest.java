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
    assertThat(http("/orders/{id}", "update").actedByPerson()).isTrue();
    assertThat(http("/immigration-cases/{id}", "saveUpgradedPlan").actedByPerson()).isTrue();
    assertThat(new EntryPoint("job", null, "@Scheduled", new MethodRef("com.acme.Job", "run", 0), null)
        .actedByPerson()).isFalse();
  }

  @Test
  void aLabelShowsTheRouteOnlyWhenItIsKnown() {
    assertThat(http("/orders/{id}", "update").label()).isEqualTo("POST /orders/{id}");
    assertThat(http(null, "update").label()).isEqualTo("POST");
    assertThat(new EntryPoint("http", null, "/notes", new MethodRef("com.acme.Routes", "register", 0), null).label())
        .isEqualTo("http /notes");
  }
}
