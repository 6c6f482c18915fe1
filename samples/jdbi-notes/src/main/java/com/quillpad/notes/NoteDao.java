package com.quillpad.notes;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Statements live next to the class: com/quillpad/notes/NoteDao/<name>.sql. */
@UseClasspathSqlLocator
public interface NoteDao {

  // The title field saves on blur, with no version: a stale tab renames the note back.
  // ruleid: update-without-version-check
  @SqlUpdate
  void rename(@Bind("id") long id, @Bind("title") String title);

  // The editor's save: guarded, and JDBI maps 0 rows to false, which NoteService turns into a 409.
  // ok: update-without-version-check, rowcount-ignored
  @SqlUpdate("saveBody")
  boolean saveBodyChecked(@BindMethods Note note);

  // Unpinning a selection: JDBI expands <ids> into the list; many rows, no version checked or bumped.
  // ruleid: bulk-update-bypasses-version
  @SqlUpdate
  void unpinAll(@BindList("ids") List<Long> ids);

  // The old importer's title reset: nothing calls it any more, so it never runs. Set aside (the
  // summary's statementsSetAside), not reported.
  // ok: update-without-version-check
  @SqlUpdate("UPDATE note SET title = :title WHERE id = :id")
  void importTitle(@Bind("id") long id, @Bind("title") String title);

  // Pinning is guarded, but the void method throws the count away.
  // ruleid: rowcount-ignored
  @SqlUpdate
  void pin(@Bind("id") long id, @Bind("pinned") boolean pinned, @Bind("version") int version);
}
