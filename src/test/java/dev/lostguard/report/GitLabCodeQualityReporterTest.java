package dev.lostguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GitLabCodeQualityReporterTest {

  private static JsonNode issues(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new GitLabCodeQualityReporter().write(report, out);
    assertThat(out.toString()).endsWith("]\n");
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void writesOneIssuePerFindingWithGitLabsFields() throws IOException {
    Finding finding = ExampleReports.unguardedUpdate();

    JsonNode issue = issues(ExampleReports.withFindings(finding)).get(0);

    assertThat(issue.get("description").asText()).isEqualTo(finding.message());
    assertThat(issue.get("check_name").asText()).isEqualTo("update-without-version-check");
    assertThat(issue.get("fingerprint").asText()).matches("[0-9a-f]{32}");
    assertThat(issue.get("severity").asText()).isEqualTo("major");
    assertThat(issue.at("/location/path").asText()).isEqualTo("db/orders.sql");
    assertThat(issue.at("/location/lines/begin").asInt()).isEqualTo(12);
  }

  @Test
  void fingerprintsAreUniqueEvenForIdenticalFindings() throws IOException {
    Finding finding = ExampleReports.unguardedUpdate();
    Report report =
        ExampleReports.withFindings(finding, finding, finding, ExampleReports.ignoredRowcount(), ExampleReports.infoNote());

    JsonNode issues = issues(report);

    Set<String> fingerprints = new HashSet<>();
    issues.forEach(issue -> fingerprints.add(issue.get("fingerprint").asText()));
    assertThat(fingerprints).hasSize(5);
    assertThat(issues.get(0).get("fingerprint").asText())
        .isEqualTo(GitLabCodeQualityReporter.fingerprint(finding.fingerprint(), 1))
        .isEqualTo(issues(ExampleReports.withFindings(finding)).get(0).get("fingerprint").asText());
  }

  @Test
  void anEmptyReportIsAnEmptyArray() throws IOException {
    assertThat(issues(ExampleReports.empty())).isEmpty();
  }
}
