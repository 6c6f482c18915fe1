package dev.lostguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real scans, not hand-built reports, must satisfy the schema that {@code lostguard schema} prints. */
class JsonReportContractTest {

  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(CliRun.of("schema").out());

  @ParameterizedTest
  @ValueSource(strings = {"samples/plain-sql-app", "samples/plain-sql-app-fixed"})
  void scanReportsOfTheSamplesValidate(String sample) throws IOException {
    CliRun run = CliRun.of("scan", "--format", "json", sample);
    JsonNode report = new ObjectMapper().readTree(run.out());
    List<String> problems = SCHEMA.validate(report).stream().map(ValidationMessage::getMessage).toList();
    assertThat(problems).isEmpty();
    assertThat(report.get("tables").size()).isPositive();
  }

  @org.junit.jupiter.api.Test
  void reportsWithSuppressionsBaselineStatesAndStaleEntriesValidate(@org.junit.jupiter.api.io.TempDir Path work)
      throws IOException {
    Path baseline = work.resolve("baseline.json");
    Files.writeString(baseline, "{\"version\": 1, \"tool\": \"lostguard\", \"findings\": ["
        + "{\"fingerprint\": \"0123456789abcdef\", \"ruleId\": \"upsert-without-guard\", \"path\": \"gone.sql\","
        + " \"count\": 2}]}");
    JsonNode report = new ObjectMapper().readTree(
        CliRun.of("scan", "--format", "json", "--baseline", baseline.toString(), "samples/ci-baseline-suppressions").out());

    assertThat(report.get("summary").get("suppressed").asInt()).isPositive();
    assertThat(report.get("findings").findValuesAsText("baseline")).isNotEmpty().containsOnly("new");
    assertThat(report.get("staleBaselineEntries")).hasSize(1);
    assertThat(SCHEMA.validate(report)).extracting(ValidationMessage::getMessage).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"broken"})
  void reportsWithProcessingErrorsValidate(String name, @org.junit.jupiter.api.io.TempDir Path project)
      throws IOException {
    Files.writeString(project.resolve(name + ".sql"), "UPDATE t SET = 1;\nUPDATE t SET a = ? WHERE id = ?;\n");
    Files.write(project.resolve("blob.sql"), new byte[] {0, 1, 2});
    JsonNode report = new ObjectMapper().readTree(CliRun.of("scan", "--format", "json", project.toString()).out());
    assertThat(report.get("errors").size()).isEqualTo(2);
    assertThat(SCHEMA.validate(report)).extracting(ValidationMessage::getMessage).isEmpty();
  }
}
