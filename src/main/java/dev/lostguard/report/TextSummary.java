package dev.lostguard.report;

import dev.lostguard.model.BaselineEntry;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.Report;
import dev.lostguard.model.Severity;
import dev.lostguard.model.Summary;
import dev.lostguard.model.TableSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The part of the text format after the findings: counts, processing errors and table inventory. */
final class TextSummary {

  private static final String INDENT = "  ";

  private final SeverityStyle style;

  TextSummary(SeverityStyle style) {
    this.style = style;
  }

  List<String> lines(Report report) {
    Summary summary = report.summary();
    List<String> lines = new ArrayList<>();
    List<String> notParsed = new ArrayList<>();
    if (summary.testSourcesNotParsed() > 0) {
      notParsed.add(summary.testSourcesNotParsed()
          + (summary.testSourcesNotParsed() == 1 ? " test source" : " test sources")
          + " not parsed; --include-tests parses them");
    }
    if (summary.generatedCriteriaNotParsed() > 0) {
      notParsed.add(summary.generatedCriteriaNotParsed()
          + (summary.generatedCriteriaNotParsed() == 1 ? " generated criteria class" : " generated criteria classes")
          + " not parsed");
    }
    if (summary.generatedClientsNotParsed() > 0) {
      notParsed.add(summary.generatedClientsNotParsed()
          + (summary.generatedClientsNotParsed() == 1 ? " generated API client source" : " generated API client sources")
          + " not parsed");
    }
    lines.add("Files: " + summary.files() + " read, " + summary.filesSkipped() + " skipped"
        + (notParsed.isEmpty() ? "" : " (" + String.join("; ", notParsed) + ")"));
    lines.add("Statements: " + summary.statements() + ", " + summary.statementsUnparsed() + " unparsed"
        + (summary.statementsUnresolved() > 0 ? ", " + summary.statementsUnresolved() + " unresolved" : ""));
    if (summary.statementsSetAside() > 0) {
      lines.add("Set aside: " + summary.statementsSetAside() + " statements no project code runs (generated or uncalled)");
    }
    if (summary.writesWithoutEntryPoint() > 0) {
      lines.add("Not reported: " + summary.writesWithoutEntryPoint() + (summary.writesWithoutEntryPoint() == 1
          ? " flagged write no entry point reaches" : " flagged writes no entry point reaches")
          + " (--include-unreached reports them)");
    }
    if (summary.callsUnresolved() > 0) {
      lines.add("Calls: " + summary.callsUnresolved() + " unresolved (paths through them are not seen)");
    }
    lines.add("Findings: " + summary.findings() + " (" + severityCounts(summary) + ")");
    lines.addAll(indented(ruleCounts(summary)));
    lines.addAll(accepted(report));
    lines.add("Processing errors: " + report.errors().size());
    for (ProcessingError error : report.errors()) {
      lines.add(INDENT + error(error));
    }
    lines.add("Tables: " + report.tables().size());
    if (!report.tables().isEmpty()) {
      lines.addAll(indented(inventory(report.tables())));
    }
    return lines;
  }

  private String severityCounts(Summary summary) {
    StringJoiner counts = new StringJoiner(", ");
    for (Map.Entry<Severity, Integer> count : SummaryCounts.bySeverity(summary).entrySet()) {
      counts.add(count.getValue() + " " + style.label(count.getKey()));
    }
    return counts.toString();
  }

  private static List<String> ruleCounts(Summary summary) {
    List<List<String>> rows = new ArrayList<>();
    SummaryCounts.byRule(summary).forEach((rule, count) -> rows.add(List.of(rule, String.valueOf(count))));
    return Columns.align(rows, false, true);
  }

  /** Findings not shown because they are accepted, and baseline entries nothing matched; nothing when none. */
  private static List<String> accepted(Report report) {
    List<String> lines = new ArrayList<>();
    int suppressed = SummaryCounts.suppressed(report);
    int baselined = SummaryCounts.baselined(report);
    if (suppressed > 0 || baselined > 0) {
      lines.add("Not shown: " + suppressed + " suppressed in source, " + baselined + " in the baseline");
    }
    if (!report.staleBaseline().isEmpty()) {
      lines.add("Stale baseline entries: " + report.staleBaseline().size()
          + " (no longer found; --update-baseline prunes them)");
      List<List<String>> rows = new ArrayList<>();
      for (BaselineEntry entry : report.staleBaseline()) {
        String times = entry.count() > 1 ? " x" + entry.count() : "";
        rows.add(List.of(entry.path(), entry.ruleId(), entry.fingerprint() + times));
      }
      lines.addAll(indented(Columns.align(rows, false, false, false)));
    }
    return lines;
  }

  private static String error(ProcessingError error) {
    String where = error.line() == null ? error.path() : error.path() + ":" + error.line();
    String rule = error.rule() == null ? "" : " (rule " + error.rule() + ")";
    return where + ": error [" + error.kind().label() + "] " + error.message() + rule;
  }

  private static List<String> inventory(List<TableSummary> tables) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("table", "version column", "source", "writes", "guarded"));
    for (TableSummary table : tables) {
      String source = table.versionSource().label();
      rows.add(
          List.of(
              table.name(),
              table.versionColumn() == null ? source : table.versionColumn(),
              source,
              String.valueOf(table.writeSites()),
              String.valueOf(table.guardedWriteSites())));
    }
    List<String> lines = new ArrayList<>(Columns.align(rows, false, false, false, true, true));
    for (TableSummary table : tables) {
      for (String note : table.notes()) {
        lines.add("note: " + table.name() + ": " + note);
      }
    }
    return lines;
  }

  private static List<String> indented(List<String> lines) {
    return lines.stream().map(line -> INDENT + line).toList();
  }
}
