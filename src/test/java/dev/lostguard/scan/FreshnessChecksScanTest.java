package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service that refuses a stale copy guards every way into the write that passes it. */
class FreshnessChecksScanTest {

  @TempDir Path project;

  private void write(String name, String content) throws IOException {
    TempProject.write(project, name, content);
  }

  private void classifications(String check) throws IOException {
    write("db/schema.sql",
        "CREATE TABLE classification (id BIGINT PRIMARY KEY, name VARCHAR(4000), category VARCHAR(4000), modified TIMESTAMP);\n");
    write("src/main/java/shop/ClassificationController.java", """
        package shop;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class ClassificationController {
          ClassificationService classifications;
          ImportService imports;

          @PutMapping("/classifications/{id}")
          void update(@PathVariable long id, @RequestBody Classification form) { classifications.update(form); }

          @PostMapping("/classification-definitions")
          void importAll(@RequestBody java.util.List<Classification> forms) { imports.relink(forms); }
        }
        """);
    write("src/main/java/shop/ImportService.java", """
        package shop;

        class ImportService {
          ClassificationService classifications;
          void relink(java.util.List<Classification> forms) { forms.forEach(f -> parents(f)); }
          void parents(Classification form) { classifications.update(form); }
        }
        """);
    write("src/main/java/shop/ClassificationService.java",
        "package shop;\n\ninterface ClassificationService { void update(Classification form); }\n");
    write("src/main/java/shop/ClassificationServiceImpl.java", """
        package shop;

        import org.springframework.jdbc.core.JdbcTemplate;

        class ClassificationServiceImpl implements ClassificationService {
          JdbcTemplate jdbc;

          public void update(Classification form) {
            %s
            jdbc.update("UPDATE classification SET name = ?, category = ?, modified = now() WHERE id = ?",
                form.getName(), form.getCategory(), form.getId());
          }

          private Classification verifyTimestampHasNotChanged(Classification form) {
            Classification stored = load(form.getId());
            if (!stored.getModified().equals(form.getModified())) {
              throw new ConcurrencyException(form.getId());
            }
            return stored;
          }
        }
        """.formatted(check));
  }

  @Test
  void aCheckTheServiceCallsGuardsEveryHandlerThatReachesIt() throws IOException {
    classifications("verifyTimestampHasNotChanged(form);");

    assertThat(TempProject.scan(project).findings()).extracting(Finding::ruleId)
        .doesNotContain("unversioned-table-update");
  }

  @Test
  void withoutTheCheckTheUpdateIsReported() throws IOException {
    classifications("");

    assertThat(TempProject.scan(project).findings()).extracting(Finding::ruleId)
        .contains("unversioned-table-update");
  }
}
