package dev.lostguard.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a script into statements without parsing it, because JSqlParser fails a whole script on one bad
 * statement. It knows quotes ({@code '...'} with {@code ''} and optional backslash escapes,
 * {@code "..."}, backticks, {@code [...]}), comments ({@code --}, MySQL {@code #}, {@code /* *}{@code /}),
 * PostgreSQL dollar quotes, MySQL {@code DELIMITER} lines, SQL Server {@code GO} and Oracle {@code /}
 * lines, and keeps {@code BEGIN ... END} bodies of {@code CREATE PROCEDURE/FUNCTION/TRIGGER} whole.
 *
 * <p>It never throws and runs in linear time: an unterminated quote or comment swallows the rest of
 * the file into one statement, which the parser then reports.
 */
public final class SqlSplitter {

  private static final Set<String> ROUTINES = Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "EVENT", "PACKAGE");
  private static final Set<String> BLOCK_ENDS_WITHOUT_DEPTH = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");

  private final boolean backslashEscapes;

  /** A splitter that treats {@code \'} inside single quotes as an escape, as MySQL dumps need. */
  public SqlSplitter() {
    this(true);
  }

  public SqlSplitter(boolean backslashEscapes) {
    this.backslashEscapes = backslashEscapes;
  }

  public List<SqlChunk> split(String script) {
    return new Scan(script == null ? "" : script).run();
  }

  private final class Scan {
    private final String s;
    private final int n;
    private final LineIndex lines;
    private final List<SqlChunk> chunks = new ArrayList<>();
    private String delimiter = ";";
    private int i;
    private boolean lineBlank = true;
    private int first = -1;
    private int last = -1;
    private int words;
    private boolean routine;
    private int depth;
    private boolean beganBody;
    // After AS/IS of a routine whose body is not quoted, ';' ends inner statements, not the routine.
    private boolean pendingBody;
    private boolean afterAs;

    Scan(String s) {
      this.s = s;
      this.n = s.length();
      this.lines = new LineIndex(s);
    }

    List<SqlChunk> run() {
      while (i < n) {
        step();
      }
      flush();
      return chunks;
    }

    private void step() {
      char c = s.charAt(i);
      if (lineBlank && "DdGg/".indexOf(c) >= 0) {
        if (separatorLine()) {
          return;
        }
      }
      if (c == delimiter.charAt(0) && s.startsWith(delimiter, i) && splitsHere()) {
        flush();
        i += delimiter.length();
        lineBlank = false;
        return;
      }
      if (c == '\n' || c == '\r') {
        lineBlank = true;
        i++;
      } else if (Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0') {
        i++;
      } else if (c == '-' && next(1) == '-' || c == '#' && next(1) != '{') {
        skipLineComment();
      } else if (c == '/' && next(1) == '*') {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        lineBlank = false;
      } else if (c == '\'') {
        quoted('\'', backslashEscapes);
      } else if (c == '"' || c == '`') {
        quoted(c, false);
      } else if (c == '[') {
        int end = s.indexOf(']', i + 1);
        significant(i, end < 0 ? n : end + 1);
      } else if (c == '$' && dollarQuote()) {
        return;
      } else if (Character.isLetter(c) || c == '_') {
        word();
      } else {
        significant(i, i + 1);
      }
    }

    private boolean splitsHere() {
      if (!";".equals(delimiter) || !routine) {
        return true;
      }
      return depth == 0 && !pendingBody;
    }

    /** DELIMITER, GO and a lone '/' are client commands on their own line, never statements. */
    private boolean separatorLine() {
      int eol = endOfLine(i);
      String line = s.substring(i, eol).strip();
      String upper = line.toUpperCase(Locale.ROOT);
      if (upper.startsWith("DELIMITER") && line.length() > 9 && Character.isWhitespace(line.charAt(9))) {
        String token = line.substring(9).strip().split("\\s+")[0];
        if (!token.isEmpty()) {
          flush();
          delimiter = token;
          i = eol;
          return true;
        }
      }
      if (upper.matches("GO(\\s+\\d+)?") || "/".equals(line) && ";".equals(delimiter)) {
        flush();
        i = eol;
        return true;
      }
      return false;
    }

    private int endOfLine(int from) {
      int j = from;
      while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
        j++;
      }
      return j;
    }

    private char next(int ahead) {
      return i + ahead < n ? s.charAt(i + ahead) : '\0';
    }

    private void skipLineComment() {
      i = endOfLine(i);
    }

    private void quoted(char quote, boolean backslash) {
      int start = i;
      int j = i + 1;
      while (j < n) {
        char c = s.charAt(j);
        if (backslash && c == '\\') {
          j += 2;
        } else if (c == quote) {
          if (j + 1 < n && s.charAt(j + 1) == quote) {
            j += 2;
          } else {
            break;
          }
        } else {
          j++;
        }
      }
      significant(start, Math.min(n, j + 1));
      bodyDecided();
    }

    private boolean dollarQuote() {
      if (i > 0 && isIdentifierPart(s.charAt(i - 1))) {
        return false;
      }
      int j = i + 1;
      while (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '_' || j > i + 1 && Character.isDigit(s.charAt(j)))) {
        j++;
      }
      if (j >= n || s.charAt(j) != '$') {
        return false;
      }
      String tag = s.substring(i, j + 1);
      int end = s.indexOf(tag, j + 1);
      significant(i, end < 0 ? n : end + tag.length());
      bodyDecided();
      return true;
    }

    private void word() {
      int start = i;
      int j = i;
      while (j < n && isIdentifierPart(s.charAt(j))) {
        j++;
      }
      String w = s.substring(start, j).toUpperCase(Locale.ROOT);
      significant(start, j);
      words++;
      if (words == 1) {
        routine = false;
      }
      if (words <= 8 && ROUTINES.contains(w) && s.regionMatches(true, first, "CREATE", 0, 6)) {
        routine = true;
      }
      if (!routine) {
        return;
      }
      if (afterAs && !"BEGIN".equals(w)) {
        afterAs = false;
      }
      switch (w) {
        case "AS", "IS" -> {
          if (!beganBody && !pendingBody) {
            pendingBody = true;
            afterAs = true;
          }
        }
        case "BEGIN", "CASE" -> {
          depth++;
          beganBody = true;
        }
        case "END" -> endWord();
        default -> { }
      }
    }

    private void endWord() {
      int j = i;
      while (j < n && Character.isWhitespace(s.charAt(j))) {
        j++;
      }
      int k = j;
      while (k < n && isIdentifierPart(s.charAt(k))) {
        k++;
      }
      String following = s.substring(j, k).toUpperCase(Locale.ROOT);
      if (BLOCK_ENDS_WITHOUT_DEPTH.contains(following)) {
        significant(j, k);
        return;
      }
      if ("CASE".equals(following)) {
        significant(j, k);
      }
      depth = Math.max(0, depth - 1);
      if (depth == 0) {
        pendingBody = false;
      }
    }

    /** A quoted body right after AS ($$...$$, '...') means ';' ends the routine as usual. */
    private void bodyDecided() {
      if (afterAs) {
        pendingBody = false;
        afterAs = false;
      }
    }

    private void significant(int from, int to) {
      if (first < 0) {
        first = from;
      }
      last = to - 1;
      i = to;
      lineBlank = false;
    }

    private void flush() {
      if (first >= 0 && last >= first) {
        chunks.add(
            new SqlChunk(
                s.substring(first, last + 1),
                first,
                lines.line(first),
                lines.column(first),
                lines.line(last),
                lines.column(last)));
      }
      first = -1;
      last = -1;
      words = 0;
      routine = false;
      depth = 0;
      beganBody = false;
      pendingBody = false;
      afterAs = false;
    }
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
