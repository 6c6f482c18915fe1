package dev.lostguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lostguard.model.ErrorKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReportSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema SCHEMA = FACTORY.getSchema(ReportSchema.text());

  private static List<String> problems(JsonNode report) {
    return SCHEMA.validate(report).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static JsonNode smallReport() throws IOException {
    return MAPPER.readTree(JsonReporterTest.json(ExampleReports.small()));
  }

  private static JsonNode broken(Consumer<ObjectNode> damage) throws IOException {
    ObjectNode report = (ObjectNode) smallReport();
    damage.accept(report);
    return report;
  }

  private static ObjectNode firstFinding(ObjectNode report) {
    return (ObjectNode) report.get("findings").get(0);
  }

  @Test
  void isAValidDraft202012Schema() throws IOException {
    JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));

    assertThat(metaSchema.validate(MAPPER.readTree(ReportSchema.text()))).isEmpty();
    assertThat(MAPPER.readTree(ReportSchema.text()).get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void acceptsWhatTheJsonReporterWrites() throws IOException {
    assertThat(problems(smallReport())).isEmpty();
    assertThat(problems(MAPPER.readTree(JsonReporterTest.json(ExampleReports.empty())))).isEmpty();
    assertThat(problems(MAPPER.readTree(JsonReporterTest.json(ExampleReports.accepted())))).isEmpty();
  }

  @Test
  void rejectsASuppressionWithoutAReasonAndAnUnknownBaselineState() throws IOException {
    ObjectNode report = (ObjectNode) MAPPER.readTree(JsonReporterTest.json(ExampleReports.accepted()));
    ((ObjectNode) firstFinding(report).get("suppression")).put("reason", "");
    ((ObjectNode) report.get("findings").get(1)).put("baseline", "fixed");

    assertThat(problems(report)).hasSize(2);
  }

  @Test
  void rejectsAFindingWithoutFingerprint() throws IOException {
    JsonNode report = broken(r -> firstFinding(r).remove("fingerprint"));

    assertThat(problems(report)).singleElement().asString().contains("$.findings[0]", "fingerprint");
  }

  @Test
  void rejectsAnUnknownProperty() throws IOException {
    JsonNode report = broken(r -> ((ObjectNode) firstFinding(r).get("location")).put("column", 3));

    assertThat(problems(report))
        .singleElement()
        .asString()
        .contains("$.findings[0].location", "'column'", "does not allow additional properties");
  }

  @Test
  void acceptsEveryErrorKindTheModelKnows() throws IOException {
    for (ErrorKind kind : ErrorKind.values()) {
      JsonNode report = broken(r -> {
        ObjectNode error = (ObjectNode) r.get("errors").get(0);
        error.put("kind", kind.label());
        error.remove("rule");
        if (kind == ErrorKind.RULE_CRASH) {
          error.put("rule", "upsert-without-guard");
        }
      });

      assertThat(problems(report)).as(kind.label()).isEmpty();
    }
  }

  @Test
  void rejectsAnUnknownSeverity() throws IOException {
    JsonNode report = broken(r -> firstFinding(r).put("severity", "critical"));

    assertThat(problems(report)).singleElement().asString().contains("$.findings[0].severity", "enum");
  }

  @Test
  void rejectsLineZero() throws IOException {
    JsonNode report = broken(r -> ((ObjectNode) firstFinding(r).get("location")).put("startLine", 0));

    assertThat(problems(report))
        .singleElement()
        .asString()
        .contains("$.findings[0].location.startLine", "minimum value of 1");
  }

  @Test
  void namesEveryProblemOfAReportBrokenInManyWays() throws IOException {
    JsonNode report =
        broken(
            r -> {
              firstFinding(r).remove("fingerprint");
              firstFinding(r).put("severity", "critical");
              r.put("generatedAt", "2024-01-01");
              ((ObjectNode) r.get("errors").get(0)).put("line", 0);
            });

    assertThat(problems(report))
        .containsExactly(
            "$.errors[0].line: must have a minimum value of 1",
            "$.findings[0].severity: does not have a value in the enumeration [\"high\", \"medium\", \"low\", \"info\"]",
            "$.findings[0]: required property 'fingerprint' not found",
            "$: property 'generatedAt' is not defined in the schema and the schema does not allow additional"
                + " properties");
  }

  @Test
  void rejectsNullWhereAValueMustBeOmitted() throws IOException {
    JsonNode report = broken(r -> ((ObjectNode) r.get("tables").get(0)).putNull("versionColumn"));

    assertThat(problems(report)).anySatisfy(p -> assertThat(p).contains("$.tables[0].versionColumn", "null found"));
  }

  @Test
  void rejectsAVersionedTableWithoutItsColumnAndARuleCrashWithoutItsRule() throws IOException {
    JsonNode report =
        broken(
            r -> {
              ((ObjectNode) r.get("tables").get(1)).remove("versionColumn");
              ((ObjectNode) r.get("errors").get(1)).remove("rule");
            });

    assertThat(problems(report))
        .anySatisfy(p -> assertThat(p).contains("$.tables[1]", "versionColumn"))
        .anySatisfy(p -> assertThat(p).contains("$.errors[1]", "rule"));
  }

  @Test
  void rejectsABadRuleIdAndAShortFingerprint() throws IOException {
    JsonNode report =
        broken(
            r -> {
              firstFinding(r).put("ruleId", "UpdateWithoutVersionCheck");
              firstFinding(r).put("fingerprint", "abc123");
            });

    assertThat(problems(report))
        .anySatisfy(p -> assertThat(p).contains("$.findings[0].ruleId", "pattern"))
        .anySatisfy(p -> assertThat(p).contains("$.findings[0].fingerprint", "pattern"));
  }

  @Test
  void forbidsAdditionalPropertiesOnEveryObjectButTheRuleCounts() throws IOException {
    List<String> open = new ArrayList<>();
    collectOpenObjects(MAPPER.readTree(ReportSchema.text()), "#", open);

    assertThat(open).containsExactly("#/$defs/summary/properties/byRule");
  }

  @Test
  void carriesTheSchemaVersionTheReporterWrites() throws IOException {
    JsonNode schema = MAPPER.readTree(ReportSchema.text());

    assertThat(schema.at("/properties/schemaVersion/const").asInt()).isEqualTo(ReportSchema.VERSION);
    assertThat(smallReport().get("schemaVersion").asInt()).isEqualTo(ReportSchema.VERSION);
  }

  /** Records each schema of {@code "type": "object"} whose additionalProperties is not {@code false}. */
  private static void collectOpenObjects(JsonNode node, String pointer, List<String> open) {
    if (!node.isObject()) {
      return;
    }
    boolean closed = node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean();
    if ("object".equals(node.path("type").asText()) && !closed) {
      open.add(pointer);
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      collectOpenObjects(field.getValue(), pointer + "/" + field.getKey(), open);
    }
  }
}
