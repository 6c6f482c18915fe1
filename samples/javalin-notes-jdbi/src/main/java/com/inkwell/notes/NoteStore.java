package com.inkwell.notes;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

public class NoteStore {

  private final Jdbi jdbi;

  public NoteStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Note find(long id) {
    try (Handle handle = jdbi.open()) {
      return handle.createQuery("SELECT id, title, body FROM note WHERE id = :id")
          .bind("id", id)
          .mapTo(Note.class)
          .one();
    }
  }

  /** PUT /notes/{id}: two tabs editing one note, the later save wins. */
  public void save(Note note) {
    try (Handle handle = jdbi.open()) {
      // ruleid: unversioned-table-update
      handle.createUpdate("UPDATE note SET title = :title, body = :body WHERE id = :id")
          .bind("id", note.id())
          .bind("title", note.title())
          .bind("body", note.body())
          .execute();
    }
  }

  /** PUT /notebooks/{id}: versioned, and a stale copy changes no row. */
  public boolean rename(Notebook notebook) {
    try (Handle handle = jdbi.open()) {
      // ok: unversioned-table-update, update-without-version-check
      return handle.createUpdate(
              "UPDATE notebook SET name = :name, color = :color, version = version + 1"
                  + " WHERE id = :id AND version = :version")
          .bind("id", notebook.id())
          .bind("name", notebook.name())
          .bind("color", notebook.color())
          .bind("version", notebook.version())
          .execute() == 1;
    }
  }

  /** The search indexer's own columns: no person edits them. */
  public void markIndexed(long id, String searchText) {
    try (Handle handle = jdbi.open()) {
      // ok: unversioned-table-update
      handle.createUpdate("UPDATE note SET search_text = :text, indexed_at = :at WHERE id = :id")
          .bind("id", id)
          .bind("text", searchText)
          .bind("at", Instant.now())
          .execute();
    }
  }
}
