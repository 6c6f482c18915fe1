package dev.lostguard.rules;

import dev.lostguard.model.Assignment;
import dev.lostguard.model.Confidence;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.WriteKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flags a single-row UPDATE of a versioned table whose WHERE does not compare the version: the table
 * is meant to be protected, but this write overwrites whatever is stored, however stale the caller's
 * copy. A bump without a check is included: it warns other writers but never stops this one.
 *
 * <p>Not flagged: multi-row updates (see bulk-update-bypasses-version), atomic relative updates,
 * compare-and-set state changes, bookkeeping-only writes, switches or state steps that increment
 * the version, writes only sign-ins reach, and writes to a row the same call created a moment earlier (no one else has read it:
 * {@link CreatedInTheSameCall}). A command that sets only values the code fixes, without a bump, is
 * flagged only when a version-checked save of the table writes a column it sets, which
 * a form loaded before it can then revert (medium confidence).
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
        || UnversionedTableUpdate.onlySignInsReachIt(site, model)
        || CreatedInTheSameCall.everyCallCreatesTheRowFirst(site, model)) {
      return Optional.empty();
    }
    String column = site.table().versionColumn();
    if (UserValues.noUserValue(site, model) && !site.bump().bumps()) {
      return commandBesideGuardedSaves(site, model);
    }
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

  /**
   * A command that sets only values the code fixes ({@code SET status = 'CONFIG_SUCCESSFUL'}) writes
   * back no stale copy. (A switch set to a value the caller sends is still judged as an edit: the toggle
   * beside the guarded form.) What it risks is the next save: without a
   * bump, a form loaded before it still matches the version and puts the old value back, but only if
   * some version-checked save of the table writes one of the columns it sets; else nothing it writes
   * can be reverted that way. Whether that save's form carries the column is not known here, so the
   * finding has medium confidence.
   */
  private static Optional<Verdict> commandBesideGuardedSaves(SiteFacts site, ProjectModel model) {
    Set<String> set = new TreeSet<>(site.editableColumns());
    List<String> revertible = model.sitesOf(site.table().name()).stream()
        .filter(other -> other != site && other.checksVersion())
        .flatMap(other -> other.site().assignments().stream().map(Assignment::column))
        .filter(set::contains).distinct().sorted().toList();
    if (revertible.isEmpty()) {
      return Optional.empty();
    }
    String column = site.table().versionColumn();
    String message = Phrases.statement(site.site()) + Phrases.writes(site)
        + " sets only values the code fixes and neither compares nor increments `" + column
        + "`: it writes back no stale copy, but a form loaded before it still matches `" + column
        + "`, so a version-checked save can silently put the old " + String.join(", ", revertible) + " back";
    Verdict verdict = Phrases.verdict(site, message);
    return Optional.of(new Verdict(verdict.message(), verdict.location(), verdict.table(),
        Optional.of(Confidence.MEDIUM), verdict.fingerprintText(), verdict.related()));
  }
}
