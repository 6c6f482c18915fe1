package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private helper that changes a row its callers just loaded writes back only what it sets: the
 * rest of the row goes back as read a moment ago (DolphinScheduler's {@code doOnlineScheduler}).
 */
class LoadedRowHelpersScanTest {

  @TempDir Path project;

  private Report scan(String beforeCall, String helperModifier) throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE t_schedule (id INT PRIMARY KEY, crontab TEXT, release_state INT, start_time TIMESTAMP);\n");
    TempProject.write(project, "src/main/java/d/Schedule.java", """
        package d;

        @com.baomidou.mybatisplus.annotation.TableName("t_schedule")
        public class Schedule {
          Integer id;
          String crontab;
          Integer releaseState;
          public void setReleaseState(Integer state) { releaseState = state; }
          public Integer getReleaseState() { return releaseState; }
          public void setCrontab(String crontab) { this.crontab = crontab; }
        }
        """);
    TempProject.write(project, "src/main/java/d/ScheduleMapper.java",
        "package d;\n\npublic interface ScheduleMapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<Schedule> {}\n");
    TempProject.write(project, "src/main/java/d/ScheduleController.java", """
        package d;

        import org.springframework.web.bind.annotation.*;

        @RestController
        public class ScheduleController {
          private ScheduleMapper scheduleMapper;

          @PostMapping("/schedules/{id}/offline")
          public void offline(@PathVariable Integer id, @RequestParam String crontab) {
            Schedule schedule = scheduleMapper.selectById(id);
        %s
            doOffline(schedule);
          }

          %s void doOffline(Schedule schedule) {
            if (schedule == null || schedule.getReleaseState() == 0) {
              return;
            }
            schedule.setReleaseState(0);
            scheduleMapper.updateById(schedule);
          }
        }
        """.formatted(beforeCall, helperModifier));
    return TempProject.scan(project);
  }

  @Test
  void aPrivateHelperGivenARowJustLoadedWritesOnlyWhatItSets() throws IOException {
    assertThat(scan("", "private").findings()).extracting(Finding::ruleId).doesNotContain("unversioned-table-update");
  }

  @Test
  void aRowTheCallerChangesFirstOrAHelperOthersMayCallIsJudgedWhole() throws IOException {
    assertThat(scan("    schedule.setCrontab(crontab);", "private").findings())
        .extracting(Finding::ruleId).contains("unversioned-table-update");
    assertThat(scan("", "public").findings()).extracting(Finding::ruleId).contains("unversioned-table-update");
  }
}
