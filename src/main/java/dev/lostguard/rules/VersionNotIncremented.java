package dev.lostguard.rules;

import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.VersionBump;
import dev.lostguard.model.WriteKind;
import java.util.Optional;

/**
 * Flags an UPDATE that compares the version but leaves it unchanged (or writes back the compared
 * value): the check passes for this writer and, afterwards, for every other writer holding the same
 * stale version, so the second save still overwrites the first.
 *
 * <p>Not flagged: a {@code version = ?} assignment from the caller (presumably the next version; the
 * positional parameters cannot be told apart), compare-and-set state changes, counters.
 */
public final class VersionNotIncremented implements WriteSiteRule {

  public static final String ID = "version-not-incremented";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
    if (site.site().kind() != WriteKind.UPDATE
        || !site.checksVersion()
        || site.bump().bumps()
        || site.exempt()) {
      return Optional.empty();
    }
    String column = site.table().versionColumn();
    String how =
        site.bump() == VersionBump.SAME_AS_COMPARED
            ? " but writes back the value it compared"
            : " but does not increment it";
    return Optional.of(
        Phrases.verdict(
            site,
            Phrases.statement(site.site())
                + " checks `"
                + Phrases.comparison(site.versionCheck())
                + "`"
                + how
                + ": the next writer holding the same stale "
                + column
                + " still matches and overwrites this change"));
  }
}
