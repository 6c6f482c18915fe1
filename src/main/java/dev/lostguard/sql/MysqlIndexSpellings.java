package dev.lostguard.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB index spellings that JSqlParser rejects although they mean what a spelling it
 * accepts means: {@code UNIQUE INDEX} (= {@code UNIQUE KEY}) in a table definition, a named primary
 * key ({@code PRIMARY KEY `id` (`id`)}: MySQL ignores the name), {@code DROP INDEX IF EXISTS}, and a
 * table's {@code PARTITION BY} clause. Rewritten to the same length, so every offset, and every line and
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
    return withoutPartitioning(index);
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
