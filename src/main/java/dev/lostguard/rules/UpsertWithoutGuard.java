package dev.lostguard.rules;

import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.WriteKind;
import java.util.Optional;

/**
 * Flags an upsert or MERGE on a versioned table whose update branch overwrites the existing row
 * without comparing the version: the insert path is safe, the conflict path is last-write-wins.
 *
 * <p>Not flagged: upserts that write only bookkeeping or self-relative columns (counters, last seen).
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
    if (kind != WriteKind.UPSERT && kind != WriteKind.MERGE
        || !site.table().versioned()
        || site.checksVersion()
        || site.exempt()) {
      return Optional.empty();
    }
    return Optional.of(
        Phrases.verdict(
            site,
            Phrases.statement(site.site())
                + Phrases.writes(site)
                + " overwrites an existing row without comparing "
                + site.table().versionColumn()
                + ": on conflict, a stale payload silently replaces newer data"));
  }
}
