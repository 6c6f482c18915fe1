package dev.lostguard.rules;

import dev.lostguard.model.Assignment;
import dev.lostguard.model.Operator;
import dev.lostguard.model.Predicate;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.ValueKind;
import dev.lostguard.model.VersionBump;
import dev.lostguard.model.WriteKind;
import dev.lostguard.model.WriteSite;
import java.util.Optional;

/**
 * Flags an UPDATE that compares the version but leaves it unchanged (or writes back the compared
 * value): the check passes for this writer and, afterwards, for every other writer holding the same
 * stale version, so the second save still overwrites the first.
 *
 * <p>Not flagged: a {@code version = ?} assignment from the caller (presumably the next version; the
 * positional parameters cannot be told apart), compare-and-set state changes, counters, a job's claim on
 * the row ({@code locked_by}, {@code locked_until}), and a write that moves another column its WHERE
 * requires ({@code SET locked_by = NULL ... WHERE locked_by = :me AND lock_version = :v}): the same
 * predicate cannot match a second time, so the stale second writer finds no row.
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
        || site.exempt()
        || movesComparedColumn(site.site(), site.table().versionColumn())) {
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

  /** A column the WHERE requires by equality is set to a value that cannot equal the required one. */
  static boolean movesComparedColumn(WriteSite site, String versionColumn) {
    for (Predicate required : site.where().conjuncts()) {
      if (required.operator() != Operator.EQ || required.column().equals(versionColumn)) {
        continue;
      }
      for (Assignment moved : site.assignments()) {
        if (moved.column().equals(required.column()) && differs(moved, required)) {
          return true;
        }
      }
    }
    return false;
  }

  /** NULL never equals; two literals or two named parameters differ by their text or name. */
  private static boolean differs(Assignment moved, Predicate required) {
    if (moved.kind() == ValueKind.LITERAL && "NULL".equalsIgnoreCase(moved.valueText().trim())) {
      return true;
    }
    if (moved.kind() == ValueKind.LITERAL && required.valueKind() == ValueKind.LITERAL) {
      return !moved.valueText().trim().equals(required.valueText().trim());
    }
    return moved.kind() == ValueKind.PARAMETER && required.valueKind() == ValueKind.PARAMETER
        && moved.parameterName() != null && required.parameterName() != null
        && !moved.parameterName().equals(required.parameterName());
  }
}
