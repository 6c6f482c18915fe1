package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointOverwriteScanTest {

  private static final String CONTROLLER = """
      package org.acme.quota;

      import org.springframework.web.bind.annotation.PathVariable;
      import org.springframework.web.bind.annotation.PutMapping;
      import org.springframework.web.bind.annotation.RequestBody;
      import org.springframework.web.bind.annotation.RestController;

      @RestController
      public class QuotaController {
        private final QuotaDao quotas;
        public QuotaController(QuotaDao quotas) { this.quotas = quotas; }

        @PutMapping("/quotas/{id}/usage")
        public void addUsage(@PathVariable long id, @RequestBody QuotaForm form) {
          quotas.addUsage(id, form.getUsed());
        }

        @PutMapping("/quotas/{id}")
        public void edit(@PathVariable long id, @RequestBody QuotaForm form) {
          quotas.edit(id, form.getName(), form.getUsed());
        }
      }
      """;
  private static final String DAO = """
      package org.acme.quota;

      import org.springframework.jdbc.core.JdbcTemplate;

      public class QuotaDao {
        private final JdbcTemplate jdbc;
        public QuotaDao(JdbcTemplate jdbc) { this.jdbc = jdbc; }
        public void addUsage(long id, long used) {
          jdbc.update("INSERT INTO quota (id, used) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET used = quota.used + excluded.used", id, used);
        }
        public void edit(long id, String name, long used) {
          jdbc.update("UPDATE quota SET name = ?, used = ? WHERE id = ?", name, used, id);
        }
      }
      """;
  private static final String FORM = """
      package org.acme.quota;

      public class QuotaForm {
        private String name;
        private long used;
        public String getName() { return name; }
        public long getUsed() { return used; }
      }
      """;

  @TempDir Path root;

  @Test
  void aHandlerWhoseOnlyWriteIsARelativeUpsertOverwritesNothing() throws IOException {
    TempProject.write(root, "src/main/resources/schema.sql",
        "CREATE TABLE quota (id BIGINT PRIMARY KEY, name VARCHAR(64), used BIGINT);");
    TempProject.write(root, "src/main/java/org/acme/quota/QuotaController.java", CONTROLLER);
    TempProject.write(root, "src/main/java/org/acme/quota/QuotaDao.java", DAO);
    TempProject.write(root, "src/main/java/org/acme/quota/QuotaForm.java", FORM);

    List<Finding> findings = TempProject.scan(root).findings();

    assertThat(findings).filteredOn(f -> f.ruleId().equals("write-endpoint-without-precondition"))
        .extracting(Finding::message).singleElement().asString().startsWith("PUT /quotas/{id} (QuotaController.edit)");
  }

  @Test
  void aBodyFieldNamedLikeTheVersionColumnTheProjectChecksElsewhereIsAVersion() throws IOException {
    TempProject.write(root, "src/main/java/org/acme/quota/QuotaController.java", CONTROLLER);
    TempProject.write(root, "src/main/java/org/acme/quota/QuotaDao.java", DAO);
    TempProject.write(root, "src/main/java/org/acme/quota/QuotaForm.java",
        FORM.replace("private long used;", "private long used;\n  private Long objectVersionNumber;"));
    TempProject.write(root, "src/main/resources/schema.sql",
        "CREATE TABLE quota (id BIGINT PRIMARY KEY, name VARCHAR(64), used BIGINT);");

    assertThat(TempProject.scan(root).findings()).extracting(Finding::ruleId)
        .as("no table of this project is versioned by object_version_number")
        .contains("write-endpoint-without-precondition");

    TempProject.write(root, "src/main/resources/schema.sql", """
        CREATE TABLE quota (id BIGINT PRIMARY KEY, name VARCHAR(64), used BIGINT);
        CREATE TABLE board (id BIGINT PRIMARY KEY, name VARCHAR(64), object_version_number BIGINT NOT NULL);
        """);
    TempProject.write(root, "src/main/java/org/acme/quota/BoardDao.java", """
        package org.acme.quota;

        import org.springframework.jdbc.core.JdbcTemplate;

        public class BoardDao {
          private final JdbcTemplate jdbc;
          public BoardDao(JdbcTemplate jdbc) { this.jdbc = jdbc; }
          public int rename(long id, String name, long seen) {
            return jdbc.update("UPDATE board SET name = ?, object_version_number = object_version_number + 1"
                + " WHERE id = ? AND object_version_number = ?", name, id, seen);
          }
        }
        """);

    assertThat(TempProject.scan(root).findings()).extracting(Finding::ruleId)
        .doesNotContain("write-endpoint-without-precondition");
  }

  @Test
  void aRouteAnotherServiceCallsIsNoPersonsEdit() throws IOException {
    TempProject.write(root, "src/main/resources/schema.sql",
        "CREATE TABLE quota (id BIGINT PRIMARY KEY, name VARCHAR(64), used BIGINT);");
    TempProject.write(root, "src/main/java/org/acme/quota/QuotaController.java",
        CONTROLLER.replace("@PutMapping(\"/quotas/{id}\")", "@PutMapping(\"/feign/quotas/{id}\")"));
    TempProject.write(root, "src/main/java/org/acme/quota/QuotaDao.java", DAO);
    TempProject.write(root, "src/main/java/org/acme/quota/QuotaForm.java", FORM);

    assertThat(TempProject.scan(root).findings()).extracting(Finding::ruleId)
        .doesNotContain("write-endpoint-without-precondition");
  }

  @Test
  void aSwitchBoundToAWholeEntityFlipsOneFlagOnATableWithoutAVersionButSkipsTheVersionOfAVersionedOne()
      throws IOException {
    TempProject.write(root, "src/main/resources/schema.sql", """
        CREATE TABLE dict_type (id BIGINT PRIMARY KEY, name VARCHAR(64), remark VARCHAR(200), status INT);
        CREATE TABLE post (id BIGINT PRIMARY KEY, name VARCHAR(64), remark VARCHAR(200), status INT, version INT);
        """);
    TempProject.guardedSave(root, "post", "name");
    TempProject.write(root, "src/main/java/org/acme/dict/DictController.java", """
        package org.acme.dict;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        public class DictController {
          JdbcTemplate jdbc;

          @PutMapping("/dict/updateEnable")
          public void updateEnable(@RequestBody DictType type) {
            jdbc.update("UPDATE dict_type SET name = ?, remark = ?, status = ? WHERE id = ?",
                type.name(), type.remark(), type.status(), type.id());
          }

          @PutMapping("/dict/edit")
          public void edit(@RequestBody DictType type) {
            jdbc.update("UPDATE dict_type SET name = ?, remark = ?, status = ? WHERE id = ?",
                type.name(), type.remark(), type.status(), type.id());
          }

          @PutMapping("/post/change-status")
          public void changeStatus(@RequestBody DictType post) {
            jdbc.update("UPDATE post SET name = ?, remark = ?, status = ? WHERE id = ?",
                post.name(), post.remark(), post.status(), post.id());
          }

          @PutMapping("/post/{id}/status")
          public void setStatus(@PathVariable long id, @RequestBody DictType post) {
            jdbc.update("UPDATE post SET status = ?, version = version + 1 WHERE id = ?", post.status(), id);
          }
        }
        """);
    TempProject.write(root, "src/main/java/org/acme/dict/DictType.java",
        "package org.acme.dict;\n\nrecord DictType(long id, String name, String remark, int status) {}\n");

    List<Finding> findings = TempProject.scan(root).findings();

    assertThat(findings).filteredOn(f -> f.ruleId().equals("write-endpoint-without-precondition"))
        .extracting(f -> f.message().substring(0, f.message().indexOf(" (")))
        .as("a switch that increments the version makes older forms conflict")
        .containsExactlyInAnyOrder("PUT /dict/edit", "PUT /post/change-status");
    assertThat(findings).filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().startLine())
        .as("the statement only the switch reaches writes back the server's values besides its flag")
        .containsExactly(18);
  }

  @Test
  void aPasswordResetAndARemovedLinkWriteBackNothingAClientRead() throws IOException {
    TempProject.write(root, "src/main/resources/schema.sql", """
        CREATE TABLE sys_user (id BIGINT PRIMARY KEY, name VARCHAR(64), email VARCHAR(64), password VARCHAR(100));
        CREATE TABLE sys_user_role (user_id BIGINT, role_id BIGINT);
        """);
    TempProject.write(root, "src/main/java/org/acme/user/UserController.java", """
        package org.acme.user;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        public class UserController {
          JdbcTemplate jdbc;

          @PutMapping("/system/user/resetPwd")
          public void resetPwd(@RequestBody User user) {
            save(user);
          }

          @PutMapping("/system/user")
          public void edit(@RequestBody User user) {
            save(user);
          }

          private void save(User user) {
            jdbc.update("UPDATE sys_user SET name = ?, email = ?, password = ? WHERE id = ?",
                user.name(), user.email(), user.password(), user.id());
          }

          @PutMapping("/system/role/authUser/cancel")
          public void cancelAuthUser(@RequestBody UserRole link) {
            jdbc.update("DELETE FROM sys_user_role WHERE user_id = ? AND role_id = ?", link.userId(), link.roleId());
          }

          @PutMapping("/system/role/authUser/replace")
          public void replaceAuthUsers(@RequestBody UserRole link) {
            jdbc.update("DELETE FROM sys_user_role WHERE role_id = ?", link.roleId());
          }
        }
        """);
    TempProject.write(root, "src/main/java/org/acme/user/User.java",
        "package org.acme.user;\n\nrecord User(long id, String name, String email, String password) {}\n");
    TempProject.write(root, "src/main/java/org/acme/user/UserRole.java",
        "package org.acme.user;\n\nrecord UserRole(long userId, long roleId) {}\n");

    assertThat(TempProject.scan(root).findings())
        .filteredOn(f -> f.ruleId().equals("write-endpoint-without-precondition"))
        .extracting(f -> f.message().substring(0, f.message().indexOf(" (")))
        .as("the full edit, and the delete of every link of a role (a collection replaced)")
        .containsExactlyInAnyOrder("PUT /system/user", "PUT /system/role/authUser/replace");
  }

  @Test
  void rewritingTheRowsOfALinkTableLosesNoEdit() throws IOException {
    TempProject.write(root, "src/main/resources/schema.sql", """
        CREATE TABLE sys_role (id BIGINT PRIMARY KEY, role_name VARCHAR(64), remark VARCHAR(200));
        CREATE TABLE sys_role_menu (id BIGINT PRIMARY KEY, role_id BIGINT, menu_id BIGINT, create_time TIMESTAMP);
        """);
    TempProject.write(root, "src/main/java/org/acme/role/RoleController.java", """
        package org.acme.role;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        public class RoleController {
          JdbcTemplate jdbc;

          @PutMapping("/roles/{id}/menus")
          public void keepMenus(@PathVariable long id, @RequestBody RoleMenu link) {
            jdbc.update("UPDATE sys_role_menu SET role_id = ?, menu_id = ? WHERE id = ?", link.roleId(), link.menuId(), link.id());
          }

          @PutMapping("/roles/{id}")
          public void edit(@PathVariable long id, @RequestBody Role role) {
            jdbc.update("UPDATE sys_role SET role_name = ?, remark = ? WHERE id = ?", role.name(), role.remark(), id);
          }
        }
        """);
    TempProject.write(root, "src/main/java/org/acme/role/RoleMenu.java",
        "package org.acme.role;\n\nrecord RoleMenu(long id, long roleId, long menuId) {}\n");
    TempProject.write(root, "src/main/java/org/acme/role/Role.java",
        "package org.acme.role;\n\nrecord Role(long id, String name, String remark) {}\n");

    List<Finding> findings = TempProject.scan(root).findings();

    assertThat(findings).filteredOn(f -> f.message().contains("sys_role_menu")).isEmpty();
    assertThat(findings).extracting(Finding::ruleId)
        .contains("unversioned-table-update", "write-endpoint-without-precondition");
  }
}
