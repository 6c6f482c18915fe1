package dev.lostguard.rules;

import java.util.List;
import java.util.stream.Stream;

/**
 * The explicit registry of rules. Statement rules are listed in precedence order: one statement gets
 * at most one finding, from the first rule that applies.
 */
public final class Rules {

  /** Fires on Java code that discards a version-checked write's affected-row count. */
  public static final String ROWCOUNT_IGNORED = "rowcount-ignored";

  private Rules() {}

  /** Statement rules, most specific first. */
  public static List<WriteSiteRule> writeSiteRules() {
    return List.of(
        new VersionBumpedOnRead(),
        new SideEffectWriteBumpsVersion(),
        new TimestampAsVersion(),
        new DeleteWithoutVersionCheck(),
        new UpsertWithoutGuard(),
        new BulkUpdateBypassesVersion(),
        new VersionNotIncremented(),
        new RowcountIgnored(),
        new UpdateWithoutVersionCheck(),
        new UnversionedTableUpdate());
  }

  public static List<TableRule> tableRules() {
    return List.of(new TimestampAsVersion());
  }

  /**
   * Rules over the whole project, in id order. Two statement rules are here too, for their JPA half
   * (force-increment locks, dirty-checked setters), which no SQL statement carries.
   */
  public static List<ProjectRule> projectRules() {
    return List.of(
        new ClientVersionDropped(),
        new ConflictSwallowed(),
        new EntityWithoutVersion(),
        new RetryOnConflict(),
        new SideEffectWriteBumpsVersion(),
        new VersionBumpedOnRead(),
        new VersionComparedByReference(),
        new WriteEndpointWithoutPrecondition());
  }

  /** Every rule id lostguard knows (with a catalog entry), sorted; with the suppression meta rule. */
  public static List<String> ids() {
    return Stream.of(
            writeSiteRules().stream().map(WriteSiteRule::id),
            tableRules().stream().map(TableRule::id),
            projectRules().stream().map(ProjectRule::id),
            Stream.of(IneffectiveSuppression.ID))
        .flatMap(s -> s)
        .distinct()
        .sorted()
        .toList();
  }
}
