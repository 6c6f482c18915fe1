package dev.lostguard.rules;

import dev.lostguard.model.CallGraph;
import dev.lostguard.model.Exemption;
import dev.lostguard.model.JpaWrite;
import dev.lostguard.model.Location;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.ResolvedEntity;
import dev.lostguard.model.SiteFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Flags a write of bookkeeping columns only ({@code last_login}, {@code view_count}, {@code
 * updated_at}) that also bumps the version: every login or page view makes open edit forms stale,
 * and real editors get conflicts they did not cause, which teaches them to ignore conflicts.
 *
 * <p>The same for JPA: a method that loads a versioned entity, calls setters of bookkeeping fields
 * only ({@code setLastLogin}, {@code setViewCount}; the columns of {@code rules/models/sql-columns.json})
 * and saves it or leaves it to dirty checking. Reported at the first bookkeeping setter.
 *
 * <p>Not flagged: bookkeeping writes that leave the version alone (SQL without a version bump; a field
 * with {@code @OptimisticLock(excluded = true)}); writes that change editable columns too; a bare
 * {@code version = version + 1} (a deliberate force-increment); JPA writes that only read paths
 * reach ({@code version-bumped-on-read} reports them).
 */
public final class SideEffectWriteBumpsVersion implements WriteSiteRule, ProjectRule {

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

  @Override
  public List<Verdict> check(ProjectModel model) {
    Optional<CallGraph> graph = model.callGraph();
    if (graph.isEmpty()) {
      return List.of();
    }
    Map<String, ResolvedEntity> versioned = Entities.versioned(model);
    List<Verdict> verdicts = new ArrayList<>();
    for (JpaWrite write : model.jpaWrites()) {
      ResolvedEntity entity = versioned.get(write.entity());
      Optional<MethodFacts> method = graph.get().method(write.method());
      if (entity == null || !write.afterLoad() || method.isEmpty()) {
        continue;
      }
      bookkeepingOnly(method.get(), entity, graph.get(), model)
          .filter(setter -> !VersionBumpedOnRead.onlyReads(write, model))
          .ifPresent(setter -> verdicts.add(new Verdict(
          write.method().label() + " sets only bookkeeping fields of the versioned entity " + entity.entityName()
              + " (" + setter.name() + ") and writes it, which increments " + entity.version().field()
              + ": every such side effect makes open edit forms stale, so real editors get conflicts they did not"
              + " cause; mark the field @OptimisticLock(excluded = true) or write it with a query that leaves the"
              + " version alone",
          Location.point(write.location().path(), setter.line(), 1),
          entity.table(),
          Optional.empty(),
          "jpa-side-effect " + write.method().label() + " " + setter.name())));
    }
    return verdicts.stream().distinct().toList();
  }

  /** The first bookkeeping setter on the entity, when every setter on it is bookkeeping or the version. */
  private static Optional<MethodCall> bookkeepingOnly(
      MethodFacts method, ResolvedEntity entity, CallGraph graph, ProjectModel model) {
    MethodCall first = null;
    for (MethodCall call : method.calls()) {
      if (!JpaWrite.isSetter(call) || !graph.projectType(call.receiverType()).map(entity.qualifiedName()::equals)
          .orElse(false)) {
        continue;
      }
      String field = Character.toLowerCase(call.name().charAt(3)) + call.name().substring(4);
      String column = entity.column(field).orElse(field.toLowerCase(Locale.ROOT));
      if (field.equals(entity.version().field())) {
        continue;
      }
      if (!model.settings().isBookkeeping(column) && !model.settings().isBookkeeping(field.toLowerCase(Locale.ROOT))) {
        return Optional.empty(); // an editable field: a real edit, which should bump the version
      }
      if (first == null && !entity.bookkeepingColumns().contains(column)) {
        first = call;
      }
    }
    return Optional.ofNullable(first);
  }
}
