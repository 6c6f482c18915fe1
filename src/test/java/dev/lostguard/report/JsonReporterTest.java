package dev.lostguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

  static String json(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReporter().write(report, out);
    return out.toString();
  }

  @Test
  void writesAnEmptyReportWithEveryArrayAndAllFourSeverities() throws IOException {
    assertThat(json(ExampleReports.empty()))
        .isEqualTo(
            """
            {
              "schemaVersion": 1,
              "tool": {
                "name": "lostguard",
                "version": "0.1.0"
              },
              "summary": {
                "files": 0,
                "filesSkipped": 0,
                "testSourcesNotParsed": 0,
                "generatedCriteriaNotParsed": 0,
                "generatedClientsNotParsed": 0,
                "statements": 0,
                "statementsUnparsed": 0,
                "statementsUnresolved": 0,
                "callsUnresolved": 0,
                "statementsSetAside": 0,
                "writesWithoutEntryPoint": 0,
                "findings": 0,
                "bySeverity": {
                  "high": 0,
                  "medium": 0,
                  "low": 0,
                  "info": 0
                },
                "byRule": {},
                "suppressed": 0,
                "baselined": 0,
                "staleBaselineEntries": 0
              },
              "tables": [],
              "findings": [],
              "errors": [],
              "staleBaselineEntries": []
            }
            """);
  }

  @Test
  void writesFieldsInContractOrderAndOmitsAbsentValues() throws IOException {
    Report report = ExampleReports.withFindings(ExampleReports.unguardedUpdate(), ExampleReports.ignoredRowcount());
    String json = json(report);

    assertThat(json)
        .contains(
            """
              "findings": [
                {
                  "ruleId": "update-without-version-check",
                  "severity": "medium",
                  "confidence": "high",
                  "message": "UPDATE orders has no version predicate",
                  "location": {
                    "path": "db/orders.sql",
                    "startLine": 12,
                    "startColumn": 1,
                    "endLine": 12,
                    "endColumn": 42
                  },
                  "relatedLocations": [
                    {
                      "path": "db/schema.sql",
                      "startLine": 3,
                      "message": "orders.version declared here"
                    }
                  ],
                  "table": "orders",
                  "snippet": "UPDATE orders SET status = ? WHERE id = ?   ",
                  "remediation": "add AND version = ? and SET version = version + 1",
                  "signals": [
                    "mixed-guarding"
                  ],
                  "fingerprint": "0123456789abcdef",
                  "entryPoints": []
                },
                {
                  "ruleId": "rowcount-ignored",
                  "severity": "high",
                  "confidence": "medium",
                  "message": "the row count of a guarded UPDATE is ignored",
                  "location": {
                    "path": "src/OrderDao.java",
                    "startLine": 40,
                    "startColumn": 9,
                    "endLine": 40,
                    "endColumn": 30
                  },
                  "relatedLocations": [],
                  "signals": [],
                  "fingerprint": "fedcba9876543210fedcba9876543210",
                  "entryPoints": []
                }
              ],
              "errors": [
                {
                  "kind": "parse-sql",
                  "path": "db/broken.sql",
                  "line": 7,
                  "message": "unexpected token SETT"
                },
                {
                  "kind": "rule-crash",
                  "path": "db/orders.sql",
                  "line": 12,
                  "message": "NullPointerException",
                  "rule": "upsert-without-guard"
                },
                {
                  "kind": "size",
                  "path": "src/Huge.java",
                  "message": "larger than 1 MiB"
                }
              ],
              "staleBaselineEntries": []
            }
            """)
        .doesNotContain("null")
        .endsWith("}\n");
  }

  @Test
  void writesTablesWithVersionColumnOnlyWhenKnown() throws IOException {
    JsonNode tables = new ObjectMapper().readTree(json(ExampleReports.small())).get("tables");

    assertThat(tables.get(0).has("versionColumn")).isFalse();
    assertThat(tables.get(0).get("versionSource").asText()).isEqualTo("unknown");
    assertThat(tables.get(1).get("versionColumn").asText()).isEqualTo("version");
    assertThat(tables.get(1).get("versionSource").asText()).isEqualTo("ddl");
    assertThat(fieldNames(tables.get(1)))
        .containsExactly("name", "versionColumn", "versionSource", "writeSites", "guardedWriteSites");
  }

  @Test
  void writesTopLevelAndSummaryKeysInContractOrder() throws IOException {
    JsonNode root = new ObjectMapper().readTree(json(ExampleReports.small()));

    assertThat(fieldNames(root))
        .containsExactly("schemaVersion", "tool", "summary", "tables", "findings", "errors", "staleBaselineEntries");
    assertThat(fieldNames(root.get("summary")))
        .containsExactly("files", "filesSkipped", "testSourcesNotParsed", "generatedCriteriaNotParsed", "generatedClientsNotParsed", "statements",
            "statementsUnparsed",
            "statementsUnresolved", "callsUnresolved", "statementsSetAside", "writesWithoutEntryPoint", "findings",
            "bySeverity", "byRule",
            "suppressed", "baselined", "staleBaselineEntries");
  }

  @Test
  void keepsTheReportsFindingOrderAndSortsRuleCountsById() throws IOException {
    JsonNode root = new ObjectMapper().readTree(json(ExampleReports.small()));

    assertThat(root.get("findings").findValuesAsText("ruleId"))
        .containsExactly("update-without-version-check", "timestamp-as-version", "rowcount-ignored");
    assertThat(fieldNames(root.get("summary").get("byRule")))
        .containsExactly("rowcount-ignored", "timestamp-as-version", "update-without-version-check");
    assertThat(fieldNames(root.get("summary").get("bySeverity"))).containsExactly("high", "medium", "low", "info");
    assertThat(root.get("summary").get("bySeverity").get("low").asInt()).isZero();
  }

  @Test
  void writesSuppressionBaselineStateAndStaleEntriesAfterTheFindingsOwnFields() throws IOException {
    JsonNode root = new ObjectMapper().readTree(json(ExampleReports.accepted()));

    JsonNode suppressed = root.get("findings").get(0);
    assertThat(fieldNames(suppressed)).endsWith("entryPoints", "suppression").doesNotContain("baseline");
    assertThat(fieldNames(suppressed.get("suppression"))).containsExactly("kind", "reason", "location");
    assertThat(suppressed.get("suppression").get("kind").asText()).isEqualTo("comment");
    assertThat(suppressed.get("suppression").get("reason").asText()).isEqualTo("the import job owns these rows");
    assertThat(suppressed.get("suppression").get("location").get("startLine").asInt()).isEqualTo(11);
    assertThat(root.get("findings").findValuesAsText("baseline")).containsExactly("unchanged", "new");
    assertThat(root.get("summary").get("suppressed").asInt()).isEqualTo(1);
    assertThat(root.get("summary").get("baselined").asInt()).isEqualTo(1);
    assertThat(root.get("summary").get("staleBaselineEntries").asInt()).isEqualTo(1);
    JsonNode stale = root.get("staleBaselineEntries").get(0);
    assertThat(fieldNames(stale)).containsExactly("fingerprint", "ruleId", "path", "count");
    assertThat(stale.get("path").asText()).isEqualTo("db/gone.sql");
  }

  @Test
  void writesTheSameBytesTwiceAndLeavesTheWriterOpen() throws IOException {
    JsonReporter reporter = new JsonReporter();
    StringWriter out = new StringWriter();
    reporter.write(ExampleReports.small(), out);
    reporter.write(ExampleReports.small(), out);

    String once = json(ExampleReports.small());
    assertThat(out.toString()).isEqualTo(once + once);
    assertThat(once).doesNotContain("\r").doesNotContain("\t");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
