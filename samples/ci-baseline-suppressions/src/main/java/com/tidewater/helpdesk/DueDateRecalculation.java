package com.tidewater.helpdesk;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Moves the due date of open tickets when the SLA calendar changes. */
@Component
public class DueDateRecalculation {

  private final JdbcTemplate jdbc;

  public DueDateRecalculation(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  // Runs at 03:00 while the help desk is closed; agents cannot edit tickets then.
  @SuppressWarnings("lostguard:bulk-update-bypasses-version")
  @Scheduled(cron = "0 0 3 * * *")
  public void recalculate(String priority, java.sql.Timestamp newDueAt) {
    // ok: bulk-update-bypasses-version
    jdbc.update(
        "UPDATE ticket SET due_at = ? WHERE status = 'OPEN' AND priority = ?",
        newDueAt, priority);
  }
}
