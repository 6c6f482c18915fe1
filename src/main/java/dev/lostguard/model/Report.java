package dev.lostguard.model;

import java.util.List;
import java.util.function.Predicate;

/**
 * The result of one scan: what every reporter renders. Lists are sorted (findings by location, tables
 * by name, errors by path and line, stale baseline entries by path, rule, fingerprint) so the same
 * input gives byte-identical output. {@code findings} holds suppressed and baselined findings too;
 * {@link Finding#open} tells which count.
 *
 * @param staleBaseline baseline entries that no finding matched (fixed or gone), empty without a baseline
 */
public record Report(
    String toolName,
    String toolVersion,
    Summary summary,
    List<TableSummary> tables,
    List<Finding> findings,
    List<ProcessingError> errors,
    List<BaselineEntry> staleBaseline) {

  /** A report that was not compared with a baseline. */
  public Report(
      String toolName,
      String toolVersion,
      Summary summary,
      List<TableSummary> tables,
      List<Finding> findings,
      List<ProcessingError> errors) {
    this(toolName, toolVersion, summary, tables, findings, errors, List.of());
  }

  /** This report listing only the findings {@code keep} accepts, such as the open ones for CI formats. */
  public Report keeping(Predicate<Finding> keep) {
    return new Report(
        toolName, toolVersion, summary, tables, findings.stream().filter(keep).toList(), errors, staleBaseline);
  }

  /** This report compared with a baseline: findings marked, open counts recomputed, stale entries listed. */
  public Report withBaseline(List<Finding> marked, List<BaselineEntry> stale) {
    return new Report(toolName, toolVersion, summary.countingOpen(marked), tables, marked, errors, stale);
  }
}
