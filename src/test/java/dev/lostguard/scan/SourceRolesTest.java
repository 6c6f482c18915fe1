package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.SourceRole;
import dev.lostguard.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

class SourceRolesTest {

  private final RuleCatalog catalog = RuleCatalog.builtIn();
  private final SourceRoles roles = new SourceRoles(catalog.migrationFolders(), catalog.testFolders());

  @Test
  void testFoldersAndSharedTestHelperModulesAreTests() {
    assertThat(roles.of("app/src/test/java/a/ATest.java")).isEqualTo(SourceRole.TEST);
    assertThat(roles.of("waltz-test-common/src/main/java/a/Helper.java")).isEqualTo(SourceRole.TEST);
    assertThat(roles.of("libs/Test-Support/src/main/java/a/Helper.java")).isEqualTo(SourceRole.TEST);
    assertThat(roles.of("waltz-data/src/main/java/a/test/commonality/Dao.java")).isEqualTo(SourceRole.APPLICATION);
    assertThat(roles.of("billing-test-commons/src/main/java/a/Dao.java")).isEqualTo(SourceRole.APPLICATION);
  }

  @Test
  void migrationFoldersMatchAtAnyDepth() {
    assertThat(roles.of("svc/src/main/resources/db/migration/V1__a.sql")).isEqualTo(SourceRole.MIGRATION);
    assertThat(roles.of("svc/src/main/resources/db/queries/a.sql")).isEqualTo(SourceRole.APPLICATION);
  }

  @Test
  void aSqlScriptNamedAsAnUpgradeIsAMigrationWherever() {
    assertThat(roles.of("docs/sql/2022-1-升级ui所需sql.sql")).isEqualTo(SourceRole.MIGRATION);
    assertThat(roles.of("deploy/upgrade_to_2.1.sql")).isEqualTo(SourceRole.MIGRATION);
    assertThat(roles.of("sql/migrate-users.sql")).isEqualTo(SourceRole.MIGRATION);
    assertThat(roles.of("src/main/java/a/UpgradeService.java")).isEqualTo(SourceRole.APPLICATION);
    assertThat(roles.of("sql/queries.sql")).isEqualTo(SourceRole.APPLICATION);
  }
}
