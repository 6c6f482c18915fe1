package dev.lostguard.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB index spellings that JSqlParser rejects although they mean what a spelling it
 * accepts means: {@code UNIQUE INDEX} (= {@code UNIQUE KEY}) in a table definition, a named primary
 * key ({@code PRIMARY KEY `id` (`id`)}: MySQL ignores the name), and {@code DROP INDEX IF EXISTS}. Rewritten to the same length, so every offset, and every line and
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
    return INDEX_IF_EXISTS.matcher(primary)
        .replaceAll(m -> Matcher.quoteReplacement("INDEX" + " ".repeat(m.group(1).length())));
  }
}
