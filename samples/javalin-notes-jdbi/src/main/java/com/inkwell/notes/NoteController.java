package com.inkwell.notes;

import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;

public class NoteController {

  private final NoteStore store;

  public NoteController(NoteStore store) {
    this.store = store;
  }

  public void show(Context ctx) {
    ctx.json(store.find(Long.parseLong(ctx.pathParam("id"))));
  }

  // The editor's save sends the whole note back, with nothing that says which copy it edited;
  // the rule does not yet read a body from Javalin's Context.
  // todoruleid: write-endpoint-without-precondition
  public void update(Context ctx) {
    Note note = ctx.bodyAsClass(Note.class);
    store.save(new Note(Long.parseLong(ctx.pathParam("id")), note.title(), note.body()));
    ctx.status(204);
  }

  public void renameNotebook(Context ctx) {
    Notebook notebook = ctx.bodyAsClass(Notebook.class);
    if (!store.rename(notebook)) {
      throw new ConflictResponse("notebook " + notebook.id() + " was changed by someone else");
    }
    ctx.status(204);
  }
}
