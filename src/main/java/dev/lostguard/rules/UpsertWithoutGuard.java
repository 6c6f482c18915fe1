package dev.lostguard.rules;

import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.WriteKind;
import java.util.Optional;

/**
 * Flags an upsert or MERGE on a versioned table whose update branch overwrites the existing row
 * without comparing the version: the insert path is safe, the conflict path is last-write-wins. A
 * MySQL {@code REPLACE INTO} (SQLite {@code INSERT OR REPLACE}) on a versioned table is flagged too: it
 * deletes the existing row and inserts the new one, so no version can guard it.
 *
 * <p>Not flagged: upserts that write only bookkeeping or self-relative columns (counters, last seen);
 * a REPLACE never counts as such, since it resets every column it does not list.
 */
public final class UpsertWithoutGuard implements WriteSiteRule {

  public static final String ID = "upsert-without-guard";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
    WriteKind kind = site.site().kind();
    if (kind != WriteKind.UPSERT && kind != WriteKind.MERGE && kind != WriteKind.REPLACE
        || !site.table().versioned()
        || site.checksVersion()
        || site.exempt()) {
      return Optional.empty();
    }
    String version = site.table().versionColumn();
    String harm =
        kind == WriteKind.REPLACE
            ? " deletes the existing row and inserts a new one: it cannot compare " + version
                + ", so a stale payload silently overwrites the whole row (columns it does not list are reset)"
            : " overwrites an existing row without comparing " + version
                + ": on conflict, a stale payload silently replaces newer data";
    return Optional.of(Phrases.verdict(site, Phrases.statement(site.site()) + Phrases.writes(site) + harm));
  }
}
