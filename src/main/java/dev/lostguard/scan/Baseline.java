package dev.lostguard.scan;

import dev.lostguard.model.BaselineEntry;
import dev.lostguard.model.BaselineState;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accepted findings, as a multiset of fingerprints. A finding is accepted while its fingerprint has
 * count left, in report order, so a second identical risk beyond the accepted count is new. Suppressed
 * findings take no part: source already accepts them. Entries nothing matched are stale: the risk was
 * fixed, or its code changed enough to get a new fingerprint.
 *
 * @param entries sorted by path, rule, fingerprint; one per fingerprint
 */
public record Baseline(List<BaselineEntry> entries) {

  public Baseline {
    entries = entries.stream().sorted().toList();
  }

  /**
   * What {@code baseline create} and {@code --update-baseline} write: every unsuppressed finding that
   * is not new (all unsuppressed ones when the report was not compared with a baseline).
   */
  public static Baseline of(List<Finding> findings) {
    Map<String, BaselineEntry> byFingerprint = new LinkedHashMap<>();
    for (Finding finding : findings) {
      if (finding.suppression() == null && finding.baseline() != BaselineState.NEW) {
        byFingerprint.merge(
            finding.fingerprint(),
            new BaselineEntry(finding.fingerprint(), finding.ruleId(), finding.location().path(), 1),
            (a, b) -> new BaselineEntry(a.fingerprint(), a.ruleId(), a.path(), a.count() + b.count()));
      }
    }
    return new Baseline(List.copyOf(byFingerprint.values()));
  }

  /** The report with every unsuppressed finding marked new or unchanged, and the stale entries listed. */
  public Report applyTo(Report report) {
    Map<String, Integer> remaining = new HashMap<>();
    entries.forEach(entry -> remaining.merge(entry.fingerprint(), entry.count(), Integer::sum));
    List<Finding> marked = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (finding.suppression() != null) {
        marked.add(finding);
        continue;
      }
      int left = remaining.getOrDefault(finding.fingerprint(), 0);
      if (left > 0) {
        remaining.put(finding.fingerprint(), left - 1);
      }
      marked.add(finding.withBaseline(left > 0 ? BaselineState.UNCHANGED : BaselineState.NEW));
    }
    List<BaselineEntry> stale = new ArrayList<>();
    for (BaselineEntry entry : entries) {
      int left = remaining.getOrDefault(entry.fingerprint(), 0);
      if (left > 0) {
        stale.add(new BaselineEntry(entry.fingerprint(), entry.ruleId(), entry.path(), left));
        remaining.put(entry.fingerprint(), 0);
      }
    }
    return report.withBaseline(List.copyOf(marked), List.copyOf(stale));
  }
}
