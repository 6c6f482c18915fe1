package dev.lostguard.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The column vocabularies that turn statements into lost-update facts. Defaults live in
 * {@code rules/models/sql-columns.json}; users extend them from the command line. All names lower-case;
 * the {@code is...} methods match them with or without underscores. An entry {@code *_password} matches
 * every column whose name ends with {@code _password} ({@code api_password}).
 *
 * @param versionColumns names that make an integral (or untyped) column a table's version
 * @param declaredVersionColumns those of them the user named: a lock by the user's word, even when no
 *     statement compares or increments it
 * @param bookkeepingColumns columns whose writes are side effects, not user edits ({@code last_seen})
 * @param leaseColumns a worker's claim on a row ({@code locked_by}, {@code locked_until}): written by jobs
 *     taking and releasing it, never by an edit
 * @param timestampColumns names of {@code updated_at}-style columns; comparing one is a timestamp check
 * @param softDeleteColumns columns whose assignment marks a row deleted ({@code deleted_at})
 * @param softDeleteStatusColumns status columns that a soft delete sets to one of {@code softDeleteValues}
 * @param softDeleteValues status values meaning deleted, upper-case ({@code DELETED})
 * @param includeTests test sources report findings
 * @param includeUnreached writes no entry point reaches report findings even where entry points reach
 *     other writes
 */
public record AnalysisSettings(
    Set<String> versionColumns,
    Set<String> declaredVersionColumns,
    Set<String> bookkeepingColumns,
    Set<String> leaseColumns,
    Set<String> timestampColumns,
    Set<String> softDeleteColumns,
    Set<String> softDeleteStatusColumns,
    Set<String> softDeleteValues,
    boolean includeTests,
    boolean includeUnreached) {

  private static final List<String> TIME_UNITS = List.of("_ms", "_millis", "_epoch", "_utc");

  public boolean isVersionName(String column) {
    return matches(versionColumns, column);
  }

  public boolean isDeclaredVersionName(String column) {
    return matches(declaredVersionColumns, column);
  }

  public boolean isBookkeeping(String column) {
    return matches(bookkeepingColumns, column) || matches(bookkeepingColumns, withoutTimeUnit(column));
  }

  public boolean isLeaseColumn(String column) {
    return matches(leaseColumns, column);
  }

  public boolean isTimestampName(String column) {
    return matches(timestampColumns, column) || matches(timestampColumns, withoutTimeUnit(column));
  }

  /** {@code update_time_ms} and {@code last_login_millis} name the same instant as {@code update_time}. */
  private static String withoutTimeUnit(String column) {
    for (String unit : TIME_UNITS) {
      if (column.length() > unit.length() + 1 && column.endsWith(unit)) {
        return column.substring(0, column.length() - unit.length());
      }
    }
    return column;
  }

  public boolean isSoftDeleteColumn(String column) {
    return matches(softDeleteColumns, column);
  }

  public boolean isSoftDeleteStatusColumn(String column) {
    return matches(softDeleteStatusColumns, column);
  }

  /** Names match with or without underscores: {@code lastupdated} is {@code last_updated}. */
  private static boolean matches(Set<String> names, String column) {
    if (column == null) {
      return false;
    }
    Vocabulary vocabulary = VOCABULARIES.computeIfAbsent(names, Vocabulary::of);
    return vocabulary.answers().computeIfAbsent(column, vocabulary::test);
  }

  /**
   * Each vocabulary set, compiled once: the scan asks about the same few hundred column names
   * millions of times. Keyed by identity, since the sets of one scan's settings never change.
   */
  private static final Map<Set<String>, Vocabulary> VOCABULARIES = Collections.synchronizedMap(new IdentityHashMap<>());

  /** The names without underscores, the {@code *_suffix} entries, and the answers given so far. */
  private record Vocabulary(Set<String> names, Set<String> squashed, List<String> suffixes, Map<String, Boolean> answers) {

    static Vocabulary of(Set<String> names) {
      Set<String> squashed = new HashSet<>();
      List<String> suffixes = new ArrayList<>();
      for (String name : names) {
        if (name.startsWith("*")) {
          suffixes.add(name.substring(1));
        } else {
          squashed.add(name.replace("_", ""));
        }
      }
      return new Vocabulary(names, squashed, List.copyOf(suffixes), new ConcurrentHashMap<>());
    }

    boolean test(String column) {
      if (names.contains(column) || squashed.contains(column.replace("_", ""))) {
        return true;
      }
      for (String suffix : suffixes) {
        if (column.length() > suffix.length() && column.endsWith(suffix)) {
          return true;
        }
      }
      return false;
    }
  }
}
