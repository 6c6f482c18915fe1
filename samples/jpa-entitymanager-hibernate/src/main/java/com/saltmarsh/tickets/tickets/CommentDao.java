package com.saltmarsh.tickets.tickets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CommentDao {

  private final JdbcTemplate jdbc;

  public CommentDao(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The version check works, and then 0 rows is answered with the caller's own comment. */
  public CommentForm edit(long id, CommentForm form) {
    int updated = jdbc.update(
        "UPDATE ticket_comment SET body = ?, version = version + 1 WHERE id = ? AND version = ?",
        form.body(), id, form.version());
    // ruleid: conflict-swallowed
    if (updated == 0) {
      return form;
    }
    return new CommentForm(form.body(), form.version() + 1);
  }

  public void pin(long id, CommentForm form) {
    int updated = jdbc.update(
        "UPDATE ticket_comment SET pinned = TRUE, version = version + 1 WHERE id = ? AND version = ?",
        id, form.version());
    // ok: conflict-swallowed
    if (updated == 0) {
      throw new TicketConflictException(id);
    }
  }

  public record CommentForm(String body, Long version) {}
}
