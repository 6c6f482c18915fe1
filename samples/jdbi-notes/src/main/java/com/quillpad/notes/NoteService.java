package com.quillpad.notes;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

public class NoteService {

  private final Jdbi jdbi;
  private final NoteDao notes;

  public NoteService(Jdbi jdbi, NoteDao notes) {
    this.jdbi = jdbi;
    this.notes = notes;
  }

  public void save(Note note) {
    if (!notes.saveBodyChecked(note)) {
      throw new IllegalStateException("note " + note.id() + " was changed in another tab");
    }
  }

  /** The title field's save on blur. */
  public void rename(long id, String title) {
    notes.rename(id, title);
  }

  public void unpin(List<Long> ids) {
    notes.unpinAll(ids);
  }

  /** The pin toggle of one note, sent with the version the tab holds. */
  public void pin(long id, boolean pinned, int version) {
    notes.pin(id, pinned, version);
  }

  /** Moving a note's text to the trash tab: guarded, but the count from execute() is dropped. */
  public void clearBody(long id, int version) {
    try (Handle handle = jdbi.open()) {
      // ruleid: rowcount-ignored
      handle.createUpdate("UPDATE note SET body = NULL, version = version + 1 WHERE id = :id AND version = :version")
          .bind("id", id)
          .bind("version", version)
          .execute();
    }
  }

  /** The same with the count checked. */
  public boolean retitle(long id, String title, int version) {
    try (Handle handle = jdbi.open()) {
      // ok: rowcount-ignored, update-without-version-check
      return handle.createUpdate("UPDATE note SET title = :title, version = version + 1 WHERE id = :id AND version = :version")
          .bind("id", id)
          .bind("title", title)
          .bind("version", version)
          .execute() == 1;
    }
  }
}
