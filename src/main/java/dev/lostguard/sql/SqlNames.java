package dev.lostguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Folds identifiers the way the model wants them: unquoted, unqualified, lower-case. */
final class SqlNames {

  private SqlNames() {}

  /** {@code "App"."Orders"} -> {@code orders}, {@code [dbo].[T]} -> {@code t}, {@code o.version} -> {@code version}. */
  static String normalize(String name) {
    if (name == null) {
      return null;
    }
    List<String> parts = segments(name.strip());
    return parts.isEmpty() ? "" : parts.get(parts.size() - 1).toLowerCase(Locale.ROOT);
  }

  /** The qualifier in front of the last segment, normalized, or null: {@code o.version} -> {@code o}. */
  static String qualifier(String name) {
    List<String> parts = segments(name.strip());
    return parts.size() < 2 ? null : parts.get(parts.size() - 2).toLowerCase(Locale.ROOT);
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

  // Splits on dots outside quotes and strips the quotes of each segment.
  private static List<String> segments(String name) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (c == '"' || c == '`') {
        quote = c;
      } else if (c == '[') {
        quote = ']';
      } else if (c == '.') {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }
}
