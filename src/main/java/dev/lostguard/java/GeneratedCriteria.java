package dev.lostguard.java;

/**
 * Recognises the query-criteria classes MyBatis Generator writes beside each mapper (by default
 * {@code OrderExample}, with {@code GeneratedCriteria}, {@code Criteria} and {@code Criterion} nested
 * inside). They only collect WHERE conditions in memory for the generated XML to render: they run no
 * SQL, declare no entity and call no project code, so no fact in them can change a report. They are
 * also most of a generated project's Java lines (two thirds of mall's), so the scan reads them but does
 * not parse them.
 */
public final class GeneratedCriteria {

  private GeneratedCriteria() {}

  /** True for a source with all three shapes of a generated criteria class, and nothing that could matter. */
  public static boolean isCriteriaClass(TextGates.Mentions source) {
    return source.criteriaShapes() && !source.entity();
  }
}
