package dev.lostguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Confidence;
import dev.lostguard.model.Severity;
import org.junit.jupiter.api.Test;

class SeverityMappingTest {

  /** GitHub fails a code scanning check on results of level error, by default. */
  private static boolean failsGitHubCheckByDefault(Severity severity) {
    return SeverityMapping.sarifLevel(severity).equals("error");
  }

  @Test
  void aHighFindingFailsAGitHubCheckByDefaultAndNothingLowerDoes() {
    assertThat(failsGitHubCheckByDefault(Severity.HIGH)).isTrue();
    assertThat(failsGitHubCheckByDefault(Severity.MEDIUM)).isFalse();
    assertThat(failsGitHubCheckByDefault(Severity.LOW)).isFalse();
    assertThat(failsGitHubCheckByDefault(Severity.INFO)).isFalse();
  }

  @Test
  void mapsSeverityToSarifLevelAndProblemSeverity() {
    assertThat(SeverityMapping.sarifLevel(Severity.MEDIUM)).isEqualTo("warning");
    assertThat(SeverityMapping.sarifLevel(Severity.LOW)).isEqualTo("note");
    assertThat(SeverityMapping.problemSeverity(Severity.HIGH)).isEqualTo("error");
    assertThat(SeverityMapping.problemSeverity(Severity.LOW)).isEqualTo("recommendation");
  }

  @Test
  void confidenceIsThePrecision() {
    for (Confidence confidence : Confidence.values()) {
      assertThat(SeverityMapping.precision(confidence)).isEqualTo(confidence.label());
    }
  }

  @Test
  void securitySeverityFollowsSeverityAndIsCappedByConfidence() {
    assertThat(SeverityMapping.securitySeverity(Severity.HIGH, Confidence.HIGH)).isEqualTo("7.5");
    assertThat(SeverityMapping.securitySeverity(Severity.MEDIUM, Confidence.HIGH)).isEqualTo("5.0");
    assertThat(SeverityMapping.securitySeverity(Severity.LOW, Confidence.HIGH)).isEqualTo("3.0");
    assertThat(SeverityMapping.securitySeverity(Severity.HIGH, Confidence.MEDIUM)).isEqualTo("6.0");
    assertThat(SeverityMapping.securitySeverity(Severity.HIGH, Confidence.LOW)).isEqualTo("3.5");
    assertThat(SeverityMapping.securitySeverity(Severity.INFO, Confidence.LOW)).isEqualTo("1.0");
  }

  @Test
  void securitySeverityNeverRisesWithLowerSeverityOrConfidence() {
    for (Severity severity : Severity.values()) {
      for (Confidence confidence : Confidence.values()) {
        double score = Double.parseDouble(SeverityMapping.securitySeverity(severity, confidence));
        if (severity != Severity.INFO) {
          Severity lower = Severity.values()[severity.ordinal() - 1];
          assertThat(Double.parseDouble(SeverityMapping.securitySeverity(lower, confidence))).isLessThanOrEqualTo(score);
        }
        if (confidence != Confidence.LOW) {
          Confidence lower = Confidence.values()[confidence.ordinal() - 1];
          assertThat(Double.parseDouble(SeverityMapping.securitySeverity(severity, lower))).isLessThanOrEqualTo(score);
        }
      }
    }
  }

  @Test
  void mapsSeverityToGitLab() {
    assertThat(SeverityMapping.gitlabSeverity(Severity.HIGH)).isEqualTo("critical");
    assertThat(SeverityMapping.gitlabSeverity(Severity.MEDIUM)).isEqualTo("major");
    assertThat(SeverityMapping.gitlabSeverity(Severity.LOW)).isEqualTo("minor");
    assertThat(SeverityMapping.gitlabSeverity(Severity.INFO)).isEqualTo("info");
  }
}
