package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MyBatis-Plus's {@code ServiceImpl} keeps its mapper in the inherited field {@code baseMapper}, however the code names it. */
class InheritedBaseMapperScanTest {

  @TempDir Path project;

  @Test
  void baseMapperAndThisBaseMapperAreTheServicesOwnMapper() throws IOException {
    TempProject.write(project, "db/schema.sql", "CREATE TABLE t_dept (id BIGINT PRIMARY KEY, dept_name VARCHAR(50), remark TEXT);\n");
    TempProject.write(project, "src/main/java/app/Dept.java", """
        package app;

        import com.baomidou.mybatisplus.annotation.TableName;

        @TableName("t_dept")
        public class Dept { Long id; String deptName; String remark; }
        """);
    TempProject.write(project, "src/main/java/app/DeptMapper.java",
        "package app;\n\npublic interface DeptMapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<Dept> {}\n");
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
    TempProject.write(project, "db/schema.sql", "CREATE TABLE t_notice (id BIGINT PRIMARY KEY, title VARCHAR(50), body TEXT);\n");
    TempProject.write(project, "src/main/java/app/Notice.java", """
        package app;

        import com.baomidou.mybatisplus.annotation.TableName;

        @TableName("t_notice")
        public class Notice { Long id; String title; String body; }
        """);
    TempProject.write(project, "src/main/java/app/mapper/NoticeMapper.java",
        "package app.mapper;\n\npublic interface NoticeMapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<app.Notice> {}\n");
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
