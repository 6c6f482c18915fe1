package dev.lostguard.report;

import dev.lostguard.model.EntryChain;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Location;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The human format, compiler style: one block per finding, most severe first, then a summary with
 * counts, processing errors and the table inventory. With color on, only severity labels change.
 */
public final class TextReporter implements Reporter {

  private static final String DETAIL = "    ";

  /**
   * @param color wrap severity labels in ANSI colors; off means no escape code at all
   * @param quiet print the findings only, no summary
   */
  public record Options(boolean color, boolean quiet) {

    /** No color, with summary: the form for files, pipes and tests. */
    public static final Options PLAIN = new Options(false, false);
  }

  private final Options options;
  private final SeverityStyle style;

  public TextReporter(Options options) {
    this.options = options;
    this.style = options.color() ? SeverityStyle.ANSI : SeverityStyle.PLAIN;
  }

  public TextReporter() {
    this(Options.PLAIN);
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (String line : lines(report)) {
      // Messages and snippets come from user input; the format promises no trailing spaces.
      out.write(line.stripTrailing());
      out.write('\n');
    }
    out.flush();
  }

  private List<String> lines(Report report) {
    List<String> lines = new ArrayList<>();
    // Suppressed and baselined findings are accepted: the summary counts them, JSON lists them.
    List<Finding> findings = report.findings().stream().filter(Finding::open).sorted(Finding.BY_SEVERITY).toList();
    if (findings.isEmpty()) {
      lines.add("No findings.");
    }
    for (Finding finding : findings) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      lines.addAll(finding(finding));
    }
    if (!options.quiet()) {
      lines.add("");
      lines.addAll(new TextSummary(style).lines(report));
    }
    return lines;
  }

  private List<String> finding(Finding finding) {
    Location at = finding.location();
    List<String> lines = new ArrayList<>();
    lines.add(
        at.path() + ":" + at.startLine() + ":" + at.startColumn() + ": "
            + style.label(finding.severity()) + " [" + finding.ruleId() + "] " + finding.message());
    if (finding.snippet() != null) {
      finding.snippet().lines().filter(line -> !line.isBlank()).forEach(line -> lines.add(DETAIL + line));
    }
    if (finding.remediation() != null) {
      lines.add(DETAIL + "fix: " + finding.remediation());
    }
    for (RelatedLocation related : finding.relatedLocations()) {
      lines.add(DETAIL + "see " + related.path() + ":" + related.startLine() + ": " + related.message());
    }
    for (EntryChain chain : finding.entryPoints()) {
      lines.add(DETAIL + "path: " + String.join(" -> ", chain.labels()));
    }
    if (finding.pathKind() != null) {
      lines.add(DETAIL + "path kind: " + finding.pathKind().label());
    }
    if (!finding.signals().isEmpty()) {
      lines.add(DETAIL + "signals: " + String.join(", ", finding.signals()));
    }
    return lines;
  }
}
