package com.quillstack.notes;

/** The statements of {@link NoteDao}, kept together so reviewers see all the SQL in one place. */
final class NoteSql {

  static final String SELECT_NOTE =
      "SELECT id, notebook_id, title, body, pinned, version FROM note WHERE id = ?";

  static final String UPDATE_NOTE =
      "UPDATE note SET title = ?, body = ?, version = version + 1 "
          + "WHERE id = ? AND version = ?";

  static final String MOVE_NOTE = """
      UPDATE note
         SET notebook_id = ?, version = version + 1
       WHERE id = ? AND version = ?
      """;

  private NoteSql() {}
}
