package dev.lostguard.java;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import dev.lostguard.model.Location;

/** Locations of syntax nodes: javaparser's range, 1-based lines and columns, end inclusive. */
final class Anchors {

  private Anchors() {}

  static Location of(String path, Node node) {
    Range range = node.getRange().orElse(null);
    if (range == null) {
      return Location.point(path, 1, 1);
    }
    return new Location(path, range.begin.line, range.begin.column, range.end.line, range.end.column);
  }

  /** Whether {@code node} begins after {@code anchor} ends (later in the source). */
  static boolean after(Node node, Node anchor) {
    Range a = anchor.getRange().orElse(null);
    Range n = node.getRange().orElse(null);
    return a != null && n != null && n.begin.isAfter(a.end);
  }
}
