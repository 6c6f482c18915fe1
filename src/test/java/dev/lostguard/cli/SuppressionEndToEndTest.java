package dev.lostguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline suppressions end to end through {@code Cli.run}: what they accept, and what makes them ineffective. */
class SuppressionEndToEndTest {

  private static final String SCHEMA =
      "CREATE TABLE doc (id BIGINT PRIMARY KEY, title TEXT, body TEXT, version INT NOT NULL);\n";
  private static final String UNGUARDED = "UPDATE doc SET title = ? WHERE id = ?;\n";

  @TempDir Path project;

  /** The save that checks doc's version: without it the column would be unused and doc unversioned. */
  @BeforeEach
  void writeTheGuardedSave() throws IOException {
    write("save.sql", "UPDATE doc SET title = ?, version = version + 1 WHERE id = ? AND version = ?;\n");
  }

  private void write(String name, String content) throws IOException {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private JsonNode scan(String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("scan", "--format", "json"));
    args.addAll(List.of(options));
    args.add(project.toString());
    return new ObjectMapper().readTree(CliRun.of(args.toArray(String[]::new)).out());
  }

  /** "path:line rule [suppressed]" for every finding, in report order. */
  private List<String> findings(String... options) throws IOException {
    List<String> found = new ArrayList<>();
    scan(options).get("findings").forEach(f -> found.add(
        f.get("location").get("path").asText() + ":" + f.get("location").get("startLine").asInt() + " "
            + f.get("ruleId").asText() + (f.has("suppression") ? " suppressed" : "")));
    return found;
  }

  private static JsonNode finding(JsonNode report, int line, String ruleId) {
    for (JsonNode finding : report.get("findings")) {
      if (finding.get("location").get("startLine").asInt() == line && finding.get("ruleId").asText().equals(ruleId)) {
        return finding;
      }
    }
    throw new AssertionError("no " + ruleId + " finding at line " + line);
  }

  /** A DAO with a JdbcTemplate field; {@code methods} start at line 11. */
  private static String dao(String methods) {
    return """
        package shop;

        import org.springframework.jdbc.core.JdbcTemplate;

        public class DocDao {
          private final JdbcTemplate jdbc;

          DocDao(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
          }
        %s}
        """.formatted(methods);
  }

  @Test
  void aSqlCommentWithReasonSuppressesTheNextStatementAndNeverFailsTheRun() throws IOException {
    write("q.sql", SCHEMA + "-- lostguard:ignore update-without-version-check -- admin script, run alone\n"
        + "\n" + UNGUARDED);

    JsonNode report = scan();
    JsonNode finding = report.get("findings").get(0);
    assertThat(finding.get("ruleId").asText()).isEqualTo("update-without-version-check");
    assertThat(finding.get("location").get("startLine").asInt()).isEqualTo(4);
    assertThat(finding.get("suppression").get("kind").asText()).isEqualTo("comment");
    assertThat(finding.get("suppression").get("reason").asText()).isEqualTo("admin script, run alone");
    assertThat(finding.get("suppression").get("location").get("startLine").asInt()).isEqualTo(2);
    assertThat(report.get("summary").get("findings").asInt()).isZero();
    assertThat(report.get("summary").get("suppressed").asInt()).isEqualTo(1);
    assertThat(CliRun.of("scan", "--fail-on", "low", project.toString()).exitCode()).isZero();
    assertThat(CliRun.of("scan", project.toString()).out()).contains("No findings.", "Not shown: 1 suppressed");
  }

  @Test
  void ciFormatsLeaveSuppressedFindingsOut() throws IOException {
    write("q.sql", SCHEMA + "-- lostguard:ignore update-without-version-check admin script\n" + UNGUARDED
        + "UPDATE doc SET body = ? WHERE id = ?;\n");

    JsonNode sarif = new ObjectMapper().readTree(CliRun.of("scan", "--format", "sarif", project.toString()).out());
    JsonNode gitlab = new ObjectMapper().readTree(CliRun.of("scan", "--format", "gitlab", project.toString()).out());

    assertThat(sarif.get("runs").get(0).get("results")).hasSize(1);
    assertThat(sarif.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation")
        .get("region").get("startLine").asInt()).isEqualTo(4);
    assertThat(gitlab).hasSize(1);
    assertThat(scan().get("findings")).hasSize(2);

    JsonNode all = new ObjectMapper().readTree(
        CliRun.of("scan", "--format", "sarif", "--include-suppressed", project.toString()).out());
    JsonNode results = all.get("runs").get(0).get("results");
    assertThat(results).hasSize(2);
    assertThat(results.findValuesAsText("justification")).containsExactly("admin script");
    assertThat(CliRun.of("scan", "--format", "sarif", "--include-suppressed", project.toString()).exitCode())
        .isEqualTo(4);
  }

