package com.quillstack.notes.export;

import com.quillstack.notes.Note;

/** Markdown export, work in progress: committed before it compiled. */
public final class MarkdownExport {

  public String render(Note note) {
    String heading = "# " + note.title();
    // error: Parse error
    return heading + "\n\n" + note.body() + ;
  }

  public String fileName(Note note) {
    return note.title().strip().replaceAll("[^A-Za-z0-9]+", "-") + ".md";
  }
}
