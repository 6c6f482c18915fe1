package dev.lostguard.sql;

import java.util.Locale;

/**
 * Folds a statement into the text its fingerprint is made of: comments dropped, keywords and
 * identifiers lower-cased (quotes removed), string and number literals and every bind-parameter
 * spelling ({@code ?}, {@code ?1}, {@code $1}, {@code :name}, {@code #{name}}) replaced by {@code ?},
 * and tokens joined by single spaces, so that a statement reformatted gives the same text.
 */
public final class SqlNormalizer {

  private SqlNormalizer() {}

  public static String normalize(String sql) {
    if (sql == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(sql.length());
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
      int end;
      String token;
      if (Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0') {
        i++;
        continue;
      } else if (c == '-' && next == '-' || c == '#' && next != '{') {
        end = endOf(sql, i, "\n");
        i = end;
        continue;
      } else if (c == '/' && next == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
        continue;
      } else if (c == '\'') {
        end = CodeMask.endOfQuoted(sql, i, '\'');
        token = "?";
      } else if (c == '"' || c == '`' || c == '[') {
        end = CodeMask.endOfQuoted(sql, i, c == '[' ? ']' : c);
        token = sql.substring(i + 1, Math.max(i + 1, end - 1)).toLowerCase(Locale.ROOT);
      } else if ((c == '#' || c == '$') && next == '{') {
        end = endOf(sql, i, "}");
        token = "?";
      } else if (c == '$' && Character.isDigit(next) || c == '?') {
        end = skipDigits(sql, i + 1);
        token = "?";
      } else if (c == ':' && next != ':' && (i == 0 || sql.charAt(i - 1) != ':') && isWordStart(next)) {
        end = skipWord(sql, i + 1);
        token = "?";
      } else if (Character.isDigit(c) || c == '.' && Character.isDigit(next)) {
        end = skipNumber(sql, i);
        token = "?";
      } else if (isWordStart(c)) {
        end = skipWord(sql, i);
        token = sql.substring(i, end).toLowerCase(Locale.ROOT);
      } else {
        end = i + 1;
        token = String.valueOf(c);
      }
      append(out, token);
      i = end;
    }
    return out.toString();
  }

  // No space after '(' or '.', none before ')', ',', '.' or '(': "count(*)" and "a.b" stay compact.
  private static void append(StringBuilder out, String token) {
    if (!out.isEmpty()) {
      char prev = out.charAt(out.length() - 1);
      boolean glued = prev == '(' || prev == '.' || token.equals(")") || token.equals(",")
          || token.equals(".") || token.equals("(") || token.equals(";");
      if (!glued) {
        out.append(' ');
      }
    }
    out.append(token);
  }

  private static int endOf(String s, int from, String terminator) {
    int at = s.indexOf(terminator, from + 1);
    return at < 0 ? s.length() : at + terminator.length();
  }


  private static int skipDigits(String s, int from) {
    int j = from;
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  private static int skipNumber(String s, int from) {
    int j = from;
    while (j < s.length()) {
      char c = s.charAt(j);
      boolean exponentSign = (c == '+' || c == '-') && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E');
      if (Character.isLetterOrDigit(c) || c == '.' || exponentSign) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static int skipWord(String s, int from) {
    int j = from;
    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '$')) {
      j++;
    }
    return j;
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_';
  }
}
