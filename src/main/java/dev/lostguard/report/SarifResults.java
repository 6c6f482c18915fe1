package dev.lostguard.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lostguard.model.EntryChain;
import dev.lostguard.model.Finding;
import dev.lostguard.model.RelatedLocation;
import java.util.List;
import java.util.Map;

/** One SARIF result per finding, in the report's order. */
final class SarifResults {

  /** Our own fingerprint's key in {@code partialFingerprints}; the version changes if its recipe does. */
  static final String FINGERPRINT_KEY = "lostguard/v1";

  private final Map<String, Integer> ruleIndex;
  private final SourceLineHashes lineHashes;

  SarifResults(Map<String, Integer> ruleIndex, SourceLineHashes lineHashes) {
    this.ruleIndex = ruleIndex;
    this.lineHashes = lineHashes;
  }

  ArrayNode of(List<Finding> findings) {
    ArrayNode results = JsonOutput.array();
    findings.forEach(finding -> results.add(result(finding)));
    return results;
  }

  private ObjectNode result(Finding finding) {
    ObjectNode result = JsonOutput.object();
    result.put("ruleId", finding.ruleId());
    Integer index = ruleIndex.get(finding.ruleId());
    if (index != null) {
      result.put("ruleIndex", index);
    }
    result.put("level", SeverityMapping.sarifLevel(finding.severity()));
    result.set("message", SarifLocations.text(finding.message()));
    result.putArray("locations").add(SarifLocations.of(finding.location(), null));
    ArrayNode related = relatedLocations(finding);
    if (!related.isEmpty()) {
      result.set("relatedLocations", related);
    }
    if (!finding.entryPoints().isEmpty()) {
      ArrayNode codeFlows = result.putArray("codeFlows");
      finding.entryPoints().forEach(chain -> codeFlows.add(codeFlow(chain, finding)));
    }
    ObjectNode fingerprints = result.putObject("partialFingerprints");
    lineHashes
        .of(finding.location().path(), finding.location().startLine())
        .ifPresent(hash -> fingerprints.put("primaryLocationLineHash", hash));
    fingerprints.put(FINGERPRINT_KEY, finding.fingerprint());
    if (finding.suppression() != null) {
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "inSource");
      suppression.put("justification", finding.suppression().reason());
      suppression.set("location", SarifLocations.of(finding.suppression().location(), null));
    }
    if (finding.baseline() != null) {
      result.put("baselineState", finding.baseline().label());
    }
    result.set("properties", properties(finding));
    return result;
  }

  /** The finding's related locations, then the entry point of each chain that reaches it. */
  private static ArrayNode relatedLocations(Finding finding) {
    ArrayNode related = JsonOutput.array();
    for (RelatedLocation place : finding.relatedLocations()) {
      related.add(numbered(related.size() + 1, SarifLocations.ofLine(place.path(), place.startLine(), place.message())));
    }
    for (EntryChain chain : finding.entryPoints()) {
      if (chain.entry().location() != null) {
        String path = "path: " + String.join(" -> ", chain.labels());
        related.add(numbered(related.size() + 1, SarifLocations.of(chain.entry().location(), path)));
      }
    }
    return related;
  }

  /** The location with its {@code id} first, as SARIF viewers list related locations by id. */
  private static ObjectNode numbered(int id, ObjectNode location) {
    ObjectNode numbered = JsonOutput.object();
    numbered.put("id", id);
    numbered.setAll(location);
    return numbered;
  }

  /**
   * The chain as one thread flow: the entry point at its handler, the methods between as message-only
   * steps (the call graph knows no call sites), and the last step at the flagged write.
   */
  private static ObjectNode codeFlow(EntryChain chain, Finding finding) {
    List<String> labels = chain.labels();
    ArrayNode steps = JsonOutput.array();
    for (int i = 0; i < labels.size(); i++) {
      ObjectNode location;
      if (i == labels.size() - 1) {
        location = SarifLocations.of(finding.location(), labels.get(i));
      } else if (i == 0 && chain.entry().location() != null) {
        location = SarifLocations.of(chain.entry().location(), labels.get(i));
      } else {
        location = SarifLocations.messageOnly(labels.get(i));
      }
      ObjectNode step = JsonOutput.object();
      step.set("location", location);
      steps.add(step);
    }
    ObjectNode threadFlow = JsonOutput.object();
    threadFlow.set("locations", steps);
    ObjectNode codeFlow = JsonOutput.object();
    codeFlow.set("message", SarifLocations.text(String.join(" -> ", labels)));
    codeFlow.putArray("threadFlows").add(threadFlow);
    return codeFlow;
  }

  /** What SARIF has no field for: our severity and confidence, the table, the path kind, the signals. */
  private static ObjectNode properties(Finding finding) {
    ObjectNode properties = JsonOutput.object();
    properties.put("severity", finding.severity().label());
    properties.put("confidence", finding.confidence().label());
    if (finding.table() != null) {
      properties.put("table", finding.table());
    }
    if (finding.pathKind() != null) {
      properties.put("pathKind", finding.pathKind().label());
    }
    if (!finding.signals().isEmpty()) {
      ArrayNode signals = properties.putArray("signals");
      finding.signals().forEach(signals::add);
    }
    return properties;
  }
}
