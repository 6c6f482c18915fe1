package dev.lostguard.rules;

import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.SiteFacts;
import dev.lostguard.model.WriteKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Flags a single-row DELETE, or a soft delete (an UPDATE that sets {@code deleted_at}, {@code
 * status = 'DELETED'} ...), on a versioned table that does not compare the version: the row is
 * removed even when someone changed it after the deleting user last saw it.
 *
 * <p>Not flagged: multi-row deletes (purges, cascades), deletes on tables without a version, and
 * compensating deletes: a method named as a rollback ({@code rollbackMasCreation}, {@code
 * undoCreate}, {@code compensateOrder}) removes the row its own request created when a later step
 * failed; nobody else has seen that row yet.
 */
public final class DeleteWithoutVersionCheck implements WriteSiteRule {

  public static final String ID = "delete-without-version-check";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<Verdict> check(SiteFacts site, ProjectModel model) {
    boolean delete = site.site().kind() == WriteKind.DELETE || site.softDelete();
    if (!delete || !site.singleRow() || !site.table().versioned() || site.checksVersion() || compensating(site)) {
      return Optional.empty();
    }
    String what =
        site.softDelete()
            ? "soft delete " + Phrases.statement(site.site())
            : Phrases.statement(site.site());
    return Optional.of(
        Phrases.verdict(
            site,
            what
                + " removes one row without checking "
                + site.table().versionColumn()
                + ": " + who(model.entriesReaching(site.site().method()))));
  }

  private static final Pattern COMPENSATING = Pattern.compile("(?i)(rollback|undo|compensat)[A-Za-z0-9]*");

  /** The delete is in a method named as a rollback of what its request created. */
  private static boolean compensating(SiteFacts site) {
    return site.site().method() != null && COMPENSATING.matcher(site.site().method().name()).matches();
  }

  /** A person deleting what they saw, or, when only jobs reach the delete, a job deleting what it read. */
  private static String who(List<EntryPoint> entries) {
    return !entries.isEmpty() && entries.stream().noneMatch(EntryPoint::actedByPerson)
        ? "this job deletes a record that a user changed after the job read it"
        : "a user deletes a record that someone else changed after they loaded it";
  }
}
