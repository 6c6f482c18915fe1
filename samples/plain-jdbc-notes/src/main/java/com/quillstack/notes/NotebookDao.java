package com.quillstack.notes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Notebooks carry no version column. The callers pass the connection of their transaction, so a
 * {@code SELECT ... FOR UPDATE} holds the row until they commit.
 */
public final class NotebookDao {

  /**
   * Appends a note to the notebook's table of contents. The new contents are computed from the
   * locked read, so two concurrent appends serialize and neither entry is lost.
   */
  public void appendToToc(Connection connection, long notebookId, long noteId, String title)
      throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT toc FROM notebook WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, notebookId);
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next()) {
          throw new IllegalArgumentException("no notebook " + notebookId);
        }
        String toc = row.getString("toc");
        String appended = toc + "- [" + title + "](note:" + noteId + ")\n";
        // ok: unversioned-table-update
        try (PreparedStatement update = connection.prepareStatement("UPDATE notebook SET toc = ? WHERE id = ?")) {
          update.setString(1, appended);
          update.setLong(2, notebookId);
          update.executeUpdate();
        }
      }
    }
  }

  /**
   * Edit from the sidebar: name and description. The lock only checks that the notebook is not
   * archived; the values come from a form loaded earlier, so an edit made meanwhile is silently
   * overwritten.
   */
  public void editDetails(Connection connection, long notebookId, String name, String description)
      throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT archived FROM notebook WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, notebookId);
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next() || row.getBoolean("archived")) {
          throw new IllegalStateException("notebook " + notebookId + " cannot be edited");
        }
      }
    }
    String sql = "UPDATE notebook SET name = ?, description = ? WHERE id = ?";
    // ruleid: unversioned-table-update
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, name);
      update.setString(2, description);
      update.setLong(3, notebookId);
      update.executeUpdate();
    }
  }

  /** A rename alone sets one short value the user chose: nothing else they read is written back. */
  public void rename(Connection connection, long notebookId, String name) throws SQLException {
    // ok: unversioned-table-update
    try (PreparedStatement update = connection.prepareStatement("UPDATE notebook SET name = ? WHERE id = ?")) {
      update.setString(1, name);
      update.setLong(2, notebookId);
      update.executeUpdate();
    }
  }
}
