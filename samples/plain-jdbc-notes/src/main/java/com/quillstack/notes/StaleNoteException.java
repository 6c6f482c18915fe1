package com.quillstack.notes;

/** The note changed since the editor loaded it; the client reloads and merges. */
public class StaleNoteException extends RuntimeException {

  public StaleNoteException(long noteId, int loadedVersion) {
    super("note " + noteId + " changed since version " + loadedVersion);
  }
}
