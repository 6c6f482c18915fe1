package com.inkwell.notes;

import org.jdbi.v3.core.Jdbi;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Every few minutes: indexes notes edited since the last run. */
public class SearchIndexJob implements Job {

  private final NoteStore store = new NoteStore(Jdbi.create(System.getenv("DATABASE_URL")));

  @Override
  public void execute(JobExecutionContext context) {
    long id = context.getMergedJobDataMap().getLong("noteId");
    Note note = store.find(id);
    store.markIndexed(id, (note.title() + " " + note.body()).toLowerCase());
  }
}
