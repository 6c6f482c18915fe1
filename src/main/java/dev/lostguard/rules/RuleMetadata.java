package dev.lostguard.rules;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.Severity;
import java.util.List;

/**
 * A rule's catalog entry, read from {@code rules/<id>.json}. Unknown fields fail loading, so the
 * catalog and this record never drift apart silently.
 */
public record RuleMetadata(
    String id,
    String name,
    String shortDescription,
    String fullDescription,
    String severity,
    String confidence,
    List<String> tags,
    List<String> cwe,
    String remediation,
    String since) {

  public Severity defaultSeverity() {
    return Severity.parse(severity);
  }

  public Confidence defaultConfidence() {
    return Confidence.parse(confidence);
  }
}
