package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import dev.lostguard.model.TableSummary;
import dev.lostguard.model.VersionSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a table's DDL comes from besides Flyway scripts, and SQL that Java assembles, seen by a whole scan. */
class SchemaSourcesScanTest {

  private static final String DAO = """
      package shop;
      import org.springframework.jdbc.core.JdbcTemplate;
      class ItemDao {
        private final JdbcTemplate jdbc;
        ItemDao(JdbcTemplate jdbc) { this.jdbc = jdbc; }
        void rename(long id, String name, String note) {
          StringBuilder sql = new StringBuilder("UPDATE item SET name = ?");
          if (note != null) {
            sql.append(", note = ?");
          }
          sql.append(" WHERE id = ?");
          jdbc.update(sql.toString(), name, note, id);
        }
        void touch(long id, String name) {
          jdbc.update(String.format("UPDATE %s SET name = ? WHERE id = ?", "item"), name, id);
        }
      }
      """;
  private static final String ITEM_TABLE =
      "CREATE TABLE item (id BIGINT PRIMARY KEY, name TEXT, note TEXT, version INT);\n";

  @TempDir Path project;

  private void write(String name, String content) throws IOException {
    TempProject.write(project, name, content);
  }

  private Report scan() {
    return TempProject.scan(project);
  }

  private TableSummary item(Report report) {
    return report.tables().stream().filter(t -> t.name().equals("item")).findFirst().orElseThrow();
  }

  @Test
  void aFindingOnSqlAssembledWithOptionalPartsIsOneLevelLessConfident() throws IOException {
    write("src/main/resources/schema.sql", ITEM_TABLE);
    write("src/main/java/shop/ItemDao.java", DAO);
    TempProject.guardedSave(project, "item", "note");

    Report report = scan();

    assertThat(report.findings()).extracting(Finding::ruleId, f -> f.location().startLine(), Finding::confidence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("update-without-version-check", 12, Confidence.MEDIUM),
            org.assertj.core.groups.Tuple.tuple("update-without-version-check", 15, Confidence.HIGH));
    assertThat(report.findings().get(0).signals()).contains("assembled-with-branches");
    assertThat(report.findings().get(1).signals()).doesNotContain("assembled-with-branches");
    assertThat(report.summary().statementsUnresolved()).isZero();
  }

  @Test
  void schemaSqlUnderTestResourcesStillFeedsTheSchema() throws IOException {
    write("src/test/resources/schema.sql", ITEM_TABLE);
    write("src/main/java/shop/ItemDao.java", DAO);
    TempProject.guardedSave(project, "item", "note");

    Report report = scan();

    assertThat(item(report).versionSource()).isEqualTo(VersionSource.DDL);
    assertThat(report.findings()).extracting(Finding::ruleId).containsOnly("update-without-version-check");
  }

  @Test
  void schemaVariantsAndDataSqlUnderMainResourcesFeedTheSchema() throws IOException {
    write("src/main/resources/schema-h2.sql", "CREATE TABLE item (id BIGINT PRIMARY KEY, name TEXT);\n");
    write("src/main/resources/data.sql",
        "ALTER TABLE item ADD COLUMN version INT;\nINSERT INTO item VALUES (1, 'a', 0);\n");

    Report report = scan();

    assertThat(item(report).versionColumn()).isEqualTo("version");
    assertThat(item(report).versionSource()).isEqualTo(VersionSource.DDL);
  }

  @Test
  void xmlYamlAndJsonFilesThatAreNotChangelogsAreNeitherReadNorCounted() throws IOException {
    write("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>");
    write("docker-compose.yml", "services:\n  db:\n    image: postgres\n");
    write("web/package.json", "{\"name\": \"web\"}");
    Files.write(project.resolve("web/big.json"), new byte[(int) SourceText.MAX_BYTES + 10]);
    write("src/main/resources/db/changelog/master.yaml", """
        databaseChangeLog:
          - changeSet:
              id: 1
              author: a
              changes:
                - createTable:
                    tableName: item
                    columns:
                      - column: {name: id, type: BIGINT, constraints: {primaryKey: true}}
                      - column: {name: version, type: INT}
        """);

    Report report = scan();

    assertThat(report.summary().files()).isEqualTo(1);
    assertThat(report.errors()).isEmpty();
    assertThat(item(report).versionSource()).isEqualTo(VersionSource.DDL);
  }

  @Test
  void aTableCreatedAgainWithoutAKeyInAnotherDatabasesScriptKeepsTheKeyItHad() throws IOException {
    write("sql/mysql/app.sql", "CREATE TABLE grp (group_id BIGINT PRIMARY KEY, group_name VARCHAR(64), remark VARCHAR(200));\n");
    // The SQL Server variant declares its key in a spelling lostguard does not read.
    write("sql/sqlserver/app.sql", """
        DROP TABLE IF EXISTS grp;
        CREATE TABLE grp (group_id BIGINT NOT NULL, group_name VARCHAR(64), remark VARCHAR(200));
        ALTER TABLE [dbo].[grp] ADD PRIMARY KEY CLUSTERED ([group_id]) WITH (PAD_INDEX = OFF) ON [PRIMARY];
        """);
    write("src/main/java/shop/GroupController.java", """
        package shop;
        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;
        @RestController
        class GroupController {
          JdbcTemplate jdbc;
          @PutMapping("/groups")
          void edit(@RequestBody Grp g) {
            jdbc.update("UPDATE grp SET group_name = ?, remark = ? WHERE group_id = ?", g.name(), g.remark(), g.id());
          }
        }
        """);
    write("src/main/java/shop/Grp.java", "package shop;\nrecord Grp(long id, String name, String remark) {}\n");

    assertThat(scan().findings()).extracting(Finding::ruleId).as("the update names one row by its key")
        .contains("unversioned-table-update");
  }
}
