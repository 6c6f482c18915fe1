package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write only GET requests reach stores what the server computes, not a copy a person edited. */
class GetRequestWritesScanTest {

  @TempDir Path project;

  @Test
  void aCountRefreshedWhileAPageLoadsIsNoPersonsEditButAPageLoadWritingBackWhatTheFormEditsIs()
      throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE grp (id BIGINT PRIMARY KEY, name TEXT, description TEXT, node_count INT, tx_count INT);\n");
    TempProject.write(project, "src/main/java/shop/GroupController.java", """
        package shop;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class GroupController {
          JdbcTemplate jdbc;

          @GetMapping("/group/{id}/general")
          Object general(@PathVariable long id) {
            jdbc.update("UPDATE grp SET node_count = ?, tx_count = ? WHERE id = ?", count(id), count(id), id);
            return null;
          }

          @PutMapping("/group/{id}")
          void save(@PathVariable long id, @RequestBody Group group) {
            jdbc.update("UPDATE grp SET name = ?, description = ? WHERE id = ?", group.name(), group.description(), id);
          }

          @GetMapping("/group/{id}")
          Object show(@PathVariable long id, Group loaded) {
            jdbc.update("UPDATE grp SET name = ?, description = ?, tx_count = ? WHERE id = ?",
                loaded.name(), loaded.description(), count(id), id);
            return null;
          }

          int count(long id) { return 0; }
        }
        """);
    TempProject.write(project, "src/main/java/shop/Group.java",
        "package shop;\n\nrecord Group(String name, String description) {}\n");

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().startLine())
        .containsExactly(18, 23);
  }
}
