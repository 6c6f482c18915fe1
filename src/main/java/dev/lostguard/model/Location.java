package dev.lostguard.model;

import java.util.Comparator;

/**
 * A region of a scanned file. Paths are relative to the scan root and use {@code /}; lines and columns
 * are 1-based, the end column is inclusive.
 */
public record Location(String path, int startLine, int startColumn, int endLine, int endColumn)
    implements Comparable<Location> {

  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::path)
          .thenComparingInt(Location::startLine)
          .thenComparingInt(Location::startColumn)
          .thenComparingInt(Location::endLine)
          .thenComparingInt(Location::endColumn);

  public static Location point(String path, int line, int column) {
    return new Location(path, line, column, line, column);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }
}
