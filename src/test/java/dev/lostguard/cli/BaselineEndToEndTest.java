package dev.lostguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines end to end through {@code Cli.run}, on a copy of the baseline-and-suppressions sample. */
class BaselineEndToEndTest {

  private static final Path SAMPLE = Path.of("samples/ci-baseline-suppressions");
  private static final String DAO = "src/main/java/com/tidewater/helpdesk/TicketDao.java";
  private static final String SCRIPT = "queries/canned-replies.sql";

  @TempDir Path work;
  private Path app;
  private Path baseline;

  @BeforeEach
  void copySampleAndCreateBaseline() throws IOException {
    app = work.resolve("app");
    try (Stream<Path> files = Files.walk(SAMPLE)) {
      for (Path file : files.toList()) {
        Path target = app.resolve(SAMPLE.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    baseline = work.resolve("lostguard-baseline.json");
    CliRun created = CliRun.of("baseline", "create", "--output", baseline.toString(), app.toString());
    assertThat(created.exitCode()).as(created.err()).isZero();
  }

  private JsonNode scan(String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("scan", "--format", "json"));
    args.addAll(List.of(options));
    args.add(app.toString());
    return new ObjectMapper().readTree(CliRun.of(args.toArray(String[]::new)).out());
  }

  private int exitCode(String... options) {
    List<String> args = new ArrayList<>(List.of("scan", "--fail-on", "low"));
    args.addAll(List.of(options));
    args.add(app.toString());
    return CliRun.of(args.toArray(String[]::new)).exitCode();
  }

  private static List<String> newFindings(JsonNode report) {
    List<String> found = new ArrayList<>();
    report.get("findings").forEach(f -> {
      if ("new".equals(f.path("baseline").asText())) {
        found.add(f.get("location").get("path").asText() + ":" + f.get("location").get("startLine").asInt() + " "
            + f.get("ruleId").asText());
      }
    });
    return found;
  }

  private void edit(String path, String from, String to) {
    try {
      Path file = app.resolve(path);
      String text = Files.readString(file);
      assertThat(text).contains(from);
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of the first line of {@code path} that contains {@code text}. */
  private int lineOf(String path, String text) throws IOException {
    List<String> lines = Files.readAllLines(app.resolve(path));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + path);
  }

  private static final String NEW_METHOD_ANCHOR = "  /** A misspelt rule id suppresses nothing either. */";

  private void addMethod(String body) {
    edit(DAO, NEW_METHOD_ANCHOR, body + "\n" + NEW_METHOD_ANCHOR);
  }

  @Test
  void writesASortedVersionedFileWithRelativePathsAndNoSuppressedFindings() throws IOException {
    JsonNode file = new ObjectMapper().readTree(Files.readString(baseline));
    JsonNode report = scan();

    assertThat(file.get("version").asInt()).isEqualTo(1);
    assertThat(file.get("tool").asText()).isEqualTo("lostguard");
    List<String> order = new ArrayList<>();
    file.get("findings").forEach(e -> {
      assertThat(e.get("path").asText()).doesNotStartWith("/").doesNotContain("\\").doesNotContain(work.toString());
      order.add(e.get("path").asText() + " " + e.get("ruleId").asText() + " " + e.get("fingerprint").asText());
    });
    assertThat(order).isSorted().hasSize(report.get("summary").get("findings").asInt());
    assertThat(file.get("findings").findValuesAsText("fingerprint"))
        .doesNotContainAnyElementsOf(suppressedFingerprints(report));
  }

  @Test
  void theNextScanPassesWithEveryFindingUnchanged() throws IOException {
    assertThat(exitCode()).isEqualTo(4);
    assertThat(exitCode("--baseline", baseline.toString())).isZero();

    JsonNode report = scan("--baseline", baseline.toString());
    assertThat(report.get("summary").get("findings").asInt()).isZero();
    assertThat(report.get("summary").get("baselined").asInt()).isEqualTo(5);
    assertThat(report.get("summary").get("staleBaselineEntries").asInt()).isZero();
    assertThat(newFindings(report)).isEmpty();
  }

  @Test
  void oneNewRiskFailsWithExactlyThatFindingNew() throws IOException {
    addMethod("""
          public void rename(long id, String title) {
            jdbc.update("UPDATE ticket SET title = ? WHERE id = ?", title, id);
          }
        """);

    assertThat(exitCode("--baseline", baseline.toString())).isEqualTo(4);
    JsonNode report = scan("--baseline", baseline.toString());
    assertThat(newFindings(report))
        .containsExactly(DAO + ":" + lineOf(DAO, "SET title = ? WHERE id = ?") + " update-without-version-check");
    assertThat(report.get("summary").get("findings").asInt()).isEqualTo(1);
    assertThat(report.get("summary").get("baselined").asInt()).isEqualTo(5);
  }

  @Test
  void textShowsOnlyTheNewFindingAndSaysHowManyWereBaselined() {
    addMethod("""
          public void rename(long id, String title) {
            jdbc.update("UPDATE ticket SET title = ? WHERE id = ?", title, id);
          }
        """);

    CliRun run = CliRun.of("scan", "--baseline", baseline.toString(), app.toString());
    assertThat(run.out())
        .contains("(sets title) has no `version = ?`", "Not shown: 3 suppressed in source, 5 in the baseline")
        .doesNotContain("(sets priority)", "[ineffective-suppression]");
  }

  @Test
  void insertedLinesAndReformattingKeepFindingsBaselined() throws IOException {
    edit(DAO, "package com.tidewater.helpdesk;", "// Copyright Tidewater\n\npackage com.tidewater.helpdesk;\n\n");
    edit(DAO, "  /** A directive without", "  // moved down\n\n\n  /** A directive without");
    edit(DAO, "jdbc.update(\"UPDATE ticket SET priority = ? WHERE id = ?\", priority, id);",
        "jdbc.update(\n        \"update ticket\\n   set priority = ?\\n where id = ?\",\n        priority,\n        id);");
    edit(SCRIPT, "-- The directive below", "SELECT 1;\n\n-- The directive below");

    JsonNode report = scan("--baseline", baseline.toString());
    assertThat(newFindings(report)).isEmpty();
    assertThat(report.get("staleBaselineEntries")).isEmpty();
    assertThat(exitCode("--baseline", baseline.toString())).isZero();
  }

  @Test
  void aSecondIdenticalRiskIsNew() throws IOException {
    addMethod("""
          public void escalate(long id, String level) {
            jdbc.update("UPDATE ticket SET priority = ? WHERE id = ?", level, id);
          }
        """);

    JsonNode report = scan("--baseline", baseline.toString());
    assertThat(newFindings(report))
        .containsExactly(DAO + ":" + lineOf(DAO, "level, id") + " update-without-version-check");
    assertThat(exitCode("--baseline", baseline.toString())).isEqualTo(4);
  }

  @Test
  void fixedFindingsAreReportedStaleAndPrunedByUpdateBaseline() throws IOException {
    edit(DAO, "jdbc.update(\"UPDATE ticket SET status = 'OPEN', due_at = NULL WHERE id = ?\", id);",
        "if (jdbc.update(\"UPDATE ticket SET status = 'OPEN', version = version + 1 WHERE id = ? AND version = ?\","
            + " id, 0) == 0) { throw new TicketConflictException(id, 0); }");

    JsonNode report = scan("--baseline", baseline.toString());
    assertThat(report.get("summary").get("staleBaselineEntries").asInt()).isEqualTo(1);
    JsonNode stale = report.get("staleBaselineEntries").get(0);
    assertThat(stale.get("ruleId").asText()).isEqualTo("update-without-version-check");
    assertThat(stale.get("path").asText()).isEqualTo(DAO);
    assertThat(stale.get("count").asInt()).isEqualTo(1);
    assertThat(CliRun.of("scan", "--baseline", baseline.toString(), app.toString()).out())
        .contains("Stale baseline entries: 1", stale.get("fingerprint").asText());

    assertThat(exitCode("--baseline", baseline.toString(), "--update-baseline", baseline.toString())).isZero();
    assertThat(Files.readString(baseline)).doesNotContain(stale.get("fingerprint").asText());
    assertThat(scan("--baseline", baseline.toString()).get("staleBaselineEntries")).isEmpty();
  }

  @Test
  void updateBaselinePrunesButNeverAcceptsNewFindings() throws IOException {
    addMethod("""
          public void rename(long id, String title) {
            jdbc.update("UPDATE ticket SET title = ? WHERE id = ?", title, id);
          }
        """);
    Path updated = work.resolve("updated.json");

    assertThat(exitCode("--baseline", baseline.toString(), "--update-baseline", updated.toString())).isEqualTo(4);
    assertThat(Files.readString(updated)).isEqualTo(Files.readString(baseline));

    Path fresh = work.resolve("fresh.json");
    assertThat(exitCode("--update-baseline", fresh.toString())).isEqualTo(4);
    assertThat(new ObjectMapper().readTree(Files.readString(fresh)).get("findings")).hasSize(6);
  }

  @Test
  void theSameProjectGivesTheSameBaselineBytes() throws IOException {
    Path again = work.resolve("again.json");
    assertThat(CliRun.of("baseline", "create", "-o", again.toString(), "--threads", "1", app.toString()).exitCode())
        .isZero();
    assertThat(Files.readString(again)).isEqualTo(Files.readString(baseline));
  }

  @Test
  void baselineCreatePassesScanOptionsOn() throws IOException {
    Path withoutQueries = work.resolve("no-queries.json");
    CliRun run = CliRun.of("baseline", "create", "--exclude", "queries/**", "-o", withoutQueries.toString(),
        app.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("wrote 4 baseline entries");
    assertThat(Files.readString(withoutQueries)).doesNotContain("queries/");
    assertThat(CliRun.of("baseline", "create", "-o", withoutQueries.toString(), "--threads", "0", app.toString())
        .exitCode()).isEqualTo(2);
    assertThat(CliRun.of("baseline", "create", app.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void aMissingOrMalformedBaselineIsAUsageErrorWithAOneLineReason() throws IOException {
    Path broken = work.resolve("broken.json");
    Files.writeString(broken, "{\"version\": 1, \"tool\": \"lostguard\", \"findings\": [");
    Path future = work.resolve("future.json");
    Files.writeString(future, "{\"version\": 2, \"tool\": \"lostguard\", \"findings\": []}");
    Path extra = work.resolve("extra.json");
    Files.writeString(extra,
        "{\"version\": 1, \"tool\": \"lostguard\", \"findings\": [{\"fingerprint\": \"0123456789abcdef\","
            + " \"ruleId\": \"x\", \"path\": \"a.sql\", \"count\": 1, \"line\": 3}]}");

    assertUsageError("--baseline", work.resolve("missing.json").toString(), "baseline file not found");
    assertUsageError("--baseline", broken.toString(), "not valid JSON");
    assertUsageError("--baseline", future.toString(), "$.version: expected 1, found 2");
    assertUsageError("--baseline", extra.toString(), "$.findings[0]: unknown field \"line\"");
  }

  private void assertUsageError(String option, String file, String reason) {
    CliRun run = CliRun.of("scan", option, file, app.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().findFirst().orElseThrow()).startsWith("lostguard: ").contains(reason);
    assertThat(run.out()).isEmpty();
  }

  private static List<String> suppressedFingerprints(JsonNode report) {
    List<String> prints = new ArrayList<>();
    report.get("findings").forEach(f -> {
      if (f.has("suppression")) {
        prints.add(f.get("fingerprint").asText());
      }
    });
    assertThat(prints).isNotEmpty();
    return prints;
  }
}
