package com.lindenvet.clinic.reminders;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends vaccination reminders and plans the next one: the reminder table is the job's own state. */
@Component
public class ReminderJob {

  record Due(long id, String email, LocalDate dueAt) {}

  private final JdbcTemplate jdbc;
  private final ReminderMailer mailer;

  public ReminderJob(JdbcTemplate jdbc, ReminderMailer mailer) {
    this.jdbc = jdbc;
    this.mailer = mailer;
  }

  @Scheduled(cron = "0 0 7 * * *")
  public void sendDueReminders() {
    List<Due> due = jdbc.query(
        "SELECT r.id, o.email, r.next_due_at FROM reminder r JOIN owner o ON o.pet_id = r.pet_id"
            + " WHERE r.next_due_at <= CURRENT_DATE",
        (rs, rowNum) -> new Due(rs.getLong("id"), rs.getString("email"), rs.getDate("next_due_at").toLocalDate()));
    for (Due reminder : due) {
      String error = mailer.send(reminder.email(), reminder.dueAt());
      recordAttempt(reminder.id(), reminder.dueAt().plusYears(1), error);
    }
  }

  private void recordAttempt(long id, LocalDate nextDueAt, String error) {
    // ok: unversioned-table-update
    jdbc.update(
        "UPDATE reminder SET next_due_at = ?, last_sent_at = ?, send_attempts = send_attempts + 1, last_error = ?"
            + " WHERE id = ?",
        Date.valueOf(nextDueAt),
        Timestamp.from(Instant.now()),
        error,
        id);
  }
}
