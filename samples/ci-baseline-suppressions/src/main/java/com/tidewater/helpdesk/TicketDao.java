package com.tidewater.helpdesk;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Ticket writes of the help desk's agent screens. */
@Repository
public class TicketDao {

  private final JdbcTemplate jdbc;

  public TicketDao(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The edit form: saves only from the version the agent loaded. */
  public void save(long id, String title, String body, String status, int loadedVersion) {
    // ok: update-without-version-check, rowcount-ignored
    int updated = jdbc.update(
        "UPDATE ticket SET title = ?, body = ?, status = ?, version = version + 1 WHERE id = ? AND version = ?",
        title, body, status, id, loadedVersion);
    if (updated == 0) {
      throw new TicketConflictException(id, loadedVersion);
    }
  }

  /** Assignment is accepted as last-writer-wins: the reason is in the directive, so it is suppressed. */
  public void assign(long id, long agentId) {
    // ok: update-without-version-check, ineffective-suppression
    // lostguard:ignore update-without-version-check dispatch reassigns freely; every change is in the audit log
    jdbc.update("UPDATE ticket SET assignee_id = ? WHERE id = ?", agentId, id);
  }

  /** A directive without a reason suppresses nothing: the risk and the directive are both reported. */
  public void setPriority(long id, String priority) {
    // ruleid: update-without-version-check, ineffective-suppression
    // lostguard:ignore update-without-version-check
    jdbc.update("UPDATE ticket SET priority = ? WHERE id = ?", priority, id);
  }

  /** A misspelt rule id suppresses nothing either. */
  public void reopen(long id) {
    // ruleid: update-without-version-check, ineffective-suppression
    // lostguard:ignore update-without-versoin-check reopening must never fail for the customer
    jdbc.update("UPDATE ticket SET status = 'OPEN', due_at = NULL WHERE id = ?", id);
  }
}
