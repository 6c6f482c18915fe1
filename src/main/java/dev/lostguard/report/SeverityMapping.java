package dev.lostguard.report;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.Severity;
import java.util.Locale;

/**
 * The one mapping from lostguard's severity and confidence to the severities of CI systems, so that
 * every format ranks a finding the same way. The README's "Output formats and CI severities" shows the
 * same table.
 *
 * <table>
 *   <caption>severity to CI levels</caption>
 *   <tr><th>severity</th><th>SARIF level</th><th>problem.severity</th><th>security-severity</th>
 *       <th>GitLab</th></tr>
 *   <tr><td>high</td><td>error</td><td>error</td><td>7.5</td><td>critical</td></tr>
 *   <tr><td>medium</td><td>warning</td><td>warning</td><td>5.0</td><td>major</td></tr>
 *   <tr><td>low</td><td>note</td><td>recommendation</td><td>3.0</td><td>minor</td></tr>
 *   <tr><td>info</td><td>note</td><td>recommendation</td><td>1.0</td><td>info</td></tr>
 * </table>
 *
 * <p>Confidence becomes SARIF {@code precision} unchanged ({@code high}, {@code medium}, {@code low})
 * and caps the security severity: at most 6.0 (GitHub's "medium" band) for medium confidence and 3.5
 * ("low") for low confidence, so a guess never outranks a certainty. GitLab's {@code blocker} is not
 * used: lostguard cannot know that a risk blocks a release.
 *
 * <p>GitHub fails a code scanning check on {@code error} results by default, so a {@code high} finding
 * fails it and a {@code medium}, {@code low} or {@code info} one does not. That is why the SARIF rules
 * carry no {@code security} tag: with it, GitHub would judge every result of a rule by the rule's one
 * {@code security-severity} (computed here from the rule's defaults), which cannot follow a finding
 * that the analysis raised to {@code high}; without it, each result's own {@code level} decides.
 */
public final class SeverityMapping {

  private SeverityMapping() {}

  /** SARIF {@code level} of a result, and {@code defaultConfiguration.level} of a rule. */
  public static String sarifLevel(Severity severity) {
    return switch (severity) {
      case HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  /** GitHub's {@code problem.severity} rule property. */
  public static String problemSeverity(Severity severity) {
    return switch (severity) {
      case HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "recommendation";
    };
  }

  /** GitHub's {@code precision} rule property. */
  public static String precision(Confidence confidence) {
    return confidence.label();
  }

  /** GitHub's {@code security-severity} rule property: a score from 0.0 to 10.0, as a string. */
  public static String securitySeverity(Severity severity, Confidence confidence) {
    double base =
        switch (severity) {
          case HIGH -> 7.5;
          case MEDIUM -> 5.0;
          case LOW -> 3.0;
          case INFO -> 1.0;
        };
    double cap =
        switch (confidence) {
          case HIGH -> 10.0;
          case MEDIUM -> 6.0;
          case LOW -> 3.5;
        };
    return String.format(Locale.ROOT, "%.1f", Math.min(base, cap));
  }

  /** GitLab Code Quality {@code severity}. */
  public static String gitlabSeverity(Severity severity) {
    return switch (severity) {
      case HIGH -> "critical";
      case MEDIUM -> "major";
      case LOW -> "minor";
      case INFO -> "info";
    };
  }
}
