package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receiver declared with type arguments ({@code TaskAccess<RetryTask>}) holds no class that binds
 * them to another entity: the call runs neither that class's override nor, through a base's template
 * method, its hook.
 */
class TypeArgumentDispatchScanTest {

  @TempDir Path project;

  private void write(String name, String content) throws IOException {
    TempProject.write(project, name, content);
  }

  private void access(String entity, String table) throws IOException {
    write("src/main/java/jobs/" + entity + ".java", "package jobs;\n\nclass " + entity + " { long id; String owner; }\n");
    write("src/main/java/jobs/" + entity + "Mapper.java", """
        package jobs;

        interface %1$sMapper {
          int updateRow(%1$s row);
          int renameRow(%1$s row);
        }
        """.formatted(entity));
    write("src/main/resources/" + entity + "Mapper.xml", """
        <mapper namespace="jobs.%sMapper">
          <update id="updateRow">UPDATE %2$s SET owner = #{owner} WHERE id = #{id}</update>
          <update id="renameRow">UPDATE %2$s SET owner = #{owner} WHERE id = #{id}</update>
        </mapper>
        """.formatted(entity, table));
    write("src/main/java/jobs/" + entity + "Access.java", """
        package jobs;

        class %1$sAccess extends AbstractTaskAccess<%1$s> {
          %1$sMapper mapper;
          @Override protected int doUpdate(%1$s row) { return mapper.updateRow(row); }
          @Override public int rename(%1$s row) { return mapper.renameRow(row); }
        }
        """.formatted(entity));
  }

  private void jobs(String handler) throws IOException {
    write("db/schema.sql", "CREATE TABLE retry_task (id INT PRIMARY KEY, owner TEXT);\n"
        + "CREATE TABLE dead_letter (id INT PRIMARY KEY, owner TEXT);\n");
    write("src/main/java/jobs/TaskAccess.java", """
        package jobs;

        interface TaskAccess<T> {
          int update(T row);
          int rename(T row);
        }
        """);
    write("src/main/java/jobs/AbstractTaskAccess.java", """
        package jobs;

        abstract class AbstractTaskAccess<T> implements TaskAccess<T> {
          @Override public int update(T row) { return doUpdate(row); }
          protected abstract int doUpdate(T row);
        }
        """);
    access("RetryTask", "retry_task");
    access("DeadLetter", "dead_letter");
    write("src/main/java/jobs/AccessTemplate.java", """
        package jobs;

        class AccessTemplate {
          TaskAccess<RetryTask> retryTasks;
          TaskAccess<RetryTask> retryTasks() { return retryTasks; }
        }
        """);
    write("src/main/java/jobs/TaskController.java", """
        package jobs;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class TaskController {
          AccessTemplate template;
        %s
        }
        """.formatted(handler));
  }

  @Test
  void aBaseTemplateMethodCalledOnTheTypedReceiverRunsOnlyTheHookOfItsEntitysClass() throws IOException {
    jobs("""
          @PutMapping("/tasks") void edit(@RequestBody RetryTask task) {
            TaskAccess<RetryTask> access = template.retryTasks();
            access.update(task);
          }
        """);

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().path() + ":" + f.location().startLine())
        .containsExactly("src/main/resources/RetryTaskMapper.xml:2");
  }

  @Test
  void anOverrideOfAClassBindingAnotherEntityIsNoTargetOfTheCall() throws IOException {
    jobs("""
          @PutMapping("/tasks/rename") void rename(@RequestBody RetryTask task) { template.retryTasks().rename(task); }
        """);

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().path() + ":" + f.location().startLine())
        .containsExactly("src/main/resources/RetryTaskMapper.xml:3");
  }

  @Test
  void aRawReceiverStillRunsEveryClasssOverride() throws IOException {
    jobs("""
          @PutMapping("/any/rename") void rename(@RequestBody Object row, TaskAccess access) { access.rename(row); }
        """);

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(Finding::location).extracting(l -> l.path())
        .containsExactly("src/main/resources/DeadLetterMapper.xml", "src/main/resources/RetryTaskMapper.xml");
  }
}
