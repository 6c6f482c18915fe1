package dev.lostguard.model;

import java.util.Comparator;
import java.util.List;

/**
 * One lost-update risk, ready to report.
 *
 * @param table lower-case table name, or null when the finding is not about one table
 * @param snippet the source line (or statement head) at the location
 * @param remediation the one-line fix, from the rule's catalog entry
 * @param signals extra evidence that changed the ranking, such as {@code mixed-guarding}
 * @param fingerprint stable across inserted lines; see {@code Fingerprints}
 * @param entryPoints the shortest ways entry points reach the flagged write (at most three)
 * @param pathKind what kind of path reaches the write, or null for findings that are not writes
 * @param suppression how the finding is accepted in source, or null when it is not
 * @param baseline the finding compared with {@code --baseline}, or null when no baseline was given
 */
public record Finding(
    String ruleId,
    Severity severity,
    Confidence confidence,
    String message,
    Location location,
    List<RelatedLocation> relatedLocations,
    String table,
    String snippet,
    String remediation,
    List<String> signals,
    String fingerprint,
    List<EntryChain> entryPoints,
    PathKind pathKind,
    Suppression suppression,
    BaselineState baseline) {

  /** A finding neither suppressed nor compared with a baseline. */
  public Finding(
      String ruleId,
      Severity severity,
      Confidence confidence,
      String message,
      Location location,
      List<RelatedLocation> relatedLocations,
      String table,
      String snippet,
      String remediation,
      List<String> signals,
      String fingerprint,
      List<EntryChain> entryPoints,
      PathKind pathKind) {
    this(ruleId, severity, confidence, message, location, relatedLocations, table, snippet, remediation, signals,
        fingerprint, entryPoints, pathKind, null, null);
  }

  /** The same finding at another severity (a project's rule configuration). */
  public Finding withSeverity(Severity configured) {
    return new Finding(ruleId, configured, confidence, message, location, relatedLocations, table, snippet,
        remediation, signals, fingerprint, entryPoints, pathKind, suppression, baseline);
  }

  /** Whether the finding counts toward {@code --fail-on}: neither suppressed nor accepted by the baseline. */
  public boolean open() {
    return suppression == null && baseline != BaselineState.UNCHANGED;
  }

  public Finding withSuppression(Suppression accepted) {
    return new Finding(ruleId, severity, confidence, message, location, relatedLocations, table, snippet, remediation,
        signals, fingerprint, entryPoints, pathKind, accepted, baseline);
  }

  public Finding withBaseline(BaselineState state) {
    return new Finding(ruleId, severity, confidence, message, location, relatedLocations, table, snippet, remediation,
        signals, fingerprint, entryPoints, pathKind, suppression, state);
  }

  /** The JSON order: path, line, column, rule. */
  public static final Comparator<Finding> BY_LOCATION =
      Comparator.comparing(Finding::location).thenComparing(Finding::ruleId);

  /** The text order: most severe first, then path and line. */
  public static final Comparator<Finding> BY_SEVERITY =
      Comparator.comparing(Finding::severity).reversed().thenComparing(BY_LOCATION);
}
