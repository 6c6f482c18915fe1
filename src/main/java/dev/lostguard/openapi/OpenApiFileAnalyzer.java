package dev.lostguard.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lostguard.model.ApiOperation;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.SourceRole;
import dev.lostguard.openapi.SpecDocuments.Document;
import dev.lostguard.openapi.SpecDocuments.Located;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI front-end for one spec file (OpenAPI 3 or Swagger 2, YAML or JSON): every operation
 * under {@code paths} with its id, HTTP method, route, parameters (the path item's and its own, each
 * possibly a {@code $ref}) and whether it takes a body. Path items and parameters may live in other
 * files ({@code $ref: ./resources/pets.yaml}); those are read through {@link SpecDocuments}, within
 * the scan root only. Operations without an {@code operationId} are left out: no generator names
 * a method after them in a way worth guessing.
 */
public final class OpenApiFileAnalyzer {

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /**
   * @param file the spec on disk, against which relative references resolve
   * @param root the scan root: references that leave it are ignored
   */
  public FileFacts analyze(String path, Path file, Path root, String content, SourceRole role) {
    if (!OpenApiSpecs.isSpec(content)) {
      return FileFacts.ofSpec(path, role, List.of(), List.of());
    }
    JsonNode spec;
    try {
      spec = SpecDocuments.parse(path, content);
    } catch (JsonProcessingException e) {
      return failed(path, role, SpecDocuments.line(e), e.getOriginalMessage());
    }
    if (!spec.isObject() || !spec.path("paths").isObject()) {
      return FileFacts.ofSpec(path, role, List.of(), List.of());
    }
    SpecDocuments documents;
    try {
      documents = new SpecDocuments(root.toRealPath());
    } catch (IOException e) {
      return failed(path, role, null, e.toString());
    }
    Document document = documents.root(file.toAbsolutePath().normalize(), path, spec);
    List<ApiOperation> operations = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> route = paths.next();
      documents.follow(new Located(route.getValue(), document))
          .ifPresent(item -> operations(route.getKey(), item, documents, path, operations));
    }
    return FileFacts.ofSpec(path, role, operations, documents.errors());
  }

  private static FileFacts failed(String path, SourceRole role, Integer line, String message) {
    return FileFacts.ofSpec(path, role, List.of(),
        List.of(ProcessingError.of(ErrorKind.PARSE_OPENAPI, path, line, "could not read OpenAPI spec: " + message)));
  }

  private static void operations(
      String route, Located item, SpecDocuments documents, String spec, List<ApiOperation> operations) {
    if (!item.node().isObject()) {
      return;
    }
    Map<String, ApiOperation.Parameter> shared = parameters(item.node().path("parameters"), item, documents);
    for (String method : METHODS) {
      JsonNode operation = item.node().get(method);
      JsonNode id = operation == null ? null : operation.get("operationId");
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        continue;
      }
      Map<String, ApiOperation.Parameter> all = new LinkedHashMap<>(shared);
      all.putAll(parameters(operation.path("parameters"), item, documents));
      boolean body = operation.hasNonNull("requestBody") || all.values().stream().anyMatch(p -> p.in().equals("body"));
      all.values().removeIf(p -> p.in().equals("body"));
      operations.add(new ApiOperation(id.asText(), method.toUpperCase(Locale.ROOT), route,
          List.copyOf(all.values()), body, tags(operation), spec));
    }
  }

  /** Parameters by {@code in} and name (an operation's replace the path item's of the same name and place). */
  private static Map<String, ApiOperation.Parameter> parameters(
      JsonNode list, Located owner, SpecDocuments documents) {
    Map<String, ApiOperation.Parameter> found = new LinkedHashMap<>();
    if (!list.isArray()) {
      return found;
    }
    for (JsonNode entry : list) {
      Optional<Located> parameter = documents.follow(new Located(entry, owner.document()));
      if (parameter.isEmpty()) {
        continue;
      }
      JsonNode name = parameter.get().node().get("name");
      JsonNode in = parameter.get().node().get("in");
      if (name != null && name.isTextual() && in != null && in.isTextual()) {
        found.put(in.asText() + ":" + name.asText(), new ApiOperation.Parameter(name.asText(), in.asText()));
      }
    }
    return found;
  }

  private static List<String> tags(JsonNode operation) {
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : operation.path("tags")) {
      if (tag.isTextual()) {
        tags.add(tag.asText());
      }
    }
    return tags;
  }
}
