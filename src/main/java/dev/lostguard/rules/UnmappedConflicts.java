package dev.lostguard.rules;

import dev.lostguard.model.CallGraph;
import dev.lostguard.model.ConflictMapping;
import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.JpaWrite;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.ResolvedEntity;
import dev.lostguard.model.TableFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The project-level half of {@code conflict-swallowed}: user-facing endpoints reach a JPA write of a
 * versioned entity (so Hibernate can raise an optimistic-lock failure), and nothing maps that
 * failure to 409/412: no {@code @ExceptionHandler} (in a {@code @ControllerAdvice} or a controller), no
 * JAX-RS {@code ExceptionMapper}, no catch answering {@code CONFLICT}. The user sees a 500 and cannot
 * tell "someone else saved first" from a crash. One finding for the project, at the name of the first
 * such endpoint handler (by location), the others as related locations.
 *
 * <p>Not counted as raising: JDBC/SQL writes (they raise only what the code throws on 0 rows, which
 * the {@code if}-half of the rule judges), {@code persist} of new rows, jobs and admin commands.
 */
final class UnmappedConflicts {

  private static final Set<String> USER_FACING = Set.of("http", "graphql", "data-rest");
  private static final int MAX_RELATED = 5;

  private UnmappedConflicts() {}

  static Optional<Verdict> check(ProjectModel model) {
    Optional<CallGraph> graph = model.callGraph();
    if (graph.isEmpty() || model.patterns(ConflictMapping.class).stream().anyMatch(UnmappedConflicts::answersConflict)) {
      return Optional.empty();
    }
    Map<String, ResolvedEntity> versioned = new HashMap<>();
    for (TableFacts table : model.tables().values()) {
      table.entity().filter(ResolvedEntity::versioned).ifPresent(e -> versioned.put(e.qualifiedName(), e));
    }
    Map<EntryPoint, String> raising = new TreeMap<>(java.util.Comparator.comparing(EntryPoint::location)
        .thenComparing(e -> e.handler().label()).thenComparing(EntryPoint::label));
    for (JpaWrite write : model.jpaWrites()) {
      ResolvedEntity entity = versioned.get(write.entity());
      if (entity == null || !write.overwrites()) {
        continue;
      }
      for (EntryPoint entry : model.entriesReaching(write.method())) {
        if (USER_FACING.contains(entry.kind())) {
          raising.putIfAbsent(entry, entity.entityName());
        }
      }
    }
    if (raising.isEmpty()) {
      return Optional.empty();
    }
    List<Map.Entry<EntryPoint, String>> endpoints = new ArrayList<>(raising.entrySet());
    EntryPoint first = endpoints.get(0).getKey();
    List<RelatedLocation> related = new ArrayList<>();
    for (Map.Entry<EntryPoint, String> other : endpoints.subList(1, Math.min(endpoints.size(), MAX_RELATED + 1))) {
      EntryPoint entry = other.getKey();
      related.add(new RelatedLocation(entry.location().path(), entry.location().startLine(),
          entry.label() + " can also fail on a concurrent edit of " + other.getValue()));
    }
    return Optional.of(new Verdict(
        endpoints.size() + " endpoint(s), first " + first.label() + " (" + first.handler().label() + "), write the"
            + " versioned entity " + endpoints.get(0).getValue() + " but no @ExceptionHandler, @ControllerAdvice or"
            + " ExceptionMapper maps an optimistic-lock failure to 409/412: a user who loses the race gets a 500,"
            + " not a conflict they can resolve",
        first.location(),
        null,
        Optional.empty(),
        "unmapped-conflicts",
        List.copyOf(related)));
  }

  /** A mapping answers a conflict unless it visibly answers something else. */
  private static boolean answersConflict(ConflictMapping mapping) {
    return mapping.status() == null || mapping.status() == 409 || mapping.status() == 412;
  }
}
