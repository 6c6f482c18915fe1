package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MyBatis-Plus's {@code ServiceImpl} keeps its mapper in the inherited field {@code baseMapper}, however the code names it. */
class InheritedBaseMapperScanTest {

  @TempDir Path project;

  /** Table {@code t_<name>} with a short and a long column, its MyBatis-Plus entity and the mapper {@code mapperPackage.<Entity>Mapper}. */
  private void mapped(String entity, String mapperPackage) throws IOException {
    String table = "t_" + entity.toLowerCase(java.util.Locale.ROOT);
    TempProject.write(project, "db/schema.sql", "CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, title VARCHAR(50), body TEXT);\n");
    TempProject.write(project, "src/main/java/app/" + entity + ".java", """
        package app;

        import com.baomidou.mybatisplus.annotation.TableName;

        @TableName("%s")
        public class %s { Long id; String title; String body; }
        """.formatted(table, entity));
    TempProject.write(project, "src/main/java/" + mapperPackage.replace('.', '/') + "/" + entity + "Mapper.java",
        "package " + mapperPackage + ";\n\npublic interface " + entity
            + "Mapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<app." + entity + "> {}\n");
  }

  @Test
  void baseMapperAndThisBaseMapperAreTheServicesOwnMapper() throws IOException {
    mapped("Dept", "app");
    TempProject.write(project, "src/main/java/app/DeptService.java", """
        package app;

        import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
        import org.springframework.web.bind.annotation.*;

        @RestController
        public class DeptService extends ServiceImpl<DeptMapper, Dept> {
          @PutMapping("/dept") public void updateDept(@RequestBody Dept dept) {
            this.baseMapper.updateById(dept);
          }
          @PutMapping("/dept/plain") public void updatePlain(@RequestBody Dept dept) {
            baseMapper.updateById(dept);
          }
        }
        """);

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().startLine())
        .containsExactly(9, 12);
  }

  @Test
  void aMapperFieldThatAnAbstractBaseDeclaresIsThatMapper() throws IOException {
    mapped("Notice", "app.mapper");
    TempProject.write(project, "src/main/java/app/AbstractAccess.java", """
        package app;

        import app.mapper.NoticeMapper;

        public abstract class AbstractAccess {
          protected NoticeMapper noticeMapper;
        }
        """);
    TempProject.write(project, "src/main/java/app/NoticeAccess.java", """
        package app;

        import org.springframework.web.bind.annotation.*;

        @RestController
        public class NoticeAccess extends AbstractAccess {
          @PutMapping("/notice") public int update(@RequestBody Notice notice) {
            return noticeMapper.updateById(notice);
          }
          @PutMapping("/notice/this") public int updateThis(@RequestBody Notice notice) {
            return this.noticeMapper.updateById(notice);
          }
        }
        """);

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().path() + ":" + f.location().startLine())
        .containsExactly("src/main/java/app/NoticeAccess.java:8", "src/main/java/app/NoticeAccess.java:11");
  }
}
