package dev.lostguard.sql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a Liquibase YAML or JSON changelog into {@link ChangelogNode}s with a streaming parser, which
 * keeps the line of every key. An object value becomes a child named by its key; the entries of a
 * {@code changes} or {@code columns} list ({@code - column: ...}) become children of the node holding
 * the list, other lists a child named by their key (so {@code rollback} stays apart); scalars become
 * attributes.
 * Nesting and YAML aliases are bounded, so a hostile document fails instead of exhausting memory.
 */
final class ChangelogData {

  private static final int MAX_DEPTH = 200;
  /** Lists whose entries are the holder's children, as the elements are in XML. */
  private static final Set<String> FLATTENED = Set.of("changes", "columns");
  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();
  private static final YAMLFactory YAML = yamlFactory();
  private static final Pattern BLOCK_INDICATOR = Pattern.compile(":\\s*[|>][-+0-9]*\\s*(#.*)?$");

  private ChangelogData() {}

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS).build();
  }

  static ChangelogNode readYaml(String content) throws ChangelogException {
    return read(YAML, content);
  }

  static ChangelogNode readJson(String content) throws ChangelogException {
    return read(JSON, content);
  }

  private static ChangelogNode read(JsonFactory factory, String content) throws ChangelogException {
    try (JsonParser parser = factory.createParser(content)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new ChangelogException(line(parser), "a changelog must be an object");
      }
      Building document = new Building("", 1, 1);
      object(parser, document, content.split("\r\n|\r|\n", -1));
      return document.children.size() == 1 ? document.children.get(0).build() : document.build();
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new ChangelogException(line, e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      throw new ChangelogException(1, String.valueOf(e.getMessage()));
    }
  }

  /** Fields of the object the parser has just opened, into {@code node}. */
  private static void object(JsonParser parser, Building node, String[] lines) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = line(parser);
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_OBJECT) {
        Building child = new Building(key, keyLine, keyLine);
        object(parser, child, lines);
        node.children.add(child);
      } else if (value == JsonToken.START_ARRAY && FLATTENED.contains(key)) {
        list(parser, node, key, lines);
      } else if (value == JsonToken.START_ARRAY) {
        Building holder = new Building(key, keyLine, keyLine); // databaseChangeLog: [...], rollback: [...]
        list(parser, holder, key, lines);
        node.children.add(holder);
      } else {
        node.attributes.put(key, scalar(parser, value));
        if (key.equals(node.name)) {
          node.textLine = textStart(lines, line(parser)); // sql: {sql: ...}: where the statement starts
        }
      }
    }
  }

  /** Entries of a list: objects give their fields as children, scalars are joined into an attribute. */
  private static void list(JsonParser parser, Building node, String key, String[] lines) throws IOException {
    List<String> scalars = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (token == JsonToken.START_OBJECT) {
        Building entry = new Building(key, line(parser), line(parser));
        object(parser, entry, lines);
        entry.children.forEach(node.children::add);
        entry.attributes.forEach((name, text) -> node.children.add(Building.scalarChange(name, text, entry.line)));
      } else if (token == JsonToken.START_ARRAY) {
        list(parser, new Building(key, line(parser), line(parser)), key, lines);
      } else {
        scalars.add(scalar(parser, token));
      }
    }
    if (!scalars.isEmpty()) {
      node.attributes.put(key, String.join(",", scalars));
    }
  }

  /** A YAML block scalar ({@code sql: |}) starts on the line after its key. */
  private static int textStart(String[] lines, int line) {
    return line <= lines.length && BLOCK_INDICATOR.matcher(lines[line - 1]).find() ? line + 1 : line;
  }

  private static String scalar(JsonParser parser, JsonToken token) throws IOException {
    return token == JsonToken.VALUE_NULL ? "" : parser.getText();
  }

  private static int line(JsonParser parser) {
    return Math.max(1, parser.currentTokenLocation().getLineNr());
  }

  private static final class Building {
    final String name;
    final int line;
    int textLine;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Building> children = new ArrayList<>();
    String text = "";

    Building(String name, int line, int textLine) {
      this.name = name;
      this.line = line;
      this.textLine = textLine;
    }

    /** {@code - sql: UPDATE ...}: a change given as one scalar is a node whose text is that scalar. */
    static Building scalarChange(String name, String text, int line) {
      Building node = new Building(name, line, line);
      node.text = text;
      return node;
    }

    ChangelogNode build() {
      List<ChangelogNode> built = children.stream().map(Building::build).toList();
      return new ChangelogNode(name, Map.copyOf(attributes), built, text, line, textLine);
    }
  }
}
