package dev.lostguard.rules;

import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.WriteKind;
import java.util.Optional;

/**
 * Flags a single-row UPDATE of a versioned table whose WHERE does not compare the version: the table
 * is meant to be protected, but this write overwrites whatever is stored, however stale the caller's
 * copy. A bump without a check is included: it warns other writers but never stops this one.
 *
 * <p>Not flagged: multi-row updates (see bulk-update-bypasses-version), atomic relative updates,
 * compare-and-set state changes, bookkeeping-only writes, switches or state steps that increment
 * the version, and writes to a row the same call created a moment earlier (no one else has read it:
 * {@link CreatedInTheSameCall}).
 */
public final class UpdateWithoutVersionCheck implements WriteSiteRule {

  public static final String ID = "update-without-version-check";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
    if (site.site().kind() != WriteKind.UPDATE
        || !site.singleRow()
        || !site.table().versioned()
        || site.checksVersion()
        || site.exempt()
        || UserValues.switchThatBumps(site, model)
        || CreatedInTheSameCall.everyCallCreatesTheRowFirst(site, model)) {
      return Optional.empty();
    }
    String column = site.table().versionColumn();
    StringBuilder message =
        new StringBuilder(Phrases.statement(site.site()))
            .append(Phrases.writes(site))
            .append(" has no `")
            .append(column)
            .append(" = ?` predicate");
    if (site.weakVersionCheck() != null) {
      message
          .append(" (`")
          .append(Phrases.comparison(site.weakVersionCheck()))
          .append("` is no guard)");
    }
    if (site.bump().bumps()) {
      message.append("; it ").append(site.bump().verb()).append(' ').append(column).append(" but never compares it");
    }
    message.append(": a save based on a stale copy silently overwrites newer edits");
    return Optional.of(Phrases.verdict(site, message.toString()));
  }
}
