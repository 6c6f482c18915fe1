package com.quillstack.notes.maintenance;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Runs after an upgrade: rewrites the built-in help notes to this release's text, but only while they
 * are still at the version the previous release shipped, so a user's own edits win.
 */
public final class BuiltInNotesRefresh {

  private static final System.Logger LOG = System.getLogger(BuiltInNotesRefresh.class.getName());

  private static final String REFRESH_TIPS =
      "UPDATE note SET title = 'Tips', body = 'Press slash to search and F1 for help.',"
          + " version = version + 1 WHERE id = 1 AND version = 3";

  private static final String REFRESH_SHORTCUTS =
      "UPDATE note SET title = 'Shortcuts', body = 'Ctrl+K links a note, Ctrl+Shift+P pins it.',"
          + " version = version + 1 WHERE id = 2 AND version = 3";

  private final DataSource dataSource;

  public BuiltInNotesRefresh(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** execute() returns whether there is a result set, not whether a row changed: the log lies. */
  public void refreshTips() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // ruleid: rowcount-ignored
      if (!statement.execute(REFRESH_TIPS)) {
        LOG.log(System.Logger.Level.INFO, "tips note refreshed");
      }
    }
  }

  public void refreshShortcuts() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // ok: rowcount-ignored
      statement.execute(REFRESH_SHORTCUTS);
      if (statement.getUpdateCount() == 0) {
        LOG.log(System.Logger.Level.INFO, "shortcuts note was edited by its owner; left as it is");
      }
    }
  }
}
