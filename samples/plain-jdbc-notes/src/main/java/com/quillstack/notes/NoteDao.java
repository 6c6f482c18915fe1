package com.quillstack.notes;

import static com.quillstack.notes.NoteSql.MOVE_NOTE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Plain JDBC access to notes for the editor's REST endpoints. */
public final class NoteDao {

  private final DataSource dataSource;

  public NoteDao(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Optional<Note> find(long id) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement select = connection.prepareStatement(NoteSql.SELECT_NOTE)) {
        select.setLong(1, id);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          return Optional.of(
              new Note(
                  row.getLong("id"),
                  row.getLong("notebook_id"),
                  row.getString("title"),
                  row.getString("body"),
                  row.getBoolean("pinned"),
                  row.getInt("version")));
        }
      }
    }
  }

  /** Editor save: only from the version the editor loaded; 0 rows means someone saved first. */
  public void save(Note note) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      // ok: update-without-version-check, rowcount-ignored
      try (PreparedStatement update = connection.prepareStatement(NoteSql.UPDATE_NOTE)) {
        update.setString(1, note.title());
        update.setString(2, note.body());
        update.setLong(3, note.id());
        update.setInt(4, note.version());
        if (update.executeUpdate() == 0) {
          throw new StaleNoteException(note.id(), note.version());
        }
      }
    }
  }

  /** Pin toggle in the note list: sends no version, so it overwrites whatever was saved meanwhile. */
  public void setPinned(long id, boolean pinned) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      // ruleid: update-without-version-check
      try (PreparedStatement update = connection.prepareStatement("""
          UPDATE note
             SET pinned = ?
           WHERE id = ?
          """)) {
        update.setBoolean(1, pinned);
        update.setLong(2, id);
        update.executeUpdate();
      }
    }
  }

  /** Drag-and-drop to another notebook: checks the version, then ignores that nothing matched. */
  public void moveToNotebook(long id, long notebookId, int loadedVersion) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      // ruleid: rowcount-ignored
      try (PreparedStatement update = connection.prepareStatement(MOVE_NOTE)) {
        update.setLong(1, notebookId);
        update.setLong(2, id);
        update.setInt(3, loadedVersion);
        update.executeUpdate();
      }
    }
  }
}
