package dev.lostguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Location;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest {

  private static String markdown(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new MarkdownReporter().write(report, out);
    return out.toString();
  }

  private static Finding at(int line, String message) {
    return ExampleReports.unguardedUpdate(message, new Location("db/orders.sql", line, 1, line, 2));
  }

  @Test
  void summarisesCountsFindingsMostSevereFirstAndErrors() throws IOException {
    String markdown = markdown(ExampleReports.small());

    assertThat(markdown)
        .startsWith("## lostguard: 3 findings\n")
        .contains("| high | medium | low | info |\n|---:|---:|---:|---:|\n| 1 | 1 | 0 | 1 |\n")
        .contains("| severity | rule | location | table | finding |")
        .contains("**3 inputs could not be analysed**");
    assertThat(markdown.indexOf("| high | `rowcount-ignored` | `src/OrderDao.java:40` |  |"))
        .isPositive()
        .isLessThan(markdown.indexOf("| medium | `update-without-version-check` | `db/orders.sql:12` | orders |"));
  }

  @Test
  void capsTheTableAndSaysHowManyMore() throws IOException {
    List<Finding> findings = new ArrayList<>();
    for (int line = 1; line <= MarkdownReporter.MAX_ROWS + 7; line++) {
      findings.add(at(line, "finding " + line));
    }

    String markdown = markdown(ExampleReports.withFindings(findings.toArray(Finding[]::new)));

    assertThat(markdown.lines().filter(line -> line.startsWith("| medium |"))).hasSize(MarkdownReporter.MAX_ROWS);
    assertThat(markdown).contains("… and 7 more findings (see the full report).");
  }

  @Test
  void keepsEachFindingInItsCellAndShortensLongMessages() throws IOException {
    String message = "SET a = b | c <script>\nnext line " + "x".repeat(300);

    String row = markdown(ExampleReports.withFindings(at(3, message))).lines()
        .filter(line -> line.startsWith("| medium |"))
        .findFirst()
        .orElseThrow();

    assertThat(row).contains("SET a = b \\| c &lt;script> next line").endsWith("… |");
    assertThat(row.length()).isLessThan(MarkdownReporter.MAX_MESSAGE + 100);
  }

  @Test
  void closesACodeSpanThatTheShorteningCut() throws IOException {
    String message = "x".repeat(MarkdownReporter.MAX_MESSAGE - 10) + " `version = ? and more` " + "y".repeat(50);

    String markdown = markdown(ExampleReports.withFindings(at(3, message)));

    assertThat(markdown).contains(" `version`…");
  }

  @Test
  void aCleanScanSaysSo() throws IOException {
    assertThat(markdown(ExampleReports.empty()))
        .startsWith("## lostguard: no lost-update risks found\n")
        .doesNotContain("| severity |");
  }

  @Test
  void listsOnlyOpenFindingsAndSaysHowManyItLeavesOut() throws IOException {
    String markdown = markdown(ExampleReports.accepted());

    assertThat(markdown)
        .startsWith("## lostguard: 1 finding\n")
        .contains("`rowcount-ignored`")
        .doesNotContain("`update-without-version-check`", "`timestamp-as-version`")
        .contains("Not shown: 1 suppressed in source, 1 accepted by the baseline.");
  }
}
