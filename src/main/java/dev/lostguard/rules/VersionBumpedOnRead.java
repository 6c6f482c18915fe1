package dev.lostguard.rules;

import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flags a version increment that only read paths reach: every entry point that reaches the write is
 * an HTTP {@code GET} (or {@code HEAD}). A user who merely opens the record makes everyone else's open
 * edit stale, and conflicts stop meaning "someone changed this".
 *
 * <p>Not flagged: increments also reachable from a write path (PUT, POST, a job); writes no entry
 * point reaches (nothing is known about them); statements in SQL scripts.
 */
public final class VersionBumpedOnRead implements WriteSiteRule {

  public static final String ID = "version-bumped-on-read";

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
    if (!site.bump().bumps() || !site.table().versioned()) {
      return Optional.empty();
    }
    List<EntryPoint> entries = model.entriesReaching(site.site().method());
    if (entries.isEmpty() || !entries.stream().allMatch(e -> READ_METHODS.contains(e.httpMethod()))) {
      return Optional.empty();
    }
    return Optional.of(
        Phrases.verdict(
            site,
            Phrases.statement(site.site())
                + " increments "
                + site.table().versionColumn()
                + " but only read paths reach it ("
                + entries.get(0).label()
                + (entries.size() > 1 ? " and " + (entries.size() - 1) + " more" : "")
                + "): a user who merely opens the record makes every other open edit stale"));
  }
}
