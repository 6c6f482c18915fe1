package dev.lostguard.rules;

import dev.lostguard.model.Exemption;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import java.util.List;
import java.util.Optional;

/**
 * Flags a write of bookkeeping columns only ({@code last_login}, {@code view_count}, {@code
 * updated_at}) that also bumps the version: every login or page view makes open edit forms stale,
 * and real editors get conflicts they did not cause, which teaches them to ignore conflicts.
 *
 * <p>Not flagged: bookkeeping writes that leave the version alone; writes that change editable
 * columns too; a bare {@code version = version + 1} (a deliberate force-increment). Reported for SQL
 * statements; JPA setter-based side effects are not detected yet.
 */
public final class SideEffectWriteBumpsVersion implements WriteSiteRule {

  public static final String ID = "side-effect-write-bumps-version";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
    if (site.exemption() != Exemption.BOOKKEEPING_ONLY || !site.bump().bumps() || !site.table().versioned()) {
      return Optional.empty();
    }
    String column = site.table().versionColumn();
    List<String> written =
        site.site().assignments().stream()
            .map(a -> a.column())
            .filter(c -> !c.equals(column))
            .distinct()
            .toList();
    if (written.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Phrases.verdict(
            site,
            Phrases.statement(site.site())
                + " writes only bookkeeping columns ("
                + String.join(", ", written)
                + ") but increments "
                + column
                + ": every such side effect makes open edit forms stale, so real editors get conflicts"
                + " they did not cause"));
  }
}
