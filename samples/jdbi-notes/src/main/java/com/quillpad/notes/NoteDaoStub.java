package com.quillpad.notes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in for NoteDao in the offline demo and in tests: notes live in memory. Production never runs
 * it, so what it does wrong is no user's lost update.
 */
public class NoteDaoStub implements NoteDao {

  private final Map<Long, Note> notes = new HashMap<>();
  private final Map<Long, Integer> versions = new HashMap<>();

  @Override
  public void rename(long id, String title) {
    Note note = notes.get(id);
    notes.put(id, new Note(id, title, note.body(), note.pinned(), note.version()));
  }

  @Override
  public boolean saveBodyChecked(Note note) {
    Integer storedVersion = versions.get(note.id());
    Integer sentVersion = note.version();
    // Boxed values compared by reference: wrong above 127, but only in this stand-in.
    // ok: version-compared-by-reference
    if (storedVersion != sentVersion) {
      return false;
    }
    notes.put(note.id(), note);
    versions.put(note.id(), storedVersion + 1);
    return true;
  }

  @Override
  public void unpinAll(List<Long> ids) {
    ids.forEach(id -> pin(id, false, versions.get(id)));
  }

  @Override
  public void pin(long id, boolean pinned, int version) {
    Note note = notes.get(id);
    notes.put(id, new Note(id, note.title(), note.body(), pinned, version + 1));
  }
}
