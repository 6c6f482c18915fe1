package com.quillstack.notes;

/** A note as the editor loads it; {@code version} goes back with every save. */
public record Note(long id, long notebookId, String title, String body, boolean pinned, int version) {}
