package dev.lostguard.sql;

import dev.lostguard.model.PhysicalNaming;
import java.util.ArrayList;
import java.util.List;

/** Folds identifiers the way the model wants them: unquoted, unqualified, lower-case. */
final class SqlNames {

  private SqlNames() {}

  /** {@code "App"."Orders"} -> {@code orders}, {@code [dbo].[T]} -> {@code t}, {@code o.version} -> {@code version}. */
  static String normalize(String name) {
    return name == null ? null : PhysicalNaming.explicitName(name);
  }

  static List<String> normalizeAll(List<String> names) {
    List<String> result = new ArrayList<>();
    if (names != null) {
      for (String name : names) {
        // Index columns may carry a length or order: "name(20) DESC".
        String bare = name.strip().split("[\\s(]", 2)[0];
        result.add(normalize(bare));
      }
    }
    return List.copyOf(result);
  }
}
