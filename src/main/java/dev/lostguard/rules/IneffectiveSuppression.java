package dev.lostguard.rules;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Location;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.SuppressionDirective;
import dev.lostguard.model.SuppressionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Applies the suppression directives to the findings and flags every directive that has no effect: it
 * names no rule or an unknown one, it gives no reason (a suppression without a reason suppresses
 * nothing), or no finding of its rule lies in the code it governs. A suppressed finding stays in the
 * report with its suppression attached; it never counts toward failure.
 *
 * <p>Deliberately not done: findings of this rule cannot themselves be suppressed (a directive naming
 * it suppresses nothing and is reported), and a directive never reaches beyond its own file. A comment
 * directive's finding points at the line it governs, where the finding it should suppress would be,
 * with the directive as a related location; an annotation's finding points at the annotation.
 */
public final class IneffectiveSuppression {

  public static final String ID = "ineffective-suppression";

  private final RuleCatalog catalog;

  public IneffectiveSuppression(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * @param findings the rules' findings, sorted by location
   * @param directives every directive of the project, in any order
   * @param sourceLine a line of a scanned file, for snippets (path, 1-based line)
   * @param reportable whether a finding in this file may be reported (not in tests without --include-tests)
   * @return the findings, suppressed ones marked, with this rule's findings added, sorted by location
   */
  public List<Finding> apply(
      List<Finding> findings,
      List<SuppressionDirective> directives,
      BiFunction<String, Integer, String> sourceLine,
      Predicate<String> reportable) {
    return apply(findings, List.of(), directives, sourceLine, reportable);
  }

  /**
   * As {@link #apply(List, List, BiFunction, Predicate)}, where {@code unreported} are findings the scan
   * leaves out (writes no entry point reaches): a directive over one of them still suppresses something.
   */
  public List<Finding> apply(
      List<Finding> findings,
      List<Finding> unreported,
      List<SuppressionDirective> directives,
      BiFunction<String, Integer, String> sourceLine,
      Predicate<String> reportable) {
    List<Finding> result = new ArrayList<>(findings);
    Map<String, Integer> occurrences = new HashMap<>();
    List<SuppressionDirective> sorted =
        directives.stream().sorted(Comparator.comparing(SuppressionDirective::location)).toList();
    for (SuppressionDirective directive : sorted) {
      String problem = problem(directive, result);
      if (problem != null && unreported.stream().anyMatch(directive::covers)) {
        problem = null; // it governs a finding left out of this report
      }
      if (problem != null && reportable.test(directive.location().path())) {
        result.add(finding(directive, problem, occurrences, sourceLine));
      }
    }
    result.sort(Finding.BY_LOCATION);
    return List.copyOf(result);
  }

  /** What makes the directive ineffective, or null after it suppressed the findings it covers. */
  private static String problem(SuppressionDirective directive, List<Finding> findings) {
    String quoted = quoted(directive);
    if (directive.ruleId().isEmpty()) {
      return quoted + " names no rule: write the rule id, then the reason";
    }
    if (!Rules.ids().contains(directive.ruleId()) || directive.ruleId().equals(ID)) {
      return quoted + " names " + (directive.ruleId().equals(ID) ? "this rule, which cannot be suppressed"
          : "unknown rule '" + directive.ruleId() + "' (see 'lostguard rules list')") + ", so it suppresses nothing";
    }
    if (directive.reason().isBlank()) {
      return quoted + " gives no reason, so it suppresses nothing: say why the risk is accepted"
          + (directive.kind() == SuppressionKind.ANNOTATION ? " in a // comment on the line above" : "");
    }
    boolean used = false;
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      if (directive.covers(finding)) {
        used = true;
        if (finding.suppression() == null) {
          findings.set(i, finding.withSuppression(directive.suppression()));
        }
      }
    }
    return used ? null : quoted + " suppresses nothing: no " + directive.ruleId() + " finding in the code it governs";
  }

  private static String quoted(SuppressionDirective directive) {
    return directive.kind() == SuppressionKind.COMMENT
        ? ("`lostguard:ignore " + directive.ruleId()).strip() + "`"
        : "`@SuppressWarnings(\"lostguard:" + directive.ruleId() + "\")`";
  }

  private Finding finding(
      SuppressionDirective directive,
      String message,
      Map<String, Integer> occurrences,
      BiFunction<String, Integer, String> sourceLine) {
    RuleMetadata metadata = catalog.entry(ID);
    Location at = directive.location();
    List<RelatedLocation> related = List.of();
    if (directive.kind() == SuppressionKind.COMMENT && directive.firstLine() > 0) {
      String governed = sourceLine.apply(at.path(), directive.firstLine());
      String text = governed == null ? "" : governed;
      int column = text.length() - text.stripLeading().length() + 1;
      related = List.of(new RelatedLocation(at.path(), at.startLine(), "the directive that governs this line"));
      at = new Location(at.path(), directive.firstLine(), column, directive.firstLine(),
          Math.max(column, text.stripTrailing().length()));
    }
    String line = sourceLine.apply(at.path(), at.startLine());
    int occurrence = occurrences.merge(at.path() + '\0' + directive.text(), 1, Integer::sum) - 1;
    return new Finding(
        ID,
        metadata.defaultSeverity(),
        metadata.defaultConfidence(),
        message,
        at,
        related,
        null,
        line == null ? null : line.strip(),
        metadata.remediation(),
        List.of(),
        Fingerprints.of(ID, at.path(), directive.text(), occurrence), List.of(), null);
  }
}
