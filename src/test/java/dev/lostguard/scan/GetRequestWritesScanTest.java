package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write only GET requests, or commands that send nothing but which record, reach stores what the
 * server computes, not a copy a person edited.
 */
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

  @Test
  void aRunStartedByACommandThatSendsOnlyWhichRecordStoresTheServersValuesUnlessPeopleWriteThemToo() throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE job (id BIGINT PRIMARY KEY, name TEXT, cron TEXT, run_status INT, run_log TEXT);\n");
    TempProject.write(project, "src/main/java/ops/JobController.java", """
        package ops;

        import java.util.List;
        import javax.servlet.http.HttpServletResponse;
        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class JobController {
          JdbcTemplate jdbc;

          @PostMapping("/jobs/{id}/run")
          void run(@PathVariable long id, HttpServletResponse response) {
            jdbc.update("UPDATE job SET run_status = ?, run_log = ? WHERE id = ?", execute(id), log(id), id);
          }

          @PostMapping("/jobs/run")
          void runSelected(@RequestParam List<Long> jobIds) {
            for (Long jobId : jobIds) {
              jdbc.update("UPDATE job SET run_status = ?, run_log = ? WHERE id = ?", execute(jobId), log(jobId), jobId);
            }
          }

          @PostMapping("/jobs/{id}/retry")
          void retry(@PathVariable long id, @RequestParam String note) {
            jdbc.update("UPDATE job SET run_status = ?, run_log = ? WHERE id = ?", execute(id), note, id);
          }

          @PutMapping("/jobs/{id}")
          void save(@PathVariable long id, @RequestBody Job job) {
            jdbc.update("UPDATE job SET name = ?, cron = ? WHERE id = ?", job.name(), job.cron(), id);
          }

          int execute(long id) { return 0; }
          String log(long id) { return ""; }
        }
        """);
    TempProject.write(project, "src/main/java/ops/Job.java", "package ops;\n\nrecord Job(String name, String cron) {}\n");

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().startLine())
        .containsExactly(14, 20, 26, 31);
  }

  @Test
  void aMappingForEveryHttpMethodIsJudgedByItsParametersToo() throws IOException {
    TempProject.write(project, "db/schema.sql", """
        CREATE TABLE job_run_log (id BIGINT PRIMARY KEY, job_status TEXT, local_log TEXT);
        CREATE TABLE job_note (id BIGINT PRIMARY KEY, title TEXT, body TEXT);
        """);
    TempProject.write(project, "src/main/java/ops/JobApi.java", """
        package ops;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class JobApi {
          JdbcTemplate jdbc;

          @RequestMapping("/api/start")
          void start(Long id, Long savepointId) {
            jdbc.update("UPDATE job_run_log SET job_status = ?, local_log = ? WHERE id = ?", run(id), log(id), id);
          }

          @RequestMapping("/api/note")
          void note(Long id, String title, String body) {
            jdbc.update("UPDATE job_note SET title = ?, body = ? WHERE id = ?", title, body, id);
          }

          String run(long id) { return ""; }
          String log(long id) { return ""; }
        }
        """);

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().startLine())
        .containsExactly(17);
  }

  @Test
  void aWriteReachedPastAMethodThatTakesOnlyIdsStoresNoCopyOfTheFormNorDoesAStartupRunnersWrite() throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE job (id BIGINT PRIMARY KEY, name TEXT, run_status INT, finish_time TIMESTAMP);\n"
            + "CREATE TABLE job_run (id BIGINT PRIMARY KEY, state INT, log TEXT);\n");
    TempProject.write(project, "src/main/java/ops/MonitorController.java", """
        package ops;

        import java.util.List;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class MonitorController {
          JobRefresher refresher;

          @PutMapping("/monitor/layout/{name}")
          void saveLayout(@PathVariable String name, @RequestBody List<LayoutForm> layout) {
            refresher.refreshAll(List.of(layout.get(0).jobId()));
          }

          @PutMapping("/runs/{id}")
          void saveRun(@PathVariable long id, @RequestBody RunForm form) {
            refresher.record(id, form);
          }
        }
        """);
    TempProject.write(project, "src/main/java/ops/JobRefresher.java", """
        package ops;

        import java.util.List;
        import org.springframework.boot.CommandLineRunner;
        import org.springframework.jdbc.core.JdbcTemplate;

        class JobRefresher implements CommandLineRunner {
          JdbcTemplate jdbc;

          public void run(String... args) {
            refresh(1L, 0);
          }

          void refreshAll(List<Long> jobIds) {
            jobIds.forEach(id -> refresh(id, poll(id)));
          }

          void refresh(long id, int status) {
            jdbc.update("UPDATE job SET run_status = ?, finish_time = ? WHERE id = ?", status, now(), id);
          }

          void record(long id, RunForm form) {
            jdbc.update("UPDATE job_run SET state = ?, log = ? WHERE id = ?", form.state(), form.log(), id);
          }

          int poll(long id) { return 0; }
          java.sql.Timestamp now() { return null; }
        }
        """);
    TempProject.write(project, "src/main/java/ops/LayoutForm.java",
        "package ops;\n\nrecord LayoutForm(Long jobId, String title, int position) {}\n");
    TempProject.write(project, "src/main/java/ops/RunForm.java",
        "package ops;\n\nrecord RunForm(int state, String log) {}\n");

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(Finding::table)
        .containsExactly("job_run");
  }

  @Test
  void aFormNoneOfWhosePropertiesNamesTheColumnsAWriteSetsSendsNoCopyOfThem() throws IOException {
    TempProject.write(project, "db/schema.sql", """
        CREATE TABLE job (id BIGINT PRIMARY KEY, name TEXT, run_status INT, finish_time TIMESTAMP);
        CREATE TABLE job_run (id BIGINT PRIMARY KEY, run_status INT, finish_time TIMESTAMP);
        """);
    TempProject.write(project, "src/main/java/ops/MonitorController.java", """
        package ops;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class MonitorController {
          JdbcTemplate jdbc;

          @PutMapping("/monitor/{id}")
          void saveLayout(@PathVariable long id, @RequestBody Dashboard dashboard) {
            refresh(id, dashboard);
          }

          @PutMapping("/runs/{id}")
          void saveRun(@PathVariable long id, @RequestBody RunReport report) {
            jdbc.update("UPDATE job_run SET run_status = ?, finish_time = ? WHERE id = ?",
                report.runStatus(), report.finishTime(), id);
          }

          void refresh(long id, Dashboard shown) {
            jdbc.update("UPDATE job SET run_status = ?, finish_time = ? WHERE id = ?", poll(id), now(), id);
          }

          int poll(long id) { return 0; }
          java.sql.Timestamp now() { return null; }
        }
        """);
    TempProject.write(project, "src/main/java/ops/Dashboard.java",
        "package ops;\n\nrecord Dashboard(String title, java.util.List<Tile> tiles) {}\n");
    TempProject.write(project, "src/main/java/ops/Tile.java", "package ops;\n\nrecord Tile(Long jobId, int position) {}\n");
    TempProject.write(project, "src/main/java/ops/RunReport.java", """
        package ops;

        abstract class RunReport {
          abstract int runStatus();
          abstract java.util.Date finishTime();
        }
        """);

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(Finding::table)
        .as("RunReport's accessors name the columns; Dashboard and its tiles do not")
        .containsExactly("job_run");
  }

  @Test
  void aSignInSavingBackTheAccountItLoadedIsBookkeepingButTheAdministratorsEditIsReported() throws IOException {
    TempProject.write(project, "db/schema.sql", "CREATE TABLE app_user (id BIGINT PRIMARY KEY, name VARCHAR(50),"
        + " email VARCHAR(100), failed_logins INT, locked_until TIMESTAMP);\n");
    TempProject.write(project, "src/main/java/app/UserController.java", """
        package app;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class UserController {
          UserService users;

          @PostMapping("/user/login")
          boolean login(@RequestBody LoginForm form) {
            AppUser user = users.byName(form.username());
            boolean ok = user != null && form.password().equals(user.getName());
            if (!ok) {
              users.recordFailure(user);
            }
            return ok;
          }

          @PutMapping("/users/{id}")
          void edit(@PathVariable long id, @RequestBody AppUser form) {
            users.save(form);
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/UserService.java", """
        package app;

        import org.springframework.jdbc.core.JdbcTemplate;

        class UserService {
          JdbcTemplate jdbc;

          AppUser byName(String name) { return null; }

          void recordFailure(AppUser user) {
            jdbc.update("UPDATE app_user SET name = ?, email = ?, failed_logins = ?, locked_until = ? WHERE id = ?",
                user.getName(), user.getEmail(), user.getFailedLogins() + 1, user.getLockedUntil(), user.getId());
          }

          void save(AppUser user) {
            jdbc.update("UPDATE app_user SET name = ?, email = ? WHERE id = ?", user.getName(), user.getEmail(), user.getId());
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/LoginForm.java",
        "package app;\n\nrecord LoginForm(String username, String password) {}\n");
    TempProject.write(project, "src/main/java/app/AppUser.java", """
        package app;

        class AppUser {
          Long id; String name; String email; Integer failedLogins; java.time.Instant lockedUntil;
          Long getId() { return id; }
          String getName() { return name; }
          String getEmail() { return email; }
          Integer getFailedLogins() { return failedLogins; }
          java.time.Instant getLockedUntil() { return lockedUntil; }
        }
        """);

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().path() + ":" + f.location().startLine())
        .containsExactly("src/main/java/app/UserService.java:16");
  }
}

