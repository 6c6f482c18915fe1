package dev.lostguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanExitCodesTest {

  private static final String SCHEMA =
      "CREATE TABLE profile (id BIGINT PRIMARY KEY, name TEXT, email TEXT, version INT NOT NULL);\n";
  private static final String UNGUARDED = "UPDATE profile SET name = ?, email = ? WHERE id = ?;\n";
  private static final String GUARDED =
      "UPDATE profile SET name = ?, version = version + 1 WHERE id = ? AND version = ?;\n";
  private static final String BROKEN = "UPDATE profile SET name = WHERE id = ?;\n";

  @TempDir Path project;

  private Path write(String name, String content) throws IOException {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void cleanProjectExitsZero() throws IOException {
    write("schema.sql", SCHEMA + GUARDED);
    assertThat(CliRun.of("scan", project.toString()).exitCode()).isZero();
  }

  @Test
  void findingsAtOrAboveFailOnExitFour() throws IOException {
    write("schema.sql", SCHEMA + UNGUARDED + GUARDED);
    assertThat(CliRun.of("scan", project.toString()).exitCode()).isEqualTo(4);
    assertThat(CliRun.of("scan", "--fail-on", "high", project.toString()).exitCode()).isEqualTo(4);
    assertThat(CliRun.of("scan", "--fail-on", "none", project.toString()).exitCode()).isZero();
  }

  @Test
  void findingsBelowFailOnExitZero() throws IOException {
    // A table with no known version: unversioned-table-update, severity medium.
    write("q.sql", "CREATE TABLE note (id INT PRIMARY KEY, body TEXT);\nUPDATE note SET body = ? WHERE id = ?;\n");
    assertThat(CliRun.of("scan", "--fail-on", "high", project.toString()).exitCode()).isZero();
    assertThat(CliRun.of("scan", "--fail-on", "medium", project.toString()).exitCode()).isEqualTo(4);
  }

  @Test
  void incompleteAnalysisExitsFiveOnlyWhenStrict() throws IOException {
    write("schema.sql", SCHEMA + GUARDED + BROKEN);
    assertThat(CliRun.of("scan", project.toString()).exitCode()).isZero();
    assertThat(CliRun.of("scan", "--strict", project.toString()).exitCode()).isEqualTo(5);
  }

  @Test
  void incompleteOutranksFindings() throws IOException {
    write("schema.sql", SCHEMA + UNGUARDED + GUARDED + BROKEN);
    assertThat(CliRun.of("scan", "--strict", project.toString()).exitCode()).isEqualTo(5);
    assertThat(CliRun.of("scan", project.toString()).exitCode()).isEqualTo(4);
  }

  @Test
  void unwritableOutputIsAnInternalErrorWithExitOne() throws IOException {
    write("schema.sql", SCHEMA + GUARDED);
    Path blocker = write("blocker", "a file, not a directory");
    CliRun run = CliRun.of("scan", "--output", blocker.resolve("report.json").toString(), project.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("internal error");
  }

  @Test
  void usageErrorOutranksEverything() throws IOException {
    write("schema.sql", SCHEMA + UNGUARDED + GUARDED + BROKEN);
    assertThat(CliRun.of("scan", "--strict", "--bogus", project.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void jsonGoesToStdoutOrAtomicallyToAFile() throws IOException {
    write("schema.sql", SCHEMA + UNGUARDED + GUARDED);
    CliRun toStdout = CliRun.of("scan", "--format", "json", project.toString());
    JsonNode json = new ObjectMapper().readTree(toStdout.out());
    assertThat(json.get("findings").get(0).get("ruleId").asText()).isEqualTo("update-without-version-check");
    assertThat(json.get("findings").get(0).get("location").get("path").asText()).isEqualTo("schema.sql");

    Path output = project.resolve("out/report.json");
    CliRun toFile = CliRun.of("scan", "--format", "json", "--output", output.toString(), project.toString());
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(output)).isEqualTo(toStdout.out());
    try (var leftovers = Files.list(output.getParent())) {
      assertThat(leftovers).containsExactly(output);
    }
  }

  @Test
  void textReportShowsFindingSourceLineFixAndInventory() throws IOException {
    write("schema.sql", SCHEMA + UNGUARDED + GUARDED);
    CliRun run = CliRun.of("scan", "--color", "never", project.toString());
    assertThat(run.out())
        .contains("schema.sql:2:1: high [update-without-version-check]")
        .contains("UPDATE profile SET name = ?, email = ? WHERE id = ?;")
        .contains("fix:")
        .contains("profile");
    assertThat(run.out()).doesNotContain("\u001b[");
  }

  @Test
  void colorFollowsTheFlagAndNoColor() throws IOException {
    write("schema.sql", SCHEMA + UNGUARDED + GUARDED);
    assertThat(CliRun.of("scan", "--color", "always", project.toString()).out()).contains("\u001b[");
    assertThat(CliRun.withEnvironment(Map.of("NO_COLOR", "1"), "scan", project.toString()).out())
        .doesNotContain("\u001b[");
  }

  @Test
  void quietPrintsFindingsOnly() throws IOException {
    write("schema.sql", SCHEMA + UNGUARDED + GUARDED);
    String quiet = CliRun.of("scan", "--quiet", "--color", "never", project.toString()).out();
    String full = CliRun.of("scan", "--color", "never", project.toString()).out();
    assertThat(quiet).contains("[update-without-version-check]");
    assertThat(quiet.length()).isLessThan(full.length());
  }

  @Test
  void statsGoToStandardError() throws IOException {
    write("schema.sql", SCHEMA + GUARDED);
    CliRun run = CliRun.of("scan", "--stats", "--format", "json", project.toString());
    assertThat(run.err()).contains("peak heap:", "time parse");
    assertThat(run.out()).doesNotContain("peak heap");
  }
}
