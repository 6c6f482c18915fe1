package dev.lostguard.rules;

import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.RowCountUse;
import dev.lostguard.model.SiteFacts;
import java.util.Optional;

/**
 * Flags a version-checked write whose affected-row count the calling code throws away: a bare
 * {@code jdbc.update(..)} statement, a count stored and never read, a {@code void} repository method.
 * When another user saved first the check matches 0 rows, and the stale save is reported as a success.
 *
 * <p>Not flagged: counts that are compared, returned, passed on or stored and tested; writes without a
 * version check (other rules report those); statements in {@code .sql} files, where no code runs them.
 */
public final class RowcountIgnored implements WriteSiteRule {

  public static final String ID = Rules.ROWCOUNT_IGNORED;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
    if (!site.checksVersion() || site.site().rowCount() != RowCountUse.DISCARDED || site.exempt()) {
      return Optional.empty();
    }
    return Optional.of(
        Phrases.verdict(
            site,
            Phrases.statement(site.site())
                + " checks `"
                + Phrases.comparison(site.versionCheck())
                + "` but the affected-row count is discarded: when another user saved first, 0 rows change"
                + " and the stale save is reported as a success"));
  }
}
