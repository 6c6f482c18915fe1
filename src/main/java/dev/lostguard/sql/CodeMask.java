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
        end = endOfQuoted(sql, i, '\'');
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

  /**
   * The index just after the quoted text that starts at {@code from}: a doubled quote escapes it, and
   * in single quotes so does a backslash (MySQL); an unterminated quote runs to the end.
   */
  static int endOfQuoted(String s, int from, char quote) {
    int j = from + 1;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '\\' && quote == '\'') {
        j += 2;
      } else if (c == quote) {
        if (j + 1 < s.length() && s.charAt(j + 1) == quote) {
          j += 2;
        } else {
          return j + 1;
        }
      } else {
        j++;
      }
    }
    return s.length();
  }
}
