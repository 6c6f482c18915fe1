package com.inkwell.notes;

import io.javalin.Javalin;
import org.jdbi.v3.core.Jdbi;

/** Routes are registered with calls, not annotations: each handler is a method reference. */
public final class NotesApp {

  private static final String NOTES = "/notes";

  public static void main(String[] args) {
    Jdbi jdbi = Jdbi.create(System.getenv("DATABASE_URL"));
    NoteStore store = new NoteStore(jdbi);
    NoteController notes = new NoteController(store);
    Javalin app = Javalin.create();
    app.get(NOTES + "/{id}", notes::show);
    app.put(NOTES + "/{id}", notes::update);
    app.put("/notebooks/{id}", notes::renameNotebook);
    app.start(7070);
  }
}
