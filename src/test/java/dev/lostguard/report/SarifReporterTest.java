package dev.lostguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import dev.lostguard.rules.IneffectiveSuppression;
import dev.lostguard.rules.RuleCatalog;
import dev.lostguard.rules.RuleMetadata;
import dev.lostguard.scan.ScanRequest;
import dev.lostguard.scan.Scanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SarifReporterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
  private static final JsonSchema SARIF_SCHEMA = sarifSchema();
  private static final Path SAMPLES = Path.of(System.getProperty("basedir", "."), "samples");

  @TempDir Path root;

  private static JsonSchema sarifSchema() {
    try (InputStream in = SarifReporterTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String render(Report report, SarifReporter.Options options) throws IOException {
    StringWriter out = new StringWriter();
    new SarifReporter(CATALOG, options).write(report, out);
    return out.toString();
  }

  private static JsonNode sarif(Report report, SarifReporter.Options options) throws IOException {
    return MAPPER.readTree(render(report, options));
  }

  static List<String> schemaProblems(JsonNode sarif) {
    return SARIF_SCHEMA.validate(sarif).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  static Stream<String> sampleApps() throws IOException {
    try (Stream<Path> children = Files.list(SAMPLES)) {
      return children.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList().stream();
    }
  }

  private void writeSource(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleApps")
  void everySampleGivesSarifThatTheSchemaAccepts(String sampleApp) throws IOException {
    Path dir = SAMPLES.resolve(sampleApp);
    Report report = new Scanner().scan(ScanRequest.ofDirectory(dir));

    JsonNode sarif = sarif(report, new SarifReporter.Options(dir, "lostguard/" + sampleApp));

    assertThat(schemaProblems(sarif)).isEmpty();
    JsonNode results = sarif.at("/runs/0/results");
    assertThat(results).hasSize(report.findings().size());
    for (JsonNode result : results) {
      assertThat(result.at("/partialFingerprints/primaryLocationLineHash").asText()).matches("[0-9a-f]{1,16}:[0-9]+");
    }
  }

  @Test
  void marksSuppressedFindingsInSourceWithTheirReasonAndGivesBaselineStates() throws IOException {
    JsonNode sarif = sarif(ExampleReports.accepted(), new SarifReporter.Options(root, null));

    assertThat(schemaProblems(sarif)).isEmpty();
    JsonNode results = sarif.at("/runs/0/results");
    assertThat(results.get(0).at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(results.get(0).at("/suppressions/0/justification").asText()).isEqualTo("the import job owns these rows");
    assertThat(results.get(0).at("/suppressions/0/location/physicalLocation/region/startLine").asInt()).isEqualTo(11);
    assertThat(results.get(0).has("baselineState")).isFalse();
    assertThat(results.findValuesAsText("baselineState")).containsExactly("unchanged", "new");
    assertThat(results.get(2).has("suppressions")).isFalse();
  }

  @Test
  void aReportWithErrorsAndEveryOptionalPartIsValidToo() throws IOException {
    writeSource("db/orders.sql", "-- orders\n".repeat(30));
    Report report =
        ExampleReports.withFindings(
            ExampleReports.unguardedUpdate(), ExampleReports.chainedWrite(), ExampleReports.ignoredRowcount());

    JsonNode sarif = sarif(report, new SarifReporter.Options(root, "ci/lostguard"));

    assertThat(schemaProblems(sarif)).isEmpty();
    assertThat(sarif.at("/runs/0/invocations/0/toolExecutionNotifications")).hasSize(report.errors().size());
    assertThat(schemaProblems(sarif(ExampleReports.empty(), new SarifReporter.Options(null, null)))).isEmpty();
  }

  @Test
  void theSchemaCatchesABrokenLog() throws IOException {
    JsonNode sarif = sarif(ExampleReports.small(), new SarifReporter.Options(root, null));
    ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");

    assertThat(schemaProblems(sarif)).singleElement().asString().contains("level");
  }

  @Test
  void describesEveryRuleOfTheCatalogWithGitHubsProperties() throws IOException {
    JsonNode rules = sarif(ExampleReports.empty(), new SarifReporter.Options(root, null)).at("/runs/0/tool/driver/rules");

    List<RuleMetadata> entries = CATALOG.entries();
    assertThat(rules).hasSize(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      RuleMetadata entry = entries.get(i);
      JsonNode rule = rules.get(i);
      assertThat(rule.get("id").asText()).isEqualTo(entry.id());
      assertThat(rule.get("name").asText()).isEqualTo(entry.name());
      assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(entry.shortDescription());
      assertThat(rule.at("/fullDescription/text").asText()).isEqualTo(entry.fullDescription());
      assertThat(rule.at("/help/markdown").asText()).isEqualTo(CATALOG.page(entry.id()));
      assertThat(rule.at("/help/text").asText()).startsWith(entry.id() + "\n").doesNotContain("```");
      assertThat(rule.at("/defaultConfiguration/level").asText())
          .isEqualTo(SeverityMapping.sarifLevel(entry.defaultSeverity()));
      JsonNode properties = rule.get("properties");
      List<String> tags = new ArrayList<>();
      properties.get("tags").forEach(tag -> tags.add(tag.asText()));
      if (entry.id().equals(IneffectiveSuppression.ID)) {
        assertThat(tags).noneMatch(tag -> tag.contains("CWE-") || tag.contains("cwe-"));
        assertThat(properties.has("security-severity")).isFalse();
        continue;
      }
      assertThat(tags).contains("CWE-362", "external/cwe/cwe-362").doesNotContain("security");
      assertThat(tags.stream().filter(t -> t.equals("CWE-367") || t.equals("CWE-413"))).hasSize(1);
      assertThat(properties.get("precision").asText()).isEqualTo(entry.defaultConfidence().label());
      assertThat(properties.get("problem.severity").asText()).isIn("error", "warning", "recommendation");
      assertThat(properties.get("security-severity").isTextual()).isTrue();
      assertThat(Double.parseDouble(properties.get("security-severity").asText()))
          .isBetween(0.0, entry.defaultSeverity().name().equals("HIGH") ? 7.5 : 5.0);
    }
  }

  @Test
  void namesTheToolTheCategoryAndTheSourceRoot() throws IOException {
    JsonNode run = sarif(ExampleReports.small(), new SarifReporter.Options(root, "lostguard/backend")).at("/runs/0");

    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("lostguard");
    assertThat(run.at("/tool/driver/version").asText()).isEqualTo("0.1.0");
    assertThat(run.at("/tool/driver/semanticVersion").asText()).isEqualTo("0.1.0");
    assertThat(run.at("/tool/driver/informationUri").asText()).isEqualTo("https://github.com/lostguard/lostguard");
    assertThat(run.at("/automationDetails/id").asText()).isEqualTo("lostguard/backend/");
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
        .isEqualTo(root.toUri().toString())
        .startsWith("file:///")
        .endsWith("/");
    assertThat(SarifReporter.automationId("already/")).isEqualTo("already/");
  }

  @Test
  void writesAResultWithLevelRegionAndBothFingerprints() throws IOException {
    writeSource("db/orders.sql", "-- orders\n".repeat(11) + "UPDATE orders SET status = ? WHERE id = ?;\n");
    Finding finding = ExampleReports.unguardedUpdate();

    JsonNode result =
        sarif(ExampleReports.withFindings(finding), new SarifReporter.Options(root, null)).at("/runs/0/results/0");

    assertThat(result.get("ruleId").asText()).isEqualTo("update-without-version-check");
    assertThat(CATALOG.entries().get(result.get("ruleIndex").asInt()).id()).isEqualTo(finding.ruleId());
    assertThat(result.get("level").asText()).isEqualTo("warning");
    assertThat(result.at("/message/text").asText()).isEqualTo(finding.message());
    JsonNode physical = result.at("/locations/0/physicalLocation");
    assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("db/orders.sql");
    assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(physical.at("/region/startLine").asInt()).isEqualTo(12);
    assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(1);
    assertThat(physical.at("/region/endLine").asInt()).isEqualTo(12);
    assertThat(physical.at("/region/endColumn").asInt()).as("SARIF's end column is exclusive").isEqualTo(43);
    String source = Files.readString(root.resolve("db/orders.sql"));
    assertThat(result.at("/partialFingerprints/primaryLocationLineHash").asText())
        .isEqualTo(LineHashes.of(source).get(11));
    assertThat(result.at("/partialFingerprints/lostguard~1v1").asText()).isEqualTo(finding.fingerprint());
    assertThat(result.at("/relatedLocations/0/id").asInt()).isEqualTo(1);
    assertThat(result.at("/relatedLocations/0/message/text").asText()).isEqualTo("orders.version declared here");
  }

  @Test
  void leavesTheLineHashToGitHubWhenTheSourceIsNotAtHand() throws IOException {
    JsonNode result = sarif(ExampleReports.small(), new SarifReporter.Options(root, null)).at("/runs/0/results/0");

    assertThat(result.get("partialFingerprints").has("primaryLocationLineHash")).isFalse();
    assertThat(result.at("/partialFingerprints/lostguard~1v1").asText()).isNotEmpty();
  }

  @Test
  void showsTheEntryChainAsRelatedLocationAndCodeFlow() throws IOException {
    Finding finding = ExampleReports.chainedWrite();

    JsonNode result =
        sarif(ExampleReports.withFindings(finding), new SarifReporter.Options(root, null)).at("/runs/0/results/0");

    JsonNode entry = result.at("/relatedLocations/0");
    assertThat(entry.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("src/shop/OrderController.java");
    assertThat(entry.at("/message/text").asText())
        .isEqualTo("path: PUT /orders/{id} -> OrderController.update -> OrderDao.save -> JdbcTemplate.update");
    JsonNode steps = result.at("/codeFlows/0/threadFlows/0/locations");
    assertThat(steps).hasSize(4);
    assertThat(steps.get(0).at("/location/physicalLocation/region/startLine").asInt()).isEqualTo(20);
    assertThat(steps.get(0).at("/location/message/text").asText()).isEqualTo("PUT /orders/{id}");
    assertThat(steps.get(1).get("location").has("physicalLocation")).isFalse();
    assertThat(steps.get(1).at("/location/message/text").asText()).isEqualTo("OrderController.update");
    assertThat(steps.get(3).at("/location/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("src/shop/OrderDao.java");
    assertThat(steps.get(3).at("/location/message/text").asText()).isEqualTo("JdbcTemplate.update");
  }

  @Test
  void listsProcessingErrorsAsNotificationsOfASuccessfulExecution() throws IOException {
    JsonNode invocation =
        sarif(ExampleReports.small(), new SarifReporter.Options(root, null)).at("/runs/0/invocations/0");

    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    JsonNode first = invocation.at("/toolExecutionNotifications/0");
    assertThat(first.get("level").asText()).isEqualTo("error");
    assertThat(first.at("/message/text").asText()).isEqualTo("parse-sql: unexpected token SETT");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("db/broken.sql");
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
    JsonNode crash = invocation.at("/toolExecutionNotifications/1");
    assertThat(crash.at("/associatedRule/id").asText()).isEqualTo("upsert-without-guard");
    assertThat(CATALOG.entries().get(crash.at("/associatedRule/index").asInt()).id()).isEqualTo("upsert-without-guard");
    JsonNode wholeFile = invocation.at("/toolExecutionNotifications/2");
    assertThat(wholeFile.at("/locations/0/physicalLocation").has("region")).isFalse();
  }

  @Test
  void encodesPathsAsUriReferences() {
    assertThat(SarifLocations.uri("src/my dir/100%.sql")).isEqualTo("src/my%20dir/100%25.sql");
    assertThat(SarifLocations.uri("src/Main.java")).isEqualTo("src/Main.java");
  }
}
