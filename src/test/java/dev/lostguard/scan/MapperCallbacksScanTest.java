package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A helper handed a mapper's class and a lambda runs the lambda with that mapper (Apache Amoro's doAs). */
class MapperCallbacksScanTest {

  @TempDir Path project;

  @Test
  void aLambdaBesideAMapperClassCallsThatMapper() throws IOException {
    TempProject.write(project, "db/schema.sql", "CREATE TABLE catalog (id INT PRIMARY KEY, name TEXT, props TEXT);\n");
    TempProject.write(project, "src/main/java/ams/CatalogMapper.java", """
        package ams;

        import org.apache.ibatis.annotations.Param;
        import org.apache.ibatis.annotations.Update;

        public interface CatalogMapper {
          @Update("UPDATE catalog SET name = #{name}, props = #{props} WHERE id = #{id}")
          int update(@Param("id") int id, @Param("name") String name, @Param("props") String props);
        }
        """);
    TempProject.write(project, "src/main/java/ams/PersistentBase.java", """
        package ams;

        import java.util.function.Consumer;

        abstract class PersistentBase {
          protected final <T> void doAs(Class<T> mapperClass, Consumer<T> consumer) {}
        }
        """);
    TempProject.write(project, "src/main/java/ams/CatalogController.java", """
        package ams;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class CatalogController extends PersistentBase {
          @PutMapping("/catalogs/{id}")
          void update(@PathVariable int id, @RequestParam String name, @RequestParam String props) {
            doAs(CatalogMapper.class, mapper -> mapper.update(id, name, props));
          }
        }
        """);

    Report report = TempProject.scan(project);
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .singleElement().satisfies(f -> assertThat(f.entryPoints()).isNotEmpty()
            .first().satisfies(e -> assertThat(e.labels()).contains("PUT /catalogs/{id}", "CatalogMapper.update")));
  }
}
