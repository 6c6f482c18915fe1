package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service a controller reaches through a field its base class declares. */
class InheritedFieldCallsScanTest {

  @TempDir Path project;

  @Test
  void aCallOnAFieldTheBaseControllerDeclaresReachesTheService() throws IOException {
    TempProject.write(project, "schema.sql", "CREATE TABLE webshop (id VARCHAR(20) PRIMARY KEY, url TEXT, name TEXT);\n");
    TempProject.write(project, "src/main/java/app/web/BaseController.java", """
        package app.web;

        import app.service.ShopService;
        import org.springframework.beans.factory.annotation.Autowired;

        public abstract class BaseController<S> {
          @Autowired protected ShopService shopService;
          @Autowired protected S service;
        }
        """);
    TempProject.write(project, "src/main/java/app/web/ShopController.java", """
        package app.web;

        import app.Form;
        import app.service.ShopService;
        import org.springframework.web.bind.annotation.*;

        @RestController
        public class ShopController extends BaseController<ShopService> {
          @PutMapping("/shops/{id}")
          public void edit(@PathVariable String id, @RequestBody Form form) {
            shopService.edit(id, form);
          }
          @PutMapping("/shops/{id}/name")
          public void rename(@PathVariable String id, @RequestBody Form form) {
            service.rename(id, form);
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/service/ShopService.java", """
        package app.service;

        import app.Form;
        import org.springframework.jdbc.core.JdbcTemplate;

        public class ShopService {
          JdbcTemplate jdbc;
          public void edit(String id, Form form) {
            jdbc.update("UPDATE webshop SET url = ?, name = ? WHERE id = ?", form.url(), form.name(), id);
          }
          public void rename(String id, Form form) {
            jdbc.update("UPDATE webshop SET name = ?, url = ? WHERE id = ?", form.name(), form.url(), id);
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/Form.java", "package app;\n\npublic record Form(String url, String name) {}\n");

    List<Finding> findings = TempProject.scan(project).findings();

    assertThat(findings).filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.entryPoints().stream().map(e -> e.entry().route()).toList())
        .as("each statement through the field the base class declares, a type variable's too")
        .containsExactlyInAnyOrder(List.of("/shops/{id}"), List.of("/shops/{id}/name"));
  }
}
