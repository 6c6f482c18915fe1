package dev.lostguard.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lostguard.model.BaselineEntry;
import dev.lostguard.model.EntryChain;
import dev.lostguard.model.Finding;
import dev.lostguard.model.Location;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.RelatedLocation;
import dev.lostguard.model.Report;
import dev.lostguard.model.Severity;
import dev.lostguard.model.Summary;
import dev.lostguard.model.TableSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The machine-readable report, described by {@link ReportSchema}. Written with Jackson's streaming
 * generator so that key order is the order of the code below, not of record components.
 *
 * <p>Absent values are omitted, never written as {@code null}. Arrays ({@code tables}, {@code findings},
 * {@code errors}, and each finding's {@code relatedLocations} and {@code signals}) are always present,
 * possibly empty, so consumers need no null checks. {@code bySeverity} always has all four keys, most
 * severe first; {@code byRule} is sorted by rule id. Lists keep the report's order.
 */
public final class JsonReporter implements Reporter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    try (JsonGenerator json = JsonOutput.generator(out)) {
      writeReport(json, report);
    }
    out.write('\n');
    out.flush();
  }

  private static void writeReport(JsonGenerator json, Report report) throws IOException {
    json.writeStartObject();
    json.writeNumberField("schemaVersion", ReportSchema.VERSION);
    json.writeObjectFieldStart("tool");
    stringField(json, "name", report.toolName());
    stringField(json, "version", report.toolVersion());
    json.writeEndObject();
    writeSummary(json, report);
    json.writeArrayFieldStart("tables");
    for (TableSummary table : report.tables()) {
      writeTable(json, table);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("findings");
    for (Finding finding : report.findings()) {
      writeFinding(json, finding);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("errors");
    for (ProcessingError error : report.errors()) {
      writeError(json, error);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("staleBaselineEntries");
    for (BaselineEntry entry : report.staleBaseline()) {
      writeBaselineEntry(json, entry);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeSummary(JsonGenerator json, Report report) throws IOException {
    Summary summary = report.summary();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("files", summary.files());
    json.writeNumberField("filesSkipped", summary.filesSkipped());
    json.writeNumberField("testSourcesNotParsed", summary.testSourcesNotParsed());
    json.writeNumberField("generatedCriteriaNotParsed", summary.generatedCriteriaNotParsed());
    json.writeNumberField("generatedClientsNotParsed", summary.generatedClientsNotParsed());
    json.writeNumberField("statements", summary.statements());
    json.writeNumberField("statementsUnparsed", summary.statementsUnparsed());
    json.writeNumberField("statementsUnresolved", summary.statementsUnresolved());
    json.writeNumberField("callsUnresolved", summary.callsUnresolved());
    json.writeNumberField("statementsSetAside", summary.statementsSetAside());
    json.writeNumberField("writesWithoutEntryPoint", summary.writesWithoutEntryPoint());
    json.writeNumberField("findings", summary.findings());
    json.writeObjectFieldStart("bySeverity");
    for (Map.Entry<Severity, Integer> count : SummaryCounts.bySeverity(summary).entrySet()) {
      json.writeNumberField(count.getKey().label(), count.getValue());
    }
    json.writeEndObject();
    json.writeObjectFieldStart("byRule");
    for (Map.Entry<String, Integer> count : SummaryCounts.byRule(summary).entrySet()) {
      json.writeNumberField(count.getKey(), count.getValue());
    }
    json.writeEndObject();
    json.writeNumberField("suppressed", SummaryCounts.suppressed(report));
    json.writeNumberField("baselined", SummaryCounts.baselined(report));
    json.writeNumberField("staleBaselineEntries", report.staleBaseline().size());
    json.writeEndObject();
  }

  private static void writeTable(JsonGenerator json, TableSummary table) throws IOException {
    json.writeStartObject();
    stringField(json, "name", table.name());
    stringField(json, "versionColumn", table.versionColumn());
    stringField(json, "versionSource", table.versionSource() == null ? null : table.versionSource().label());
    json.writeNumberField("writeSites", table.writeSites());
    json.writeNumberField("guardedWriteSites", table.guardedWriteSites());
    if (!table.notes().isEmpty()) {
      json.writeArrayFieldStart("notes");
      for (String note : table.notes()) {
        json.writeString(note);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
    json.writeStartObject();
    stringField(json, "ruleId", finding.ruleId());
    stringField(json, "severity", finding.severity() == null ? null : finding.severity().label());
    stringField(json, "confidence", finding.confidence() == null ? null : finding.confidence().label());
    stringField(json, "message", finding.message());
    if (finding.location() != null) {
      json.writeFieldName("location");
      writeLocation(json, finding.location());
    }
    json.writeArrayFieldStart("relatedLocations");
    if (finding.relatedLocations() != null) {
      for (RelatedLocation related : finding.relatedLocations()) {
        json.writeStartObject();
        stringField(json, "path", related.path());
        json.writeNumberField("startLine", related.startLine());
        stringField(json, "message", related.message());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    stringField(json, "table", finding.table());
    stringField(json, "snippet", finding.snippet());
    stringField(json, "remediation", finding.remediation());
    json.writeArrayFieldStart("signals");
    if (finding.signals() != null) {
      for (String signal : finding.signals()) {
        json.writeString(signal);
      }
    }
    json.writeEndArray();
    stringField(json, "fingerprint", finding.fingerprint());
    json.writeArrayFieldStart("entryPoints");
    for (EntryChain chain : finding.entryPoints()) {
      json.writeStartObject();
      stringField(json, "kind", chain.entry().kind());
      stringField(json, "httpMethod", chain.entry().httpMethod());
      stringField(json, "route", chain.entry().route());
      json.writeArrayFieldStart("chain");
      for (String step : chain.labels()) {
        json.writeString(step);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    stringField(json, "pathKind", finding.pathKind() == null ? null : finding.pathKind().label());
    if (finding.suppression() != null) {
      json.writeObjectFieldStart("suppression");
      stringField(json, "kind", finding.suppression().kind().label());
      stringField(json, "reason", finding.suppression().reason());
      json.writeFieldName("location");
      writeLocation(json, finding.suppression().location());
      json.writeEndObject();
    }
    stringField(json, "baseline", finding.baseline() == null ? null : finding.baseline().label());
    json.writeEndObject();
  }

  private static void writeBaselineEntry(JsonGenerator json, BaselineEntry entry) throws IOException {
    json.writeStartObject();
    stringField(json, "fingerprint", entry.fingerprint());
    stringField(json, "ruleId", entry.ruleId());
    stringField(json, "path", entry.path());
    json.writeNumberField("count", entry.count());
    json.writeEndObject();
  }

  private static void writeLocation(JsonGenerator json, Location location) throws IOException {
    json.writeStartObject();
    stringField(json, "path", location.path());
    json.writeNumberField("startLine", location.startLine());
    json.writeNumberField("startColumn", location.startColumn());
    json.writeNumberField("endLine", location.endLine());
    json.writeNumberField("endColumn", location.endColumn());
    json.writeEndObject();
  }

  private static void writeError(JsonGenerator json, ProcessingError error) throws IOException {
    json.writeStartObject();
    stringField(json, "kind", error.kind() == null ? null : error.kind().label());
    stringField(json, "path", error.path());
    if (error.line() != null) {
      json.writeNumberField("line", error.line());
    }
    stringField(json, "message", error.message());
    stringField(json, "rule", error.rule());
    json.writeEndObject();
  }

  /**
   * Omits a null value instead of writing {@code null}. Required fields go through here too: a model
   * that breaks its contract then yields a report the schema rejects, rather than a crash that loses
   * the whole scan.
   */
  private static void stringField(JsonGenerator json, String name, String value) throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }
}
