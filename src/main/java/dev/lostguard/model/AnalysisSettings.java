package dev.lostguard.model;

import java.util.List;
import java.util.Set;

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
    return names.contains(column) || names.contains(column.replace("_", "")) || patternMatches(names, column);
  }

  /** A name with underscores against the squashed column, and {@code *_suffix} entries. */
  private static boolean patternMatches(Set<String> names, String column) {
    String squashed = column.replace("_", "");
    for (String name : names) {
      if (name.startsWith("*")) {
        String suffix = name.substring(1);
        if (column.length() > suffix.length() && column.endsWith(suffix)) {
          return true;
        }
      } else if (name.indexOf('_') >= 0 && name.replace("_", "").equals(squashed)) {
        return true;
      }
    }
    return false;
  }
}
