package dev.lostguard.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column names that JSqlParser reserves as keywords of some dialect but MySQL and PostgreSQL do not, so
 * schemas use them bare ({@code SET output = ?}, {@code WHERE sample IS NULL}). Where one stands as a
 * column (an operand of a comparison, an item of a list), it is quoted, so the statement parses as the
 * database reads it. Only a retry: text that parses as written is never respelled.
 */
final class KeywordColumns {

  private static final String WORDS = "(output|sample|prior|full|minus|semi|returning|preferring|pivot|unpivot|current|percent|view|only)";
  private static final Pattern BARE_KEYWORD_COLUMN = Pattern.compile(
      "(?i)(?<![`\"\\w])" + WORDS + "(?=\\s*(?:=|<>|!=|<|>|,|\\))|\\s+(?:IS|IN|LIKE|BETWEEN|NOT)\\b)");
  /** A column added or declared by such a name: {@code ADD COLUMN current BIGINT}, {@code (id INT, current BIGINT)}. */
  private static final Pattern DECLARED_KEYWORD_COLUMN = Pattern.compile(
      "(?i)(?<=\\bADD\\s|\\bCOLUMN\\s|,\\s|\\(\\s|,|\\()\\s*" + WORDS + "(?=\\s+[A-Za-z])");

  private KeywordColumns() {}

  /** The statement with such columns quoted, or the same text when it has none. */
  static String quote(String sql) {
    String used = BARE_KEYWORD_COLUMN.matcher(sql).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
    return DECLARED_KEYWORD_COLUMN.matcher(used)
        .replaceAll(m -> Matcher.quoteReplacement(m.group().replace(m.group(1), "`" + m.group(1) + "`")));
  }
}
