package dev.lostguard.sql;

import dev.lostguard.model.Location;
import java.util.Locale;

/**
 * Finds where a DDL statement names a column, so a finding about a column points at its own line.
 * The search moves forward through the statement, matching each column name in declaration order.
 */
final class ColumnLocator {

  private final String path;
  private final LineIndex lines;

  ColumnLocator(String path, LineIndex lines) {
    this.path = path;
    this.lines = lines;
  }

  Location location(SqlChunk chunk) {
    return new Location(path, chunk.line(), chunk.column(), chunk.endLine(), chunk.endColumn());
  }

  Location at(SqlChunk chunk, int localOffset) {
    int offset = chunk.offset() + localOffset;
    return Location.point(path, lines.line(offset), lines.column(offset));
  }

  Cursor cursor(SqlChunk chunk) {
    return new Cursor(chunk);
  }

  /** Forward search through one statement; falls back to the statement's start when a name is not found. */
  final class Cursor {
    private final SqlChunk chunk;
    private final String lower;
    private int from;

    private Cursor(SqlChunk chunk) {
      this.chunk = chunk;
      this.lower = CodeMask.of(chunk.text()).toLowerCase(Locale.ROOT);
      int paren = lower.indexOf('(');
      this.from = paren < 0 ? 0 : paren;
    }

    Location find(String written) {
      String name = SqlNames.normalize(written);
      if (name == null || name.isEmpty()) {
        return at(chunk, 0);
      }
      int at = from;
      while ((at = lower.indexOf(name, at)) >= 0) {
        boolean startOk = at == 0 || !isWordPart(lower.charAt(at - 1));
        int end = at + name.length();
        boolean endOk = end >= lower.length() || !isWordPart(lower.charAt(end));
        if (startOk && endOk) {
          int start = at > 0 && "\"`[".indexOf(lower.charAt(at - 1)) >= 0 ? at - 1 : at;
          from = end;
          return at(chunk, start);
        }
        at = end;
      }
      return at(chunk, 0);
    }
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
