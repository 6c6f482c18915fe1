package dev.lostguard.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.ProcessingError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The documents of one spec: the root file and the files its {@code $ref}s name, each parsed once.
 * A reference is followed only to a local file (never the network) inside the scan root, at most
 * {@link #MAX_DOCUMENTS} files of at most {@link #MAX_BYTES} each; a chain of references that
 * returns to itself ends. What cannot be read or parsed becomes a located error and is left out.
 */
final class SpecDocuments {

  static final int MAX_DOCUMENTS = 500;
  static final long MAX_BYTES = 10L * 1024 * 1024;
  private static final int MAX_DEPTH = 200;
  private static final int MAX_REF_HOPS = 16;
  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
  private static final ObjectMapper JSON =
      new ObjectMapper(JsonFactory.builder().streamReadConstraints(LIMITS).build());
  private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());

  /** A parsed file: its place on disk, its report path and its content. */
  record Document(Path file, String path, JsonNode root) {}

  /** A node and the document it lies in, against which its own references resolve. */
  record Located(JsonNode node, Document document) {}

  private final Path root;
  private final Map<Path, Optional<Document>> loaded = new HashMap<>();
  private final List<ProcessingError> errors = new ArrayList<>();

  /**
   * @param root the scan root, real path: no reference leaves it
   */
  SpecDocuments(Path root) {
    this.root = root;
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit((int) MAX_BYTES);
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS).build();
  }

  /** Parses text as YAML or JSON (by the file name); throws on bad input. */
  static JsonNode parse(String name, String text) throws JsonProcessingException {
    ObjectMapper mapper = name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    JsonNode node = mapper.readTree(text);
    return node == null ? mapper.createObjectNode() : node;
  }

  /** The line of a parse failure, when the parser knows it. */
  static Integer line(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1 ? null : location.getLineNr();
  }

  /** Registers the root spec, already parsed from the scanned text. */
  Document root(Path file, String path, JsonNode content) {
    Document document = new Document(file, path, content);
    loaded.put(file, Optional.of(document));
    return document;
  }

  List<ProcessingError> errors() {
    return List.copyOf(errors);
  }

  /**
   * The node itself, or, when it is a {@code $ref}, the node the reference leads to (following
   * references that lead to references); empty when the target cannot be reached.
   */
  Optional<Located> follow(Located start) {
    Located current = start;
    Set<String> seen = new HashSet<>();
    for (int hop = 0; hop < MAX_REF_HOPS; hop++) {
      JsonNode ref = current.node().get("$ref");
      if (ref == null || !ref.isTextual()) {
        return Optional.of(current);
      }
      Optional<Located> next = resolve(current.document(), ref.asText());
      if (next.isEmpty() || !seen.add(next.get().document().file() + "#" + ref.asText())) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.empty();
  }

  /** {@code file.yaml}, {@code file.yaml#/a/b} or {@code #/a/b}, relative to {@code from}. */
  private Optional<Located> resolve(Document from, String ref) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    if (file.contains(":") || file.startsWith("//")) {
      return Optional.empty(); // a URL: never fetched
    }
    Optional<Document> target = file.isEmpty() ? Optional.of(from) : load(from.file().resolveSibling(file));
    if (target.isEmpty()) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = pointer.isEmpty() ? target.get().root() : target.get().root().at(pointer);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not a JSON pointer
    }
    return node.isMissingNode() ? Optional.empty() : Optional.of(new Located(node, target.get()));
  }

  private Optional<Document> load(Path file) {
    Path normalized = file.toAbsolutePath().normalize();
    Optional<Document> known = loaded.get(normalized);
    if (known != null) {
      return known;
    }
    if (loaded.size() >= MAX_DOCUMENTS) {
      return Optional.empty();
    }
    Optional<Document> document = read(normalized);
    loaded.put(normalized, document);
    return document;
  }

  private Optional<Document> read(Path file) {
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      return Optional.empty(); // a dangling reference: the generator would fail, nothing to learn here
    }
    if (!real.startsWith(root) || !Files.isRegularFile(real)) {
      return Optional.empty();
    }
    String path = root.relativize(real).toString().replace('\\', '/');
    try {
      long size = Files.size(real);
      if (size > MAX_BYTES) {
        errors.add(ProcessingError.of(ErrorKind.SIZE, path, null,
            "skipped: " + size + " bytes is over the 10 MB limit for a referenced spec file"));
        return Optional.empty();
      }
      String text = new String(Files.readAllBytes(real), StandardCharsets.UTF_8);
      return Optional.of(new Document(file, path, parse(path, text)));
    } catch (JsonProcessingException e) {
      errors.add(ProcessingError.of(ErrorKind.PARSE_OPENAPI, path, line(e),
          "could not read OpenAPI file: " + e.getOriginalMessage()));
    } catch (IOException | RuntimeException e) {
      errors.add(ProcessingError.of(ErrorKind.PARSE_OPENAPI, path, null, "could not read OpenAPI file: " + e));
    }
    return Optional.empty();
  }
}
