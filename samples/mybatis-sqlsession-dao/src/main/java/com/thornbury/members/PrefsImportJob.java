package com.thornbury.members;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/** Copies newsletter choices from the mailing service every night. */
public class PrefsImportJob {

  private final JdbcTemplate jdbc;

  public PrefsImportJob(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Scheduled(cron = "0 0 3 * * *")
  public void importNewsletterChoices(long memberId, boolean newsletter) {
    // ruleid: upsert-without-guard
    jdbc.update("REPLACE INTO member_prefs (member_id, newsletter, theme, version) VALUES (?, ?, 'light', 0)",
        memberId, newsletter);
  }
}
