package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An update of a row the same call inserted a moment earlier has no stale copy to guard against. */
class CreatedInTheSameCallScanTest {

  @TempDir Path project;

  private Report scan(String uploadBody) throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE inbox (id BIGINT PRIMARY KEY, title TEXT, crc32 BIGINT, note TEXT);\n");
    TempProject.write(project, "src/main/java/shop/InboxDao.java", """
        package shop;

        import org.jdbi.v3.sqlobject.statement.SqlUpdate;

        public interface InboxDao {
          @SqlUpdate("INSERT INTO inbox (title) VALUES (:title)")
          long insert(String title);

          @SqlUpdate("UPDATE inbox SET crc32 = :crc32, note = :note WHERE id = :id")
          void updateChecksum(long id, long crc32, String note);
        }
        """);
    TempProject.write(project, "src/main/java/shop/InboxController.java", """
        package shop;

        import org.springframework.web.bind.annotation.PathVariable;
        import org.springframework.web.bind.annotation.PostMapping;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        class InboxController {
          private final InboxDao inbox;
          InboxController(InboxDao inbox) { this.inbox = inbox; }

          @PostMapping("/inbox")
          void upload(String title, byte[] photo, String note) {
        %s
          }
        }
        """.formatted(uploadBody));
    return TempProject.scan(project);
  }

  @Test
  void anUpdateOfTheRowTheSameHandlerJustInsertedIsNotFlagged() throws IOException {
    Report report = scan("""
            long id = inbox.insert(title);
            inbox.updateChecksum(id, photo.length, note);
        """);

    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("unversioned-table-update");
  }

  @Test
  void anUpdateWithNoInsertBeforeItIsFlagged() throws IOException {
    Report report = scan("""
            inbox.updateChecksum(Long.parseLong(title), photo.length, note);
            inbox.insert(title);
        """);

    assertThat(report.findings()).extracting(Finding::ruleId).contains("unversioned-table-update");
  }

  @Test
  void anInsertInTheOtherBranchOfAnIfCreatesNothingTheUpdateWrites() throws IOException {
    Report report = scan("""
            if (note == null) {
              inbox.insert(title);
            } else {
              inbox.updateChecksum(Long.parseLong(title), photo.length, note);
            }
        """);

    assertThat(report.findings()).extracting(Finding::ruleId).contains("unversioned-table-update");
  }

  private Report problemService(String createBody) throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE problem (id BIGINT PRIMARY KEY, code TEXT, title TEXT, version INT);\n");
    TempProject.guardedSave(project, "problem", "title");
    TempProject.write(project, "src/main/java/oj/Problem.java", """
        package oj;

        import com.baomidou.mybatisplus.annotation.TableName;
        import com.baomidou.mybatisplus.annotation.Version;

        @TableName("problem")
        class Problem {
          Long id;
          String code;
          String title;
          @Version Integer version;
          Long getId() { return id; }
          String getCode() { return code; }
        }
        """);
    TempProject.write(project, "src/main/java/oj/ProblemDao.java", """
        package oj;

        import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;

        class ProblemDao extends ServiceImpl<ProblemMapper, Problem> {}
        """);
    TempProject.write(project, "src/main/java/oj/ProblemMapper.java",
        "package oj;\n\ninterface ProblemMapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<Problem> {}\n");
    TempProject.write(project, "src/main/java/oj/ProblemService.java", """
        package oj;

        class ProblemService {
          ProblemDao problemDao;
          void create(Problem problem) {
        %s
            problemDao.lambdaUpdate().eq(Problem::getId, problem.getId()).set(Problem::getCode, problem.getCode()).update();
          }
        }
        """.formatted(createBody));
    return TempProject.scan(project);
  }

  @Test
  void aFrameworkUpdateOnTheReceiverThatJustSavedTheRowIsNotFlaggedEvenOnAVersionedTable() throws IOException {
    assertThat(problemService("    problemDao.save(problem);").findings())
        .extracting(Finding::ruleId).doesNotContain("update-without-version-check");
    assertThat(problemService("").findings())
        .extracting(Finding::ruleId).contains("update-without-version-check");
  }

  private Report menuService(String createBody) throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE sys_menu (id BIGINT PRIMARY KEY, name TEXT, perm TEXT, tree_path TEXT, parent_id BIGINT);\n");
    TempProject.write(project, "src/main/java/admin/Menu.java", """
        package admin;

        @com.baomidou.mybatisplus.annotation.TableName("sys_menu")
        class Menu {
          Long id;
          String name;
          String perm;
          String treePath;
          Long parentId;
          Long getId() { return id; }
          void setName(String name) { this.name = name; }
          void setPerm(String perm) { this.perm = perm; }
          void setTreePath(String treePath) { this.treePath = treePath; }
        }
        """);
    TempProject.write(project, "src/main/java/admin/MenuMapper.java",
        "package admin;\n\ninterface MenuMapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<Menu> {}\n");
    TempProject.write(project, "src/main/java/admin/MenuService.java", """
        package admin;

        import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
        import org.springframework.web.bind.annotation.PostMapping;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        class MenuService extends ServiceImpl<MenuMapper, Menu> {
          @PostMapping("/menus/{table}/buttons")
          void addButtons(String table, Menu existing) {
            for (String action : new String[] {"list", "update"}) {
              Menu button = new Menu();
              button.setName(action);
              button.setPerm(table + ":" + action);
        %s
              button.setTreePath("0," + button.getId());
              this.updateById(button);
            }
          }
        }
        """.formatted(createBody));
    return TempProject.scan(project);
  }

  @Test
  void aServiceThatSavedTheRowItselfAndThenUpdatesItWritesNoStaleCopy() throws IOException {
    assertThat(menuService("      this.save(button);").findings())
        .extracting(Finding::ruleId).doesNotContain("unversioned-table-update");
    assertThat(menuService("      save(button);").findings())
        .extracting(Finding::ruleId).doesNotContain("unversioned-table-update");
    assertThat(menuService("      super.save(button);").findings())
        .extracting(Finding::ruleId).doesNotContain("unversioned-table-update");
    // Its own save of another row creates nothing this update writes.
    assertThat(menuService("      save(existing);").findings())
        .extracting(Finding::ruleId).contains("unversioned-table-update");
  }

  @Test
  void aRowHandedOnAfterItsInsertIsWrittenByNoOneElseYet() throws IOException {
    Report report = scan("""
            long id = inbox.insert(title);
            record(id, photo, note);
          }
          private void record(long id, byte[] photo, String note) {
            inbox.updateChecksum(id, photo.length, note);""");
    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("unversioned-table-update");
  }

  @Test
  void anInsertInBothBranchesOfAnIfCreatesTheRowTheUpdateAfterItWrites() throws IOException {
    Report report = scan("""
            if (note == null) {
              inbox.insert(title);
            } else {
              note = note.trim();
              inbox.insert(title);
            }
            inbox.updateChecksum(Long.parseLong(title), photo.length, note);
        """);
    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain("unversioned-table-update");
  }

  @Test
  void anInsertInOneBranchOnlyMayCreateNothingTheUpdateAfterItWrites() throws IOException {
    Report report = scan("""
            if (note == null) {
              inbox.insert(title);
            }
            inbox.updateChecksum(Long.parseLong(title), photo.length, note);
        """);
    assertThat(report.findings()).extracting(Finding::ruleId).contains("unversioned-table-update");
    report = scan("""
            if (note == null) {
              inbox.insert(title);
            } else if (photo.length > 0) {
              inbox.insert(title);
            }
            inbox.updateChecksum(Long.parseLong(title), photo.length, note);
        """);
    assertThat(report.findings()).extracting(Finding::ruleId).as("the else branch inserts only sometimes")
        .contains("unversioned-table-update");
  }

  private Report commentService(String update) throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE comment (id BIGINT PRIMARY KEY, content TEXT, tree_path TEXT, parent_id BIGINT);\n");
    TempProject.write(project, "src/main/java/blog/Comment.java", """
        package blog;

        @com.baomidou.mybatisplus.annotation.TableName("comment")
        class Comment {
          Long id;
          String content;
          String treePath;
          Long parentId;
          Long getId() { return id; }
          Comment setContent(String content) { this.content = content; return this; }
          Comment setTreePath(String treePath) { this.treePath = treePath; return this; }
          Comment setParentId(Long parentId) { this.parentId = parentId; return this; }
        }
        """);
    TempProject.write(project, "src/main/java/blog/CommentMapper.java",
        "package blog;\n\ninterface CommentMapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<Comment> {}\n");
    TempProject.write(project, "src/main/java/blog/CommentService.java", """
        package blog;

        import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
        import org.springframework.web.bind.annotation.PostMapping;
        import org.springframework.web.bind.annotation.RestController;

        @RestController
        class CommentService extends ServiceImpl<CommentMapper, Comment> {
          @PostMapping("/comments")
          void add(String content, Long parentId, Comment parent) {
            Comment comment = new Comment().setContent(content);
            if (parentId == null) {
              save(comment);
            } else {
              comment.setParentId(parentId);
              save(comment);
            }
            %s
          }
        }
        """.formatted(update));
    return TempProject.scan(project);
  }

  @Test
  void aChainedSetterOnTheRowJustInsertedHandsOnThatRow() throws IOException {
    assertThat(commentService("updateById(comment.setTreePath(\"0,\" + comment.getId()));").findings())
        .extracting(Finding::ruleId).doesNotContain("unversioned-table-update");
    // The row the request sends is not the one just created.
    assertThat(commentService("updateById(parent.setTreePath(content));").findings())
        .extracting(Finding::ruleId).contains("unversioned-table-update");
  }
}
