package dev.lostguard.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB index spellings that JSqlParser rejects although they mean what a spelling it
 * accepts means: {@code UNIQUE INDEX} (= {@code UNIQUE KEY}) in a table definition, a named primary
 * key ({@code PRIMARY KEY `id` (`id`)}: MySQL ignores the name), {@code DROP INDEX IF EXISTS}, a
 * table's {@code PARTITION BY} clause, unnamed indexes ({@code KEY (name)}), a unique key named without
 * {@code KEY} ({@code UNIQUE uk_name (a)}), an index's {@code COMMENT},
 * PostgreSQL's {@code DEFAULT nextval(..)} and MySQL's {@code DELETE o.* FROM orders o}. Rewritten to the same length, so every offset, and every line and
 * column derived from one, stays where it was.
 */
final class MysqlIndexSpellings {

  private static final Pattern UNIQUE_INDEX = Pattern.compile("(?i)\\b(UNIQUE\\s+)INDEX\\b");
  private static final Pattern NAMED_PRIMARY_KEY = Pattern.compile("(?i)\\b(PRIMARY\\s+KEY\\s+)(`?\\w+`?)(?=\\s*\\()");
  private static final Pattern INDEX_IF_EXISTS = Pattern.compile("(?i)\\bINDEX(\\s+IF\\s+EXISTS)\\b");

  private MysqlIndexSpellings() {}

  /** The statement respelled, or the same text when it has none of these spellings. */
  static String respell(String sql) {
    String unique = UNIQUE_INDEX.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "KEY  "));
    String primary = NAMED_PRIMARY_KEY.matcher(unique)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " ".repeat(m.group(2).length())));
    String index = INDEX_IF_EXISTS.matcher(primary)
        .replaceAll(m -> Matcher.quoteReplacement("INDEX" + " ".repeat(m.group(1).length())));
    String unnamedUnique = UNNAMED_UNIQUE.matcher(index)
        .replaceAll(m -> Matcher.quoteReplacement("UNIQUE" + m.group(1) + " ".repeat(m.group(2).length())));
    unnamedUnique = UNIQUE_NAMED_BARE.matcher(unnamedUnique)
        .replaceAll(m -> Matcher.quoteReplacement("UNIQUE" + m.group(1) + " ".repeat(m.group(2).length())));
    String withoutUnnamed = blanked(UNNAMED_INDEX, unnamedUnique, 0);
    String withoutSequenceDefaults = blanked(SEQUENCE_DEFAULT, withoutUnnamed, 0);
    String withoutIndexComments = blanked(INDEX_COMMENT, withoutSequenceDefaults, 1);
    return withoutPartitioning(DELETE_ALIAS.matcher(withoutIndexComments)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " ".repeat(m.group(2).length()))));
  }

  /** {@code UNIQUE KEY (name)}, unnamed: {@code UNIQUE (name)}, which means the same. */
  private static final Pattern UNNAMED_UNIQUE = Pattern.compile("(?i)\\bUNIQUE(\\s+)(KEY|INDEX)(?=\\s*\\()");
  /** {@code UNIQUE uk_name (a, b)}: MySQL's unique key named without {@code KEY}, read as {@code UNIQUE (a, b)}. */
  private static final Pattern UNIQUE_NAMED_BARE =
      Pattern.compile("(?i)\\bUNIQUE(\\s+)(?!KEY\\b|INDEX\\b|CONSTRAINT\\b)(`?\\w+`?)(?=\\s*\\()");
  /** {@code , KEY (name)}, {@code , INDEX(name ASC)} in a table definition: an unnamed plain index, which says nothing of the columns. */
  private static final Pattern UNNAMED_INDEX =
      Pattern.compile("(?i),\\s*(?:KEY|INDEX)\\s*\\((?:[^()]|\\([^()]*\\))*\\)");
  /** PostgreSQL's {@code DEFAULT nextval('seq')}: how ids are made, nothing of the columns. */
  private static final Pattern SEQUENCE_DEFAULT =
      Pattern.compile("(?i)\\bDEFAULT\\s+nextval\\s*\\((?:[^()]|\\([^()]*\\))*\\)(?:\\s*::\\s*\\w+)?");
  /** An index's {@code COMMENT '..'} after its columns or {@code USING BTREE}, which JSqlParser fails on. */
  private static final Pattern INDEX_COMMENT =
      Pattern.compile("(?i)(\\)\\s*(?:USING\\s+(?:BTREE|HASH)\\s*)?)(COMMENT\\s*'(?:[^']|'')*')");
  /** MySQL's {@code DELETE o.* FROM orders o}: the one table's rows, as {@code DELETE FROM orders o}. */
  private static final Pattern DELETE_ALIAS = Pattern.compile("(?i)^(\\s*DELETE\\s+)(\\w+\\.\\*)(?=\\s+FROM\\b)");

  /** {@code sql} with each match of {@code pattern} (from its group {@code keep} on) blanked to spaces. */
  private static String blanked(Pattern pattern, String sql, int keep) {
    return pattern.matcher(sql).replaceAll(m -> {
      String kept = keep == 0 ? "" : m.group(keep);
      return Matcher.quoteReplacement(kept + " ".repeat(m.group().length() - kept.length()));
    });
  }

  private static final Pattern PARTITION_BY = Pattern.compile("(?i)\\bPARTITION\\s+BY\\b");

  /**
   * A table's partitioning ({@code ) ENGINE=InnoDB PARTITION BY RANGE (..) (PARTITION p0 VALUES LESS
   * THAN ..)}), blanked: it says where rows are stored, nothing about their columns.
   */
  private static String withoutPartitioning(String sql) {
    if (!sql.regionMatches(true, 0, "CREATE", 0, 6) && !sql.stripLeading().regionMatches(true, 0, "CREATE", 0, 6)) {
      return sql;
    }
    Matcher partition = PARTITION_BY.matcher(sql);
    while (partition.find()) {
      if (depth(sql, partition.start()) == 0) {
        String tail = sql.substring(partition.start());
        int end = tail.length();
        while (end > 0 && (Character.isWhitespace(tail.charAt(end - 1)) || tail.charAt(end - 1) == ';')) {
          end--;
        }
        return sql.substring(0, partition.start()) + " ".repeat(end) + tail.substring(end);
      }
    }
    return sql;
  }

  private static int depth(String sql, int before) {
    int depth = 0;
    for (int i = 0; i < before; i++) {
      char c = sql.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return depth;
  }
}
