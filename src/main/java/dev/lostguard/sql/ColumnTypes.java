package dev.lostguard.sql;

import dev.lostguard.model.TypeCategory;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sorts a declared column type into the coarse family the rules reason about. */
final class ColumnTypes {

  private static final Set<String> INTEGRAL = Set.of(
      "int", "integer", "bigint", "smallint", "tinyint", "mediumint", "int2", "int4", "int8", "serial",
      "serial2", "serial4", "serial8", "bigserial", "smallserial", "long", "unsigned", "signed",
      "rowversion");
  private static final Set<String> DECIMAL = Set.of("number", "numeric", "decimal", "dec");
  private static final Set<String> TEMPORAL = Set.of(
      "timestamp", "timestamptz", "datetime", "datetime2", "smalldatetime", "datetimeoffset", "date",
      "time", "timetz");
  private static final Set<String> TEXT = Set.of(
      "varchar", "varchar2", "nvarchar", "nvarchar2", "char", "nchar", "character", "text", "tinytext",
      "mediumtext", "longtext", "ntext", "clob", "nclob", "string", "citext", "varying");
  private static final Pattern BASE = Pattern.compile("^\\s*([a-z_][a-z0-9_]*)");
  private static final Pattern SCALE = Pattern.compile("\\(\\s*[\\d*]+\\s*,\\s*(\\d+)\\s*\\)");

  private ColumnTypes() {}

  static TypeCategory categorize(String type) {
    if (type == null || type.isBlank() || type.contains("${")) {
      return TypeCategory.UNKNOWN; // an unresolved Liquibase property
    }
    String lower = type.toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "");
    Matcher base = BASE.matcher(lower);
    if (!base.find()) {
      return TypeCategory.OTHER;
    }
    String word = base.group(1);
    if (lower.contains("[]") || lower.contains(" array")) {
      return TypeCategory.OTHER;
    }
    if (INTEGRAL.contains(word)) {
      return TypeCategory.INTEGRAL;
    }
    if (DECIMAL.contains(word)) {
      Matcher scale = SCALE.matcher(lower);
      return !scale.find() || Integer.parseInt(scale.group(1)) == 0 ? TypeCategory.INTEGRAL : TypeCategory.OTHER;
    }
    if (TEMPORAL.contains(word)) {
      return TypeCategory.TEMPORAL;
    }
    if (TEXT.contains(word)) {
      return TypeCategory.TEXT;
    }
    return TypeCategory.OTHER;
  }
}
