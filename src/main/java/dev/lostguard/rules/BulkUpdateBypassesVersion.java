package dev.lostguard.rules;

import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.WriteKind;
import java.util.Optional;

/**
 * Flags a multi-row UPDATE of a versioned table that neither compares nor increments the version:
 * editors holding any of those rows never learn that they changed, and overwrite the bulk change
 * with their stale copy (or the bulk change overwrites their edit).
 *
 * <p>Not flagged: bulk updates that increment the version (later stale saves then conflict, which is
 * the point), and bulk updates of bookkeeping, counter or compare-and-set state columns only.
 */
public final class BulkUpdateBypassesVersion implements WriteSiteRule {

  public static final String ID = "bulk-update-bypasses-version";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
    if (site.site().kind() != WriteKind.UPDATE
        || site.singleRow()
        || !site.table().versioned()
        || site.checksVersion()
        || site.bump().bumps()
        || site.exempt()) {
      return Optional.empty();
    }
    return Optional.of(
        Phrases.verdict(
            site,
            "multi-row "
                + Phrases.statement(site.site())
                + Phrases.writes(site)
                + " neither checks nor increments "
                + site.table().versionColumn()
                + ": users editing these rows overwrite the change (or lose theirs) without a conflict"));
  }
}
