package dev.lostguard.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lostguard.model.BaselineEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The baseline file format, version 1: one JSON object, one finding per line so that diffs stay
 * readable, sorted by path, rule, fingerprint, no dates.
 *
 * <pre>
 * {
 *   "version": 1,
 *   "tool": "lostguard",
 *   "findings": [
 *     {"fingerprint": "3f9c0d2a7b1e4c55", "ruleId": "update-without-version-check", "path": "db/q.sql", "count": 1}
 *   ]
 * }
 * </pre>
 *
 * Reading is strict: an unknown field, a wrong type or another version is an {@link Invalid} with a
 * one-line reason naming the JSON path, never a guess.
 */
public final class BaselineFile {

  public static final int VERSION = 1;
  private static final String TOOL = "lostguard";
  private static final Set<String> TOP_FIELDS = Set.of("version", "tool", "findings");
  private static final Set<String> ENTRY_FIELDS = Set.of("fingerprint", "ruleId", "path", "count");
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16,64}");

  /** A baseline file that cannot be used; the message is one line. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  private BaselineFile() {}

  public static String render(Baseline baseline) {
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"version\": ").append(VERSION).append(",\n  \"tool\": \"").append(TOOL).append("\",\n");
    out.append("  \"findings\": [");
    List<BaselineEntry> entries = baseline.entries();
    for (int i = 0; i < entries.size(); i++) {
      BaselineEntry entry = entries.get(i);
      out.append(i == 0 ? "\n" : ",\n")
          .append("    {\"fingerprint\": ").append(quoted(entry.fingerprint()))
          .append(", \"ruleId\": ").append(quoted(entry.ruleId()))
          .append(", \"path\": ").append(quoted(entry.path()))
          .append(", \"count\": ").append(entry.count()).append('}');
    }
    out.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return out.toString();
  }

  public static Baseline read(Path file) throws Invalid {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Invalid("baseline file not found: " + file);
    } catch (IOException e) {
      throw new Invalid("cannot read baseline " + file + ": " + e.getMessage());
    }
    try {
      return parse(text);
    } catch (Invalid e) {
      throw new Invalid("baseline " + file + ": " + e.getMessage());
    }
  }

  static Baseline parse(String text) throws Invalid {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new Invalid("not valid JSON" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new Invalid("expected a JSON object with version, tool and findings");
    }
    unknownFields(root, TOP_FIELDS, "$");
    if (!root.path("version").isInt() || root.get("version").intValue() != VERSION) {
      throw new Invalid("$.version: expected " + VERSION + ", found " + found(root.path("version")));
    }
    if (!TOOL.equals(root.path("tool").textValue())) {
      throw new Invalid("$.tool: expected \"" + TOOL + "\", found " + found(root.path("tool")));
    }
    JsonNode findings = root.path("findings");
    if (!findings.isArray()) {
      throw new Invalid("$.findings: expected an array");
    }
    Map<String, BaselineEntry> entries = new LinkedHashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      BaselineEntry entry = entry(findings.get(i), "$.findings[" + i + "]");
      entries.merge(entry.fingerprint(), entry,
          (a, b) -> new BaselineEntry(a.fingerprint(), a.ruleId(), a.path(), a.count() + b.count()));
    }
    return new Baseline(new ArrayList<>(entries.values()));
  }

  private static BaselineEntry entry(JsonNode node, String at) throws Invalid {
    if (!node.isObject()) {
      throw new Invalid(at + ": expected an object");
    }
    unknownFields(node, ENTRY_FIELDS, at);
    String fingerprint = text(node, "fingerprint", at);
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw new Invalid(at + ".fingerprint: expected 16 to 64 lower-case hex digits, found \"" + fingerprint + "\"");
    }
    if (!node.path("count").isInt() || node.get("count").intValue() < 1) {
      throw new Invalid(at + ".count: expected a positive integer, found " + found(node.path("count")));
    }
    return new BaselineEntry(
        fingerprint, text(node, "ruleId", at), text(node, "path", at), node.get("count").intValue());
  }

  private static String text(JsonNode node, String field, String at) throws Invalid {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.textValue().isEmpty()) {
      throw new Invalid(at + "." + field + ": expected a non-empty string, found " + found(value));
    }
    return value.textValue();
  }

  private static void unknownFields(JsonNode node, Set<String> known, String at) throws Invalid {
    for (String name : (Iterable<String>) node::fieldNames) {
      if (!known.contains(name)) {
        throw new Invalid(at + ": unknown field \"" + name + "\"");
      }
    }
  }

  private static String found(JsonNode value) {
    return value.isMissingNode() ? "nothing" : value.toString();
  }

  private static String quoted(String value) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
  }
}