  @Test
  void aDirectiveWithoutAReasonSuppressesNothingAndIsReported() throws IOException {
    write("q.sql", SCHEMA + "-- lostguard:ignore update-without-version-check\n" + UNGUARDED);

    assertThat(findings())
        .containsExactlyInAnyOrder("q.sql:3 ineffective-suppression", "q.sql:3 update-without-version-check");
    JsonNode meta = finding(scan(), 3, "ineffective-suppression");
    assertThat(meta.get("message").asText()).contains("gives no reason");
    assertThat(meta.get("relatedLocations").get(0).get("startLine").asInt()).isEqualTo(2);
    assertThat(meta.get("severity").asText()).isEqualTo("low");
    assertThat(CliRun.of("scan", project.toString()).exitCode()).isEqualTo(4);
  }

  @Test
  void aDirectiveNamingAnUnknownRuleOrNoRuleIsReported() throws IOException {
    write("q.sql", SCHEMA + "-- lostguard:ignore update-without-version-chek typo in the id\n" + UNGUARDED
        + "-- lostguard:ignore\n" + "UPDATE doc SET body = ? WHERE id = ?;\n");

    JsonNode report = scan();
    assertThat(findings()).containsExactlyInAnyOrder(
        "q.sql:3 ineffective-suppression", "q.sql:3 update-without-version-check",
        "q.sql:5 ineffective-suppression", "q.sql:5 update-without-version-check");
    assertThat(finding(report, 3, "ineffective-suppression").get("message").asText())
        .contains("unknown rule 'update-without-version-chek'");
    assertThat(finding(report, 5, "ineffective-suppression").get("message").asText()).contains("names no rule");
  }

  @Test
  void aDirectiveWhoseRuleDoesNotFireOnItsLineSuppressesNothingAndIsReported() throws IOException {
    write("q.sql", SCHEMA + "-- lostguard:ignore version-not-incremented wrong rule for this line\n" + UNGUARDED
        + "-- lostguard:ignore update-without-version-check left over after the fix\n"
        + "UPDATE doc SET body = ?, version = version + 1 WHERE id = ? AND version = ?;\n");

    assertThat(findings()).containsExactlyInAnyOrder(
        "q.sql:3 ineffective-suppression", "q.sql:3 update-without-version-check", "q.sql:5 ineffective-suppression");
    assertThat(finding(scan(), 3, "ineffective-suppression").get("message").asText())
        .contains("suppresses nothing: no version-not-incremented finding");
    assertThat(finding(scan(), 5, "ineffective-suppression").get("message").asText())
        .contains("suppresses nothing: no update-without-version-check finding");
  }

  @Test
  void suppressWarningsOnAMethodCoversOnlyThatMethodAndTakesItsReasonFromTheCommentAbove() throws IOException {
    write("schema.sql", SCHEMA);
    write("src/main/java/shop/DocDao.java", dao("""

          // Imports run in the maintenance window; nobody edits documents then.
          @Deprecated
          @SuppressWarnings({"unchecked", "lostguard:update-without-version-check"})
          void importTitle(long id, String title) {
            jdbc.update("UPDATE doc SET title = ? WHERE id = ?", title, id);
          }

          void rename(long id, String title) {
            jdbc.update("UPDATE doc SET title = ? WHERE id = ?", title, id);
          }
        """));

    String dao = "src/main/java/shop/DocDao.java";
    assertThat(findings()).containsExactly(
        dao + ":16 update-without-version-check suppressed", dao + ":20 update-without-version-check");
    JsonNode suppression = scan().get("findings").get(0).get("suppression");
    assertThat(suppression.get("kind").asText()).isEqualTo("annotation");
    assertThat(suppression.get("reason").asText()).isEqualTo("Imports run in the maintenance window; nobody edits documents then.");
    assertThat(suppression.get("location").get("startLine").asInt()).isEqualTo(14);
  }

