package dev.lostguard.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lostguard.rules.RuleCatalog;
import dev.lostguard.rules.RuleMetadata;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** {@code tool.driver.rules}: the whole catalog, in id order, so that a result's rule index is stable. */
final class SarifRules {

  /** Where each rule's page is published; the README names the same repository. */
  static final String RULE_PAGES = "https://github.com/lostguard/lostguard/blob/main/rules/";

  private SarifRules() {}

  static ArrayNode of(RuleCatalog catalog) {
    ArrayNode rules = JsonOutput.array();
    for (RuleMetadata entry : catalog.entries()) {
      rules.add(rule(entry, catalog.page(entry.id())));
    }
    return rules;
  }

  private static ObjectNode rule(RuleMetadata entry, String page) {
    ObjectNode rule = JsonOutput.object();
    rule.put("id", entry.id());
    rule.put("name", entry.name());
    rule.set("shortDescription", SarifLocations.text(entry.shortDescription()));
    rule.set("fullDescription", SarifLocations.text(entry.fullDescription()));
    rule.put("helpUri", RULE_PAGES + entry.id() + ".md");
    ObjectNode help = JsonOutput.object();
    help.put("text", plainText(page));
    help.put("markdown", page);
    rule.set("help", help);
    ObjectNode configuration = JsonOutput.object();
    configuration.put("level", SeverityMapping.sarifLevel(entry.defaultSeverity()));
    rule.set("defaultConfiguration", configuration);
    ObjectNode properties = JsonOutput.object();
    ArrayNode tags = properties.putArray("tags");
    tags(entry).forEach(tags::add);
    properties.put("precision", SeverityMapping.precision(entry.defaultConfidence()));
    properties.put("problem.severity", SeverityMapping.problemSeverity(entry.defaultSeverity()));
    if (!entry.cwe().isEmpty()) {
      // GitHub files a rule with a security-severity as a security alert; the suppression meta rule is none.
      properties.put(
          "security-severity",
          SeverityMapping.securitySeverity(entry.defaultSeverity(), entry.defaultConfidence()));
    }
    rule.set("properties", properties);
    return rule;
  }

  /** The page without Markdown's marks: no code fences, heading hashes or backticks. */
  static String plainText(String markdown) {
    StringBuilder text = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        continue;
      }
      String plain = line.startsWith("#") ? line.replaceFirst("^#+\\s*", "") : line;
      text.append(plain.replace("`", "")).append('\n');
    }
    return text.toString().strip() + "\n";
  }

  /**
   * The catalog's tags ({@code CWE-362} among them), then each CWE again in the form
   * {@code external/cwe/cwe-362} that GitHub reads to show and filter by CWE.
   */
  static Set<String> tags(RuleMetadata entry) {
    Set<String> tags = new LinkedHashSet<>(entry.tags());
    for (String cwe : entry.cwe()) {
      tags.add("external/cwe/" + cwe.toLowerCase(Locale.ROOT));
    }
    return tags;
  }
}
