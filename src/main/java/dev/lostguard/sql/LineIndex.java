package dev.lostguard.sql;

import java.util.Arrays;

/**
 * Maps character offsets of one file to 1-based lines and columns. {@code \r\n}, {@code \n} and a lone
 * {@code \r} each end a line; a byte-order mark at the start of the file takes no column.
 */
final class LineIndex {

  private final int[] lineStarts;

  LineIndex(String content) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = !content.isEmpty() && content.charAt(0) == '\uFEFF' ? 1 : 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      boolean lineEnd =
          c == '\n' || (c == '\r' && (i + 1 >= content.length() || content.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    lineStarts = Arrays.copyOf(starts, count);
  }

  int line(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : Math.max(1, -found - 1);
  }

  int column(int offset) {
    return Math.max(1, offset - lineStarts[line(offset) - 1] + 1);
  }
}
