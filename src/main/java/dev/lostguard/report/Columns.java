package dev.lostguard.report;

import java.util.ArrayList;
import java.util.List;

/** Aligns rows of cells into columns two spaces apart; numeric columns are right-aligned. */
final class Columns {

  private static final String GAP = "  ";

  private Columns() {}

  /**
   * @param rows cells by row; every row has the same number of cells
   * @param rightAligned per column, whether to pad on the left
   */
  static List<String> align(List<List<String>> rows, boolean... rightAligned) {
    int[] widths = new int[rightAligned.length];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = row.get(i);
        String padding = " ".repeat(widths[i] - cell.length());
        if (i > 0) {
          line.append(GAP);
        }
        line.append(rightAligned[i] ? padding + cell : cell + padding);
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
