package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Report;
import dev.lostguard.model.TableSummary;
import dev.lostguard.model.VersionSource;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DDL version column no statement names is unused, unless a class named after the table carries a
 * version field: generic code may then check it where lostguard cannot see. One that statements store
 * but never compare or increment is unused either way.
 */
class VersionCarriersScanTest {

  @TempDir Path project;

  private VersionSource versionSourceOf(String table, Report report) {
    return report.tables().stream().filter(t -> t.name().equals(table)).findFirst().map(TableSummary::versionSource)
        .orElseThrow();
  }

  @Test
  void aClassNamedAfterTheTableWithAVersionFieldKeepsTheColumnAVersion() throws IOException {
    TempProject.write(project, "db/schema.sql", """
        CREATE TABLE job_node (id BIGINT PRIMARY KEY, enabled BOOLEAN, schedule TEXT, version INT NOT NULL);
        CREATE TABLE mandate (id BIGINT PRIMARY KEY, state TEXT, reference TEXT, version INT NOT NULL);
        CREATE TABLE meta_version (id BIGINT PRIMARY KEY, schema_hash TEXT, version INT NOT NULL);
        """);
    TempProject.write(project, "src/main/java/shop/JobNodeDao.java", """
        package shop;

        import org.springframework.jdbc.core.JdbcTemplate;

        class JobNodeDao {
          JdbcTemplate jdbc;
          void schedule(long id, String schedule, boolean enabled) {
            jdbc.update("UPDATE job_node SET schedule = ?, enabled = ? WHERE id = ?", schedule, enabled, id);
          }
          void reference(long id, String state, String reference) {
            jdbc.update("UPDATE mandate SET state = ?, reference = ? WHERE id = ?", state, reference, id);
          }
          void schemaChanged(long id, String hash, int version) {
            jdbc.update("UPDATE meta_version SET schema_hash = ?, version = ? WHERE id = ?", hash, version, id);
          }
        }
        """);
    TempProject.write(project, "src/main/java/shop/MetaVersion.java",
        "package shop;\n\npublic class MetaVersion { private long id; private int version; }\n");
    TempProject.write(project, "src/main/java/shop/JobNode.java", """
        package shop;

        public class JobNode {
          private long id;
          private String schedule;
          private Integer version;
        }
        """);

    Report report = TempProject.scan(project);

    assertThat(versionSourceOf("job_node", report)).isEqualTo(VersionSource.DDL);
    assertThat(versionSourceOf("mandate", report)).isEqualTo(VersionSource.UNUSED);
    assertThat(versionSourceOf("meta_version", report))
        .as("stored by a write that neither compares nor increments it: a version of the data, whatever a class carries")
        .isEqualTo(VersionSource.UNUSED);
  }
}
