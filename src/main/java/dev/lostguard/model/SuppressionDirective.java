package dev.lostguard.model;

/**
 * A {@code lostguard:} suppression found in source, valid or not.
 *
 * @param ruleId the rule it names, empty when it names none
 * @param reason the reason it gives, empty when it gives none
 * @param location the directive itself: the comment line or the annotation
 * @param firstLine first line of the code it governs (the next code line for a comment, the annotated
 *     declaration for an annotation); 0 when it governs nothing (a comment at the end of a file)
 * @param lastLine last line of the code it governs, 0 when none
 * @param text the directive's text, whitespace folded: its identity for fingerprints
 */
public record SuppressionDirective(
    SuppressionKind kind, String ruleId, String reason, Location location, int firstLine, int lastLine, String text) {

  /** Whether this directive, if valid, accepts {@code finding}: same file and rule, inside the governed lines. */
  public boolean covers(Finding finding) {
    Location at = finding.location();
    return finding.ruleId().equals(ruleId)
        && at.path().equals(location.path())
        && at.startLine() >= firstLine
        && at.startLine() <= lastLine
        && firstLine > 0;
  }

  public Suppression suppression() {
    return new Suppression(kind, reason, location);
  }
}
