package dev.lostguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import dev.lostguard.scan.ScanRequest;
import dev.lostguard.scan.Scanner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A write endpoint without a precondition says what its paths write, so the reader knows what is at risk. */
class WriteEndpointMessageTest {

  private static List<Finding> endpointFindings(String sample) {
    Path root = Path.of("samples", sample);
    Report report = new Scanner().scan(new ScanRequest(List.of(root), root, List.of(), 1, false, List.of()));
    return report.findings().stream()
        .filter(f -> f.ruleId().equals(WriteEndpointWithoutPrecondition.ID))
        .toList();
  }

  @Test
  void namesTheTableThatASqlWriteOnItsPathUpdates() {
    assertThat(endpointFindings("pricing-rules-jdbc"))
        .filteredOn(f -> f.message().startsWith("PATCH /rules/{id}/active"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("updates stored data (writes pricing_rule) but takes"));
  }

  @Test
  void namesTheEntityThatAJpaWriteOnItsPathSaves() {
    assertThat(endpointFindings("jpa-entitymanager-hibernate"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).containsPattern("updates stored data \\(writes [A-Za-z_, ]+\\) but"))
        .anySatisfy(f -> assertThat(f.message()).contains("(writes Venue)"));
  }
}
