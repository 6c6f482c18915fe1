package dev.lostguard.report;

import dev.lostguard.model.Finding;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.Report;
import dev.lostguard.model.Severity;
import dev.lostguard.rules.RuleCatalog;
import dev.lostguard.rules.RuleMetadata;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML for CI servers that show test results (Jenkins, GitLab, Azure): one test case per rule of
 * the catalog, passing when the rule found nothing and failing with one {@code <failure>} that lists
 * each finding otherwise, plus one test case {@value #ERRORS_CASE} that carries an {@code <error>}
 * when some input could not be analysed. Every finding counts, whatever {@code --fail-on} says.
 */
public final class JUnitXmlReporter implements Reporter {

  static final String SUITE = "lostguard";
  static final String ERRORS_CASE = "processing-errors";

  private final RuleCatalog catalog;

  public JUnitXmlReporter(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    Map<String, List<Finding>> byRule = new TreeMap<>();
    for (RuleMetadata rule : catalog.entries()) {
      byRule.put(rule.id(), new ArrayList<>());
    }
    for (Finding finding : report.findings()) {
      byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
    }
    int tests = byRule.size() + 1;
    long failures = byRule.values().stream().filter(findings -> !findings.isEmpty()).count();
    int errors = report.errors().isEmpty() ? 0 : 1;
    String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";

    List<String> lines = new ArrayList<>();
    lines.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    lines.add("<testsuites name=\"" + SUITE + "\"" + counts + ">");
    lines.add("  <testsuite name=\"" + SUITE + "\"" + counts + " skipped=\"0\">");
    byRule.forEach((rule, findings) -> lines.add(ruleCase(rule, findings)));
    lines.add(errorsCase(report.errors()));
    lines.add("  </testsuite>");
    lines.add("</testsuites>");
    for (String line : lines) {
      out.write(line);
      out.write('\n');
    }
    out.flush();
  }

  private static String ruleCase(String rule, List<Finding> findings) {
    String open = "    <testcase name=\"" + XmlText.escape(rule) + "\" classname=\"" + SUITE + "\"";
    if (findings.isEmpty()) {
      return open + "/>";
    }
    Severity worst = findings.stream().map(Finding::severity).max(Severity::compareTo).orElseThrow();
    List<String> body = new ArrayList<>();
    for (Finding finding : findings) {
      body.add(
          finding.location().path() + ":" + finding.location().startLine() + ": " + finding.severity().label()
              + ": " + finding.message());
    }
    return open + ">\n      <failure message=\"" + plural(findings.size(), "finding") + "\" type=\""
        + worst.label() + "\">" + lines(body) + "</failure>\n    </testcase>";
  }

  private static String errorsCase(List<ProcessingError> errors) {
    String open = "    <testcase name=\"" + ERRORS_CASE + "\" classname=\"" + SUITE + "\"";
    if (errors.isEmpty()) {
      return open + "/>";
    }
    List<String> body = new ArrayList<>();
    for (ProcessingError error : errors) {
      String where = error.line() == null ? error.path() : error.path() + ":" + error.line();
      body.add(where + ": " + error.kind().label() + ": " + error.message());
    }
    return open + ">\n      <error message=\"" + plural(errors.size(), "input") + " not analysed\" type=\""
        + "incomplete\">" + lines(body) + "</error>\n    </testcase>";
  }

  /** Escaped lines joined by real newlines, so the element's text reads as a list. */
  private static String lines(List<String> lines) {
    return String.join("\n", lines.stream().map(line -> XmlText.escape(line.replace('\n', ' '))).toList());
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
