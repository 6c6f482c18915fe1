package dev.lostguard.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.Report;
import dev.lostguard.rules.RuleCatalog;
import dev.lostguard.rules.RuleMetadata;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers: one run with the whole rule catalog,
 * one result per finding, processing errors as tool execution notifications. Severities follow
 * {@link SeverityMapping}. Paths are relative to {@code %SRCROOT%}, which {@code originalUriBaseIds}
 * resolves to the report root.
 */
public final class SarifReporter implements Reporter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/lostguard/lostguard";

  /**
   * @param root the report root: the base of every path, and where sources are read for GitHub's
   *     line hashes; null leaves both out (for reports whose sources are not at hand)
   * @param category the analysis category for {@code automationDetails.id}, or null for none
   */
  public record Options(Path root, String category) {}

  private final RuleCatalog catalog;
  private final Options options;

  public SarifReporter(RuleCatalog catalog, Options options) {
    this.catalog = catalog;
    this.options = options;
  }

  /**
   * GitHub reads everything before the last {@code /} of {@code automationDetails.id} as the category
   * and the rest as a run id; ending it with {@code /} makes the whole value the category.
   */
  static String automationId(String category) {
    return category.endsWith("/") ? category : category + "/";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    ObjectNode log = JsonOutput.object();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.putArray("runs").add(run(report));
    JsonOutput.write(log, out);
  }

  private ObjectNode run(Report report) {
    List<RuleMetadata> rules = catalog.entries();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    ObjectNode run = JsonOutput.object();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", report.toolName());
    driver.put("version", report.toolVersion());
    driver.put("semanticVersion", report.toolVersion());
    driver.put("informationUri", INFORMATION_URI);
    driver.set("rules", SarifRules.of(catalog));
    if (options.category() != null && !options.category().isBlank()) {
      run.putObject("automationDetails").put("id", automationId(options.category()));
    }
    if (options.root() != null) {
      run.putObject("originalUriBaseIds").putObject(SarifLocations.SOURCE_ROOT).put("uri", rootUri(options.root()));
    }
    run.putArray("invocations").add(invocation(report.errors(), ruleIndex));
    run.put("columnKind", "utf16CodeUnits");
    SourceLineHashes lineHashes = new SourceLineHashes(options.root());
    run.set("results", new SarifResults(ruleIndex, lineHashes).of(report.findings()));
    return run;
  }

  /** {@code file:///path/to/root/}: absolute, and ending with {@code /} as SARIF requires of a base. */
  static String rootUri(Path root) {
    String uri = root.toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /**
   * The scan always runs to its end, so the execution is successful; what it could not analyse is
   * listed as notifications, errors except for encoding fallbacks, which were still analysed.
   */
  private static ObjectNode invocation(List<ProcessingError> errors, Map<String, Integer> ruleIndex) {
    ObjectNode invocation = JsonOutput.object();
    invocation.put("executionSuccessful", true);
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (ProcessingError error : errors) {
      ObjectNode notification = JsonOutput.object();
      notification.put("level", error.kind() == ErrorKind.ENCODING ? "warning" : "error");
      notification.set("message", SarifLocations.text(error.kind().label() + ": " + error.message()));
      if (error.path() != null && !error.path().isEmpty()) {
        notification.putArray("locations").add(SarifLocations.ofLine(error.path(), error.line(), null));
      }
      if (error.rule() != null && ruleIndex.containsKey(error.rule())) {
        ObjectNode rule = notification.putObject("associatedRule");
        rule.put("id", error.rule());
        rule.put("index", ruleIndex.get(error.rule()));
      }
      notification.putObject("properties").put("kind", error.kind().label());
      notifications.add(notification);
    }
    return invocation;
  }
}
