package dev.lostguard.rules;

import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.ResolvedEntity;
import dev.lostguard.model.ProjectModel;
import dev.lostguard.model.TableFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the JPA rules share: the versioned entities, and whether only reads reach a method. */
final class Entities {

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

  private Entities() {}

  /** The project's entities with a {@code @Version} (own or inherited), by qualified name. */
  static Map<String, ResolvedEntity> versioned(ProjectModel model) {
    Map<String, ResolvedEntity> byName = new HashMap<>();
    for (TableFacts table : model.tables().values()) {
      table.entity().filter(ResolvedEntity::versioned).ifPresent(e -> byName.put(e.qualifiedName(), e));
    }
    return byName;
  }

  /** Some entry point reaches it, and every one is an HTTP {@code GET} or {@code HEAD}. */
  static boolean onlyReads(List<EntryPoint> entries) {
    return !entries.isEmpty() && entries.stream().allMatch(e -> e.httpMethod() != null && READ_METHODS.contains(e.httpMethod()));
  }
}
