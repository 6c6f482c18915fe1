package dev.lostguard.scan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lostguard.java.SqlSinks;
import dev.lostguard.model.Severity;
import dev.lostguard.rules.EntryPointModels;
import dev.lostguard.rules.RuleCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads a project's {@code lostguard.json} (or {@code .lostguard.json}): JSON with
 * {@code //} and {@code /* *}{@code /} comments. Every key is optional; an unknown key, an unknown rule
 * id, a value of the wrong type or a duplicate key is a {@link ConfigException} naming its JSON path.
 */
public final class ConfigLoader {

  /** The names looked for in each folder, in this order. */
  public static final List<String> FILE_NAMES = List.of("lostguard.json", ".lostguard.json");

  private static final Set<String> KEYS =
      Set.of("include", "exclude", "testFolders", "includeTests", "rules", "versionColumns", "sqlSinks",
          "entryPoints", "failOn");
  private static final List<String> FAIL_ON = List.of("info", "low", "medium", "high", "none");
  private static final List<String> RULE_SETTINGS = List.of("off", "info", "low", "medium", "high");

  private final RuleCatalog catalog;
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  public ConfigLoader(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  /** The first configuration file in {@code folder} or a folder above it, up to the filesystem root. */
  public static Optional<Path> discover(Path folder) {
    for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      for (String name : FILE_NAMES) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  public ProjectConfig load(Path file) throws ConfigException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    }
    return parse(file, text);
  }

  /** Reads a configuration from its text; {@code file} names it in messages. */
  public ProjectConfig parse(Path file, String text) throws ConfigException {
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": invalid JSON: "
              + firstLine(e.getOriginalMessage()));
    }
    Reader reader = new Reader(file.toString());
    if (root == null || !root.isObject()) {
      throw reader.problem("$", "expected an object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw reader.problem("$." + name, "unknown key");
      }
    }
    return new ProjectConfig(
        Optional.of(file),
        reader.globs(root, "include"),
        reader.globs(root, "exclude"),
        reader.strings(root, "testFolders"),
        reader.bool(root, "includeTests"),
        rules(reader, root.get("rules")),
        reader.strings(root, "versionColumns"),
        reader.model(root, "sqlSinks", SqlSinks::read, SqlSinks.none()),
        reader.model(root, "entryPoints", EntryPointModels::readExtension, EntryPointModels.none()),
        reader.optionalChoice(root, "failOn", FAIL_ON));
  }

  private RuleOverrides rules(Reader reader, JsonNode rules) throws ConfigException {
    if (rules == null) {
      return RuleOverrides.NONE;
    }
    if (!rules.isObject()) {
      throw reader.problem("$.rules", "expected an object of rule id to \"off\" or a severity");
    }
    Map<String, Optional<Severity>> byRule = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String path = "$.rules." + entry.getKey();
      if (catalog.find(entry.getKey()).isEmpty()) {
        throw reader.problem(path, "unknown rule id");
      }
      String setting = reader.choice(entry.getValue(), path, RULE_SETTINGS);
      byRule.put(entry.getKey(), setting.equals("off") ? Optional.empty() : Optional.of(Severity.parse(setting)));
    }
    return RuleOverrides.of(byRule);
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }

  /** A model loader that reads the same JSON shape as the built-in file. */
  private interface ModelReader<T> {
    T read(InputStream json) throws IOException;
  }

  /** Typed access to the keys, each problem named by file and JSON path. */
  private final class Reader {
    private final String file;

    Reader(String file) {
      this.file = file;
    }

    ConfigException problem(String path, String reason) {
      return new ConfigException(file + ": " + path + ": " + reason);
    }

    List<String> strings(JsonNode root, String key) throws ConfigException {
      JsonNode node = root.get(key);
      if (node == null) {
        return List.of();
      }
      if (!node.isArray()) {
        throw problem("$." + key, "expected an array of strings");
      }
      List<String> values = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (!item.isTextual() || item.asText().isBlank()) {
          throw problem("$." + key + "[" + i + "]", "expected a non-empty string");
        }
        values.add(item.asText());
      }
      return List.copyOf(values);
    }

    List<String> globs(JsonNode root, String key) throws ConfigException {
      List<String> globs = strings(root, key);
      for (int i = 0; i < globs.size(); i++) {
        try {
          FileSystems.getDefault().getPathMatcher("glob:" + globs.get(i));
        } catch (IllegalArgumentException e) {
          throw problem("$." + key + "[" + i + "]", "invalid glob: " + firstLine(e.getMessage()));
        }
      }
      return globs;
    }

    Optional<Boolean> bool(JsonNode root, String key) throws ConfigException {
      JsonNode node = root.get(key);
      if (node == null) {
        return Optional.empty();
      }
      if (!node.isBoolean()) {
        throw problem("$." + key, "expected true or false");
      }
      return Optional.of(node.asBoolean());
    }

    Optional<String> optionalChoice(JsonNode root, String key, List<String> allowed) throws ConfigException {
      JsonNode node = root.get(key);
      return node == null ? Optional.empty() : Optional.of(choice(node, "$." + key, allowed));
    }

    String choice(JsonNode node, String path, List<String> allowed) throws ConfigException {
      if (!node.isTextual() || !allowed.contains(node.asText())) {
        throw problem(path, "expected one of " + String.join(", ", allowed));
      }
      return node.asText();
    }

    <T> T model(JsonNode root, String key, ModelReader<T> reader, T absent) throws ConfigException {
      JsonNode node = root.get(key);
      if (node == null) {
        return absent;
      }
      if (!node.isObject()) {
        throw problem("$." + key, "expected an object");
      }
      try {
        return reader.read(new ByteArrayInputStream(mapper.writeValueAsBytes(node)));
      } catch (UnrecognizedPropertyException e) {
        throw problem("$." + key + path(e), "unknown key");
      } catch (JsonMappingException e) {
        String reason = firstLine(e.getOriginalMessage());
        throw problem("$." + key + path(e), reason.startsWith("Cannot map `null`") ? "missing or null" : reason);
      } catch (IOException | IllegalArgumentException e) {
        String reason = firstLine(e.getMessage()).replaceFirst("^[a-z-]+: ", "");
        throw problem("$." + key, reason);
      }
    }

    private static String path(JsonMappingException e) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference reference : e.getPath()) {
        if (reference.getFieldName() != null) {
          path.append('.').append(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      return path.toString();
    }
  }
}
