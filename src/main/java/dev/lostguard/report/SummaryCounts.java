package dev.lostguard.report;

import dev.lostguard.model.BaselineState;
import dev.lostguard.model.Report;
import dev.lostguard.model.Severity;
import dev.lostguard.model.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The summary's counts in the order every format shows them, so the reporters agree. */
final class SummaryCounts {

  /** Most severe first: the order of {@code bySeverity} in every format. */
  static final List<Severity> MOST_SEVERE_FIRST =
      List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO);

  private SummaryCounts() {}

  /** Every severity, most severe first, with zero for those that have no finding. */
  static Map<Severity, Integer> bySeverity(Summary summary) {
    Map<Severity, Integer> counts = new LinkedHashMap<>();
    for (Severity severity : MOST_SEVERE_FIRST) {
      counts.put(severity, summary.bySeverity().getOrDefault(severity.label(), 0));
    }
    return counts;
  }

  /** Findings kept in the report but accepted in source. */
  static int suppressed(Report report) {
    return (int) report.findings().stream().filter(f -> f.suppression() != null).count();
  }

  /** Unsuppressed findings accepted by the baseline. */
  static int baselined(Report report) {
    return (int) report.findings().stream()
        .filter(f -> f.suppression() == null && f.baseline() == BaselineState.UNCHANGED)
        .count();
  }

  /** Rule ids in sorted order, whatever map the summary was built with. */
  static SortedMap<String, Integer> byRule(Summary summary) {
    return new TreeMap<>(summary.byRule());
  }
}
