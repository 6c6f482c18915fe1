package dev.lostguard.sql;

/**
 * Blanks out comments and single-quoted literals of one statement, keeping every offset and line
 * break, so that text searches (a column's line, a keyword) only match code. Dollar-quoted bodies
 * stay: they are code ({@code DO $$ UPDATE ... $$}).
 */
final class CodeMask {

  private CodeMask() {}

  static String of(String sql) {
    char[] out = sql.toCharArray();
    int n = out.length;
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      int end;
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#' && (i + 1 >= n || sql.charAt(i + 1) != '{')) {
        end = sql.indexOf('\n', i);
        end = end < 0 ? n : end;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        end = sql.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
      } else if (c == '\'') {
        end = quoteEnd(sql, i);
      } else {
        i++;
        continue;
      }
      for (int k = i; k < end; k++) {
        if (out[k] != '\n' && out[k] != '\r') {
          out[k] = ' ';
        }
      }
      i = end;
    }
    return new String(out);
  }

  /** The index after a single-quoted literal starting at {@code start} ({@code ''} and {@code \'} escape). */
  private static int quoteEnd(String sql, int start) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '\'') {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }
}
