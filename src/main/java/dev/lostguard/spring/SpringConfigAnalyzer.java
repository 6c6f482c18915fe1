package dev.lostguard.spring;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lostguard.model.CodePattern;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.MappedWrite;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.TableNamePrefix;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The Spring Boot configuration front-end: reads {@code application*.yml}, {@code .yaml} and {@code
 * .properties} (and {@code bootstrap*}) for the settings that change how the code maps to tables.
 * Today that is MyBatis-Plus's table prefix ({@code mybatis-plus.global-config.db-config.table-prefix}),
 * under Spring's relaxed names ({@code tablePrefix}, {@code table_prefix}), in any YAML document of the
 * file. A file that does not parse says nothing and is no diagnostic: the file is the application's,
 * and a Maven-filtered template ({@code @project.version@}) is often no valid YAML before the build.
 * Aliases, nesting and size are bounded, as for every YAML lostguard reads.
 */
public final class SpringConfigAnalyzer {

  private static final Pattern NAME =
      Pattern.compile("(application|bootstrap)([-.][A-Za-z0-9_.-]*)?\\.(yml|yaml|properties)");
  private static final String TABLE_PREFIX = "mybatisplus.globalconfig.dbconfig.tableprefix";
  private static final int MAX_DEPTH = 100;
  private static final int MAX_CHARS = 2 * 1024 * 1024;
  private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CHARS);
    return YAMLFactory.builder().loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();
  }

  /** A Spring Boot configuration file, by its name ({@code application-prod.yml}, {@code bootstrap.properties}). */
  public static boolean named(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return NAME.matcher(name).matches();
  }

  public FileFacts analyze(String path, String text, SourceRole role) {
    if (text.length() > MAX_CHARS) {
      return FileFacts.empty(path, role);
    }
    Optional<String> prefix = path.toLowerCase(Locale.ROOT).endsWith(".properties")
        ? fromProperties(text) : fromYaml(text);
    List<CodePattern> patterns = new ArrayList<>();
    prefix.filter(p -> !p.isBlank()).ifPresent(p -> patterns.add(new TableNamePrefix(
        MappedWrite.Framework.MYBATIS_PLUS, p.trim(), Location.point(path, keyLine(text), 1))));
    return FileFacts.ofJava(path, role, List.of(), List.of(), List.of(), List.of(), patterns);
  }

  private static Optional<String> fromProperties(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    for (String key : properties.stringPropertyNames()) {
      if (relaxed(key).equals(TABLE_PREFIX)) {
        return literal(properties.getProperty(key));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> fromYaml(String text) {
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(text)) {
      while (documents.hasNextValue()) {
        Optional<String> found = find(documents.nextValue(), "");
        if (found.isPresent()) {
          return found;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not valid YAML (a filtered template, a typo): nothing learned
    }
    return Optional.empty();
  }

  /** Walks nested maps, joining keys: {@code mybatis-plus: {global-config: ...}} and flat dotted keys alike. */
  private static Optional<String> find(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = path.isEmpty() ? relaxed(field.getKey()) : path + "." + relaxed(field.getKey());
      if (!TABLE_PREFIX.startsWith(key)) {
        continue;
      }
      if (key.equals(TABLE_PREFIX)) {
        return field.getValue().isValueNode() ? literal(field.getValue().asText()) : Optional.empty();
      }
      Optional<String> found = find(field.getValue(), key);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Spring's relaxed binding: {@code mybatis-plus}, {@code mybatisPlus} and {@code mybatis_plus} are one name. */
  private static String relaxed(String key) {
    return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** The value, or a placeholder's default ({@code ${TABLE_PREFIX:la_}}); a placeholder without one says nothing. */
  private static Optional<String> literal(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    if (trimmed.startsWith("${") && trimmed.endsWith("}")) {
      int colon = trimmed.indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(trimmed.substring(colon + 1, trimmed.length() - 1));
    }
    return trimmed.contains("${") ? Optional.empty() : Optional.of(trimmed);
  }

  private static final Pattern KEY = Pattern.compile("(?i)table[-_]?prefix");

  /** The line that names the setting, for the location; the first line when it cannot be told. */
  private static int keyLine(String text) {
    Matcher key = KEY.matcher(text);
    if (!key.find()) {
      return 1;
    }
    int line = 1;
    for (int i = 0; i < key.start(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