  @Test
  void aJavaCommentDirectiveCoversACallThatAFormatterMovedBelowItsStatementsFirstLine() throws IOException {
    write("schema.sql", SCHEMA);
    write("src/main/java/shop/DocDao.java", dao("""
          int rename(long id, String title) {
            // lostguard:ignore update-without-version-check titles are last-writer-wins by product decision
            int updated =
                jdbc.update("UPDATE doc SET title = ? WHERE id = ?", title, id);
            return updated;
          }
        """));

    assertThat(findings()).containsExactly("src/main/java/shop/DocDao.java:14 update-without-version-check suppressed");
  }

  @Test
  void suppressWarningsOnAClassCoversEveryMethod() throws IOException {
    write("schema.sql", SCHEMA);
    write("src/main/java/shop/DocDao.java", """
        package shop;

        import org.springframework.jdbc.core.JdbcTemplate;

        // Legacy importer, replaced in 2.0; kept read-only in production.
        @SuppressWarnings("lostguard:update-without-version-check")
        public class DocDao {
          private JdbcTemplate jdbc;

          void a(long id) {
            jdbc.update("UPDATE doc SET title = ? WHERE id = ?", "a", id);
          }

          void b(long id) {
            jdbc.update("UPDATE doc SET body = ? WHERE id = ?", "b", id);
          }
        }
        """);

    assertThat(findings()).hasSize(2).allMatch(f -> f.endsWith(" suppressed"));
    assertThat(CliRun.of("scan", "--fail-on", "low", project.toString()).exitCode()).isZero();
  }

  @Test
  void suppressWarningsWithoutAReasonCommentIsReportedAtTheAnnotation() throws IOException {
    write("schema.sql", SCHEMA);
    write("src/main/java/shop/DocDao.java", dao("""

          /** Javadoc describes the method, it is no reason to accept a risk. */
          @SuppressWarnings("lostguard:update-without-version-check")
          void rename(long id, String title) {
            jdbc.update("UPDATE doc SET title = ? WHERE id = ?", title, id);
          }
        """));

    String dao = "src/main/java/shop/DocDao.java";
    assertThat(findings()).containsExactly(
        dao + ":13 ineffective-suppression", dao + ":15 update-without-version-check");
    assertThat(scan().get("findings").get(0).get("message").asText())
        .contains("@SuppressWarnings(\"lostguard:update-without-version-check\")", "gives no reason");
  }

  @Test
  void suppressionsInTestSourcesAreNotReportedWithoutIncludeTests() throws IOException {
    write("schema.sql", SCHEMA);
    write("src/test/resources/fixture.sql", "-- lostguard:ignore no-such-rule because\n" + UNGUARDED);

    assertThat(findings()).isEmpty();
    assertThat(findings("--include-tests")).containsExactlyInAnyOrder(
        "src/test/resources/fixture.sql:2 ineffective-suppression",
        "src/test/resources/fixture.sql:2 update-without-version-check");
  }

  @Test
  void suppressedFindingsAreLeftOutOfTheBaseline() throws IOException {
    write("q.sql", SCHEMA + "-- lostguard:ignore update-without-version-check admin script\n" + UNGUARDED
        + "UPDATE doc SET body = ? WHERE id = ?;\n");
    Path baseline = project.resolve("baseline.json");

    assertThat(CliRun.of("baseline", "create", "-o", baseline.toString(), project.toString()).exitCode()).isZero();
    JsonNode entries = new ObjectMapper().readTree(Files.readString(baseline)).get("findings");
    assertThat(entries).hasSize(1);
    JsonNode report = scan("--baseline", baseline.toString());
    assertThat(report.get("findings").get(0).has("baseline")).isFalse();
    assertThat(report.get("findings").get(1).get("baseline").asText()).isEqualTo("unchanged");
  }
}
