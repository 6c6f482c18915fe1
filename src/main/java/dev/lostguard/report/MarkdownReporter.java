package dev.lostguard.report;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import dev.lostguard.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A compact summary for pull request comments and {@code $GITHUB_STEP_SUMMARY}: counts by severity,
 * then a table of the open findings, most severe first, capped at {@value #MAX_ROWS} rows, how many
 * suppressed or baselined findings it leaves out, then the number of inputs that could not be analysed.
 */
public final class MarkdownReporter implements Reporter {

  static final int MAX_ROWS = 50;
  static final int MAX_MESSAGE = 200;

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (String line : lines(report)) {
      out.write(line);
      out.write('\n');
    }
    out.flush();
  }

  private static List<String> lines(Report report) {
    List<String> lines = new ArrayList<>();
    List<Finding> open = report.findings().stream().filter(Finding::open).toList();
    int total = open.size();
    lines.add("## lostguard: " + (total == 0 ? "no lost-update risks found" : count(total, "finding")));
    lines.add("");
    Map<Severity, Integer> bySeverity = SummaryCounts.bySeverity(report.summary());
    lines.add("| " + String.join(" | ", bySeverity.keySet().stream().map(Severity::label).toList()) + " |");
    lines.add("|" + "---:|".repeat(bySeverity.size()));
    lines.add("| " + String.join(" | ", bySeverity.values().stream().map(String::valueOf).toList()) + " |");
    if (total > 0) {
      lines.add("");
      lines.add("| severity | rule | location | table | finding |");
      lines.add("|---|---|---|---|---|");
      List<Finding> shown = open.stream().sorted(Finding.BY_SEVERITY).limit(MAX_ROWS).toList();
      shown.forEach(finding -> lines.add(row(finding)));
      if (total > shown.size()) {
        lines.add("");
        lines.add("… and " + count(total - shown.size(), "more finding") + " (see the full report).");
      }
    }
    int suppressed = SummaryCounts.suppressed(report);
    int baselined = SummaryCounts.baselined(report);
    if (suppressed > 0 || baselined > 0) {
      lines.add("");
      lines.add("Not shown: " + suppressed + " suppressed in source, " + baselined + " accepted by the baseline.");
    }
    int errors = report.errors().size();
    if (errors > 0) {
      lines.add("");
      lines.add("**" + count(errors, "input") + " could not be analysed** (see the report's errors).");
    }
    return lines;
  }

  private static String row(Finding finding) {
    String location = finding.location().path() + ":" + finding.location().startLine();
    return "| " + finding.severity().label()
        + " | `" + finding.ruleId() + "`"
        + " | `" + code(location) + "`"
        + " | " + (finding.table() == null ? "" : cell(finding.table()))
        + " | " + cell(shortened(finding.message())) + " |";
  }

  private static String shortened(String message) {
    if (message.length() <= MAX_MESSAGE) {
      return message;
    }
    String cut = message.substring(0, MAX_MESSAGE - 1).stripTrailing();
    // A cut inside a code span would leave it open to the end of the cell.
    boolean openSpan = cut.chars().filter(c -> c == '`').count() % 2 == 1;
    return cut + (openSpan ? "`" : "") + "…";
  }

  /** Table cell text: one line, no column break, no HTML tag. */
  private static String cell(String text) {
    return text.replaceAll("\\s+", " ").replace("|", "\\|").replace("<", "&lt;");
  }

  /** Text inside backticks: one line; a backtick or a bar could end the span or the cell. */
  private static String code(String text) {
    return text.replaceAll("\\s+", " ").replace("`", "'").replace("|", "\\|");
  }

  private static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
