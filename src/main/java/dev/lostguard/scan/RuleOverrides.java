package dev.lostguard.scan;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code rules} of a project's configuration, applied in one place after the rules ran: a rule
 * turned off reports nothing, and a rule given a severity reports every finding at that severity
 * (also ones that mixed guarding would have raised). Turning off a rule does not hand its statements
 * to a rule of lower precedence.
 */
public final class RuleOverrides {

  public static final RuleOverrides NONE = new RuleOverrides(Map.of());

  /** Per rule id: the severity to report, or empty for "off". */
  private final Map<String, Optional<Severity>> byRule;

  private RuleOverrides(Map<String, Optional<Severity>> byRule) {
    this.byRule = Map.copyOf(byRule);
  }

  /** @param byRule per rule id, the severity to report at, or empty to turn the rule off */
  public static RuleOverrides of(Map<String, Optional<Severity>> byRule) {
    return new RuleOverrides(new TreeMap<>(byRule));
  }

  public List<Finding> apply(List<Finding> findings) {
    if (byRule.isEmpty()) {
      return findings;
    }
    return findings.stream()
        .filter(f -> byRule.getOrDefault(f.ruleId(), Optional.of(f.severity())).isPresent())
        .map(f -> f.withSeverity(byRule.getOrDefault(f.ruleId(), Optional.of(f.severity())).orElseThrow()))
        .toList();
  }
}
