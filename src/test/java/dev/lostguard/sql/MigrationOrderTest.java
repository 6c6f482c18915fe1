package dev.lostguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationOrderTest {

  private static List<String> sorted(String... paths) {
    List<String> list = new ArrayList<>(List.of(paths));
    list.sort(new MigrationOrder());
    return list;
  }

  @Test
  void ordersFlywayVersionsNumericallySegmentBySegment() {
    assertThat(sorted("db/migration/V10__x.sql", "db/migration/V2__x.sql", "db/migration/V1.2__x.sql",
        "db/migration/V1_1__x.sql", "db/migration/V1__x.sql"))
        .containsExactly("db/migration/V1__x.sql", "db/migration/V1_1__x.sql", "db/migration/V1.2__x.sql",
            "db/migration/V2__x.sql", "db/migration/V10__x.sql");
  }

  @Test
  void ordersVersionsAcrossFoldersByVersion() {
    assertThat(sorted("a/V10__x.sql", "b/V2__y.sql")).containsExactly("b/V2__y.sql", "a/V10__x.sql");
  }

  @Test
  void putsPlainFilesFirstAndRepeatablesLast() {
    assertThat(sorted("m/R__views.sql", "m/V1__init.sql", "schema.sql", "m/R__a.sql"))
        .containsExactly("schema.sql", "m/V1__init.sql", "m/R__a.sql", "m/R__views.sql");
  }

  @Test
  void runsSpringBootSchemaScriptsBeforeDataScriptsOfTheSameFolder() {
    assertThat(sorted("res/data.sql", "res/schema-h2.sql", "res/audit.sql", "res/data-h2.sql", "res/schema.sql"))
        .containsExactly("res/schema-h2.sql", "res/schema.sql", "res/audit.sql", "res/data-h2.sql", "res/data.sql");
  }

  @Test
  void ordersNumberedPlainFilesNumerically() {
    assertThat(sorted("sql/10_more.sql", "sql/002_add.sql", "sql/001_init.sql", "sql/9_fix.sql"))
        .containsExactly("sql/001_init.sql", "sql/002_add.sql", "sql/9_fix.sql", "sql/10_more.sql");
  }

  @Test
  void breaksTiesByPath() {
    assertThat(sorted("b/V1__x.sql", "a/V1__x.sql", "a/V01__x.sql"))
        .containsExactly("a/V01__x.sql", "a/V1__x.sql", "b/V1__x.sql");
  }

  @Test
  void handlesHugeVersionNumbers() {
    assertThat(sorted("V20240101120000000000__b.sql", "V9__a.sql"))
        .containsExactly("V9__a.sql", "V20240101120000000000__b.sql");
  }
}
