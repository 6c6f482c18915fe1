package dev.lostguard.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table DDL that is valid in its dialect but that JSqlParser rejects, although it says nothing more
 * about columns than a spelling it accepts: H2's and HSQLDB's {@code DROP TABLE t IF EXISTS} (read as
 * {@code DROP TABLE IF EXISTS t}), MySQL table options separated by commas ({@code ) COMMENT='..',
 * ENGINE=InnoDB}) and engines named like a parser keyword ({@code ENGINE=archive}), and referential
 * actions of a foreign key ({@code REFERENCES c (id) ON DELETE RESTRICT}). Rewritten to the same
 * length, so every offset, and every line and column derived from one, stays where it was. Only a
 * retry: text that parses as written is never respelled.
 */
final class TableDdlSpellings {

  private static final String NAME_PART = "(?:[\\w$]+|\"[^\"]*\"|`[^`]*`)";
  private static final Pattern DROP_TABLE_IF_EXISTS_AFTER_NAME = Pattern.compile(
      "(?i)^(\\s*DROP\\s+TABLE\\s+)(" + NAME_PART + "(?:\\." + NAME_PART + ")*)(\\s+)(IF\\s+EXISTS)\\b");
  private static final Pattern CREATE_OR_ALTER_TABLE = Pattern.compile("(?i)^\\s*(?:CREATE|ALTER)\\b[^(]*?\\bTABLE\\b");
  /** A comma between two table options: the next one is a name (and maybe a second word) and {@code =}. */
  private static final Pattern OPTION_COMMA = Pattern.compile("(?i),(?=\\s*[A-Za-z_]+(?:\\s+[A-Za-z_]+)?\\s*=)");
  private static final Pattern ENGINE = Pattern.compile("(?i)\\bENGINE\\s*=?\\s*\\w+");
  private static final Pattern REFERENTIAL_ACTION = Pattern.compile(
      "(?i)\\bON\\s+(?:DELETE|UPDATE)\\s+(?:RESTRICT|CASCADE|NO\\s+ACTION|SET\\s+NULL|SET\\s+DEFAULT)\\b");
  private static final Pattern SELECT = Pattern.compile("(?i)\\bSELECT\\b");

  private TableDdlSpellings() {}

  /** The statement respelled, or the same text when it has none of these spellings. */
  static String respell(String sql) {
    Matcher drop = DROP_TABLE_IF_EXISTS_AFTER_NAME.matcher(sql);
    if (drop.find()) {
      String moved = drop.group(1) + drop.group(4) + " " + drop.group(2) + " ".repeat(drop.group(3).length() - 1);
      return moved + sql.substring(drop.end());
    }
    String code = CodeMask.of(sql);
    if (!CREATE_OR_ALTER_TABLE.matcher(code).find()) {
      return sql;
    }
    char[] out = sql.toCharArray();
    blank(REFERENTIAL_ACTION, code, out, 0);
    int columnsEnd = closingParenthesis(code);
    if (columnsEnd > 0 && !SELECT.matcher(code).find()) {
      String options = code.substring(columnsEnd);
      blank(ENGINE, options, out, columnsEnd);
      Matcher comma = OPTION_COMMA.matcher(options);
      while (comma.find()) {
        out[columnsEnd + comma.start()] = ' ';
      }
    }
    return new String(out);
  }

  /** Blanks each match of {@code pattern} in {@code code}, which starts at {@code offset} of {@code out}. */
  private static void blank(Pattern pattern, String code, char[] out, int offset) {
    Matcher m = pattern.matcher(code);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        out[offset + i] = ' ';
      }
    }
  }

  /**
   * The offset just after the parenthesis that closes a {@code CREATE TABLE}'s column list, or -1 for
   * other statements: what follows it are the table's options.
   */
  private static int closingParenthesis(String code) {
    if (!code.stripLeading().regionMatches(true, 0, "CREATE", 0, 6)) {
      return -1;
    }
    int open = code.indexOf('(');
    int depth = 0;
    for (int i = Math.max(0, open); open >= 0 && i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '`') {
        i = CodeMask.endOfQuoted(code, i, c) - 1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }
}
