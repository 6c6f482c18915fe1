package dev.lostguard.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** MyBatis's {@code <trim>} (and {@code <where>}, {@code <set>}, which are trims with fixed settings). */
final class Trim {

  private Trim() {}

  /** MyBatis's TrimSqlNode: overrides match the upper-cased, stripped content; prefix and suffix wrap it. */
  static String apply(
      String content, String prefix, String suffix, List<String> prefixOverrides, List<String> suffixOverrides) {
    String sql = content.strip();
    if (sql.isEmpty()) {
      return "";
    }
    String upper = sql.toUpperCase(Locale.ENGLISH);
    for (String override : prefixOverrides) {
      if (upper.startsWith(override)) {
        sql = sql.substring(override.strip().length()).strip();
        break;
      }
    }
    upper = sql.toUpperCase(Locale.ENGLISH);
    for (String override : suffixOverrides) {
      if (upper.endsWith(override)) {
        sql = sql.substring(0, sql.length() - override.strip().length()).strip();
        break;
      }
    }
    return (prefix.isEmpty() ? "" : prefix + " ") + sql + (suffix.isEmpty() ? "" : " " + suffix);
  }

  /** {@code "AND |OR "}: the alternatives an override attribute lists, upper-cased. */
  static List<String> overrides(String attribute) {
    List<String> result = new ArrayList<>();
    for (String part : attribute.split("\\|")) {
      if (!part.isEmpty()) {
        result.add(part.toUpperCase(Locale.ENGLISH));
      }
    }
    return result;
  }
}
