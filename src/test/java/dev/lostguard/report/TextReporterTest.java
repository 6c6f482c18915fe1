package dev.lostguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Report;
import dev.lostguard.model.Summary;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReporterTest {

  private static final String ESC = "\u001B";

  private static String text(Report report, TextReporter.Options options) throws IOException {
    StringWriter out = new StringWriter();
    new TextReporter(options).write(report, out);
    return out.toString();
  }

  @Test
  void printsFindingsMostSevereFirstThenTheSummary() throws IOException {
    assertThat(text(ExampleReports.small(), TextReporter.Options.PLAIN))
        .isEqualTo(
            """
            src/OrderDao.java:40:9: high [rowcount-ignored] the row count of a guarded UPDATE is ignored

            db/orders.sql:12:1: medium [update-without-version-check] UPDATE orders has no version predicate
                UPDATE orders SET status = ? WHERE id = ?
                fix: add AND version = ? and SET version = version + 1
                see db/schema.sql:3: orders.version declared here
                signals: mixed-guarding

            db/orders.sql:20:1: info [timestamp-as-version] orders.updated_at is compared like a version

            Files: 3 read, 1 skipped
            Statements: 12, 1 unparsed
            Findings: 3 (1 high, 1 medium, 0 low, 1 info)
              rowcount-ignored              1
              timestamp-as-version          1
              update-without-version-check  1
            Processing errors: 3
              db/broken.sql:7: error [parse-sql] unexpected token SETT
              db/orders.sql:12: error [rule-crash] NullPointerException (rule upsert-without-guard)
              src/Huge.java: error [size] larger than 1 MiB
            Tables: 3
              table      version column  source   writes  guarded
              audit_log  unknown         unknown       1        0
              orders     version         ddl           3        1
              users      none            none          2        0
            """);
  }

  @Test
  void hidesSuppressedAndBaselinedFindingsAndCountsThemWithTheStaleEntries() throws IOException {
    String text = text(ExampleReports.accepted(), TextReporter.Options.PLAIN);

    assertThat(text)
        .startsWith("src/OrderDao.java:40:9: high [rowcount-ignored]")
        .doesNotContain("[update-without-version-check]", "[timestamp-as-version]")
        .contains(
            "Findings: 1 (1 high, 0 medium, 0 low, 0 info)\n"
                + "  rowcount-ignored  1\n"
                + "Not shown: 1 suppressed in source, 1 in the baseline\n"
                + "Stale baseline entries: 1 (no longer found; --update-baseline prunes them)\n"
                + "  db/gone.sql  update-without-version-check  0a0b0c0d0e0f0a0b\n");
  }

  @Test
  void saysNoFindingsWhenThereAreNone() throws IOException {
    assertThat(text(ExampleReports.empty(), TextReporter.Options.PLAIN))
        .isEqualTo(
            """
            No findings.

            Files: 0 read, 0 skipped
            Statements: 0, 0 unparsed
            Findings: 0 (0 high, 0 medium, 0 low, 0 info)
            Processing errors: 0
            Tables: 0
            """);
  }

  @Test
  void saysWhichJavaSourcesWereReadButNotParsed() throws IOException {
    Summary counts = new Summary(5, 0, 1, 76, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of());
    Report report = new Report("lostguard", "0.1.0", counts, List.of(), List.of(), List.of(), List.of());

    assertThat(text(report, TextReporter.Options.PLAIN))
        .contains("Files: 5 read, 0 skipped (1 test source not parsed; --include-tests parses them;"
            + " 76 generated criteria classes not parsed)\n");
  }

  @Test
  void quietPrintsFindingsWithoutSummary() throws IOException {
    String quiet = text(ExampleReports.small(), new TextReporter.Options(false, true));

    assertThat(quiet)
        .startsWith("src/OrderDao.java:40:9: high [rowcount-ignored]")
        .endsWith("db/orders.sql:20:1: info [timestamp-as-version] orders.updated_at is compared like a version\n")
        .doesNotContain("Files:", "Processing errors", "Tables:");
    assertThat(text(ExampleReports.empty(), new TextReporter.Options(false, true))).isEqualTo("No findings.\n");
  }

  @Test
  void ordersBySeverityThenPathAndLine() throws IOException {
    Report report =
        ExampleReports.withFindings(
            ExampleReports.infoNote(), ExampleReports.unguardedUpdate(), ExampleReports.ignoredRowcount());

    assertThat(text(report, new TextReporter.Options(false, true)).lines().filter(l -> !l.startsWith(" ")))
        .filteredOn(l -> !l.isEmpty())
        .extracting(l -> l.substring(0, l.indexOf(" [")))
        .containsExactly("src/OrderDao.java:40:9: high", "db/orders.sql:12:1: medium", "db/orders.sql:20:1: info");
  }

  @Test
  void colorsOnlyTheSeverityLabelsWhenColorIsOn() throws IOException {
    String colored = text(ExampleReports.small(), new TextReporter.Options(true, false));

    assertThat(colored)
        .contains(
            "src/OrderDao.java:40:9: " + ESC + "[1;31mhigh" + ESC + "[0m [rowcount-ignored]",
            ESC + "[33mmedium" + ESC + "[0m",
            ESC + "[2minfo" + ESC + "[0m",
            "1 " + ESC + "[1;31mhigh" + ESC + "[0m, 1 " + ESC + "[33mmedium" + ESC + "[0m, 0 " + ESC + "[36mlow" + ESC + "[0m");
    assertThat(colored.replaceAll(ESC + "\\[[0-9;]*m", ""))
        .isEqualTo(text(ExampleReports.small(), TextReporter.Options.PLAIN));
  }

  @Test
  void writesNoEscapeCodesWhenColorIsOff() throws IOException {
    assertThat(text(ExampleReports.small(), TextReporter.Options.PLAIN)).doesNotContain(ESC);
    StringWriter byDefault = new StringWriter();
    new TextReporter().write(ExampleReports.small(), byDefault);
    assertThat(byDefault.toString()).doesNotContain(ESC);
  }

  @Test
  void leavesNoTrailingSpaceOnAnyLine() throws IOException {
    String text = text(ExampleReports.small(), TextReporter.Options.PLAIN);

    assertThat(text.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
    assertThat(text).doesNotContain("\r").endsWith("\n");
  }
}
