package com.voltyard.fleet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ChargerDao {

  private final JdbcTemplate jdbc;

  public ChargerDao(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The operator's edit form posts name and note back: the later of two edits wins. */
  public void edit(long id, String name, String siteNote) {
    // ruleid: unversioned-table-update
    jdbc.update("UPDATE charger SET name = ?, site_note = ? WHERE id = ?", name, siteNote, id);
  }

  /**
   * A charger's own status report. No operator form holds firmware or status, so there is no stale
   * copy to save back: each report states the current fact and the newest one is right.
   */
  public void recordStatus(long id, String firmware, String status) {
    // ok: unversioned-table-update
    jdbc.update(
        "UPDATE charger SET firmware = ?, status = ?, status_at = now() WHERE id = ?", firmware, status, id);
  }

  /** The configuration the charger sent over its socket; only the device writes it. */
  public void recordConfiguration(long id, String configuration) {
    // ok: unversioned-table-update
    jdbc.update("UPDATE charger SET configuration = ? WHERE id = ?", configuration, id);
  }

  /**
   * The nightly registry sync saves the registry's copy of the whole record, name and note: it can
   * overwrite an operator's edit from minutes ago.
   */
  public void copyFromRegistry(long id, String name, String siteNote) {
    // ruleid: unversioned-table-update
    jdbc.update("UPDATE charger SET name = ?, site_note = ? WHERE id = ?", name, siteNote, id);
  }

  /** The same job marks chargers the registry retired: one column, set from what the registry knows now. */
  public void retire(long id, String status) {
    // ok: unversioned-table-update
    jdbc.update("UPDATE charger SET status = ? WHERE id = ?", status, id);
  }
}
