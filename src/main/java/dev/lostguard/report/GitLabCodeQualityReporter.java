package dev.lostguard.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * GitLab's Code Quality report: a JSON array with one issue per finding, in the report's order.
 * Severities follow {@link SeverityMapping}.
 *
 * <p>GitLab needs each fingerprint to be unique within the report and stable between runs (it
 * compares the merge request's report with the target branch's). The fingerprint is the MD5 of our
 * own finding fingerprint; a second finding with the same fingerprint gets the MD5 of
 * {@code <fingerprint>#2}, the third {@code #3}, in report order.
 */
public final class GitLabCodeQualityReporter implements Reporter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    ArrayNode issues = JsonOutput.array();
    Map<String, Integer> occurrences = new HashMap<>();
    for (Finding finding : report.findings()) {
      int occurrence = occurrences.merge(finding.fingerprint(), 1, Integer::sum);
      issues.add(issue(finding, occurrence));
    }
    JsonOutput.write(issues, out);
  }

  private static ObjectNode issue(Finding finding, int occurrence) {
    ObjectNode issue = JsonOutput.object();
    issue.put("description", finding.message());
    issue.put("check_name", finding.ruleId());
    issue.put("fingerprint", fingerprint(finding.fingerprint(), occurrence));
    issue.put("severity", SeverityMapping.gitlabSeverity(finding.severity()));
    ObjectNode location = issue.putObject("location");
    location.put("path", finding.location().path());
    location.putObject("lines").put("begin", finding.location().startLine());
    return issue;
  }

  static String fingerprint(String ours, int occurrence) {
    String input = occurrence == 1 ? ours : ours + "#" + occurrence;
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(input.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every JVM", e);
    }
  }
}
