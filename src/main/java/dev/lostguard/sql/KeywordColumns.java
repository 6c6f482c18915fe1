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

  private static final Pattern BARE_KEYWORD_COLUMN = Pattern.compile(
      "(?i)(?<![`\"\\w])(output|sample|prior|full|minus|semi|returning|preferring|pivot|unpivot)"
          + "(?=\\s*(?:=|<>|!=|<|>|,|\\))|\\s+(?:IS|IN|LIKE|BETWEEN|NOT)\\b)");

  private KeywordColumns() {}

  /** The statement with such columns quoted, or the same text when it has none. */
  static String quote(String sql) {
    return BARE_KEYWORD_COLUMN.matcher(sql).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
  }
}
