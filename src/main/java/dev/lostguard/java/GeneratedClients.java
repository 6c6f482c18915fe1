package dev.lostguard.java;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a vendored API client generated from an OpenAPI or Swagger description (swagger-codegen,
 * OpenAPI Generator): the {@code ApiClient} that sends the requests, the {@code *Api} classes, and the
 * request and response models, all under one package whose header says they were generated. Such a
 * client is a library copied into the tree (wimoor keeps Amazon's Selling Partner client: 1,352
 * files, 38% of its Java lines): it runs no SQL, declares no entity and serves no request, and it calls
 * the project back only through the HTTP library's callbacks, when the remote system answers. So the
 * scan reads its files but does not parse them, as if the client were the jar it is generated to be.
 *
 * <p>A client is found by its generated {@code ApiClient.java}; its root is the package above the one
 * holding it ({@code com/amazon/spapi} for {@code com/amazon/spapi/client/ApiClient.java}). A file
 * there is client code when its header says it was generated, it serves no request (generated server
 * stubs carry web annotations and are entry points) and it may declare no entity.
 */
public final class GeneratedClients {

  /** What the generators write at the top of every class, or in its {@code @Generated}. */
  private static final List<String> GENERATED_MARKS = List.of(
      "Do not edit the class manually", "io.swagger.codegen", "org.openapitools.codegen");
  private static final List<String> SERVER_ANNOTATIONS = List.of(
      "@RestController", "@Controller", "@RequestMapping", "@GetMapping", "@PostMapping", "@PutMapping",
      "@PatchMapping", "@DeleteMapping", "@Path(", "@Path ");
  private static final String CLIENT_FILE = "ApiClient.java";

  private GeneratedClients() {}

  /**
   * The folder of the client whose generated {@code ApiClient} this is, ending in {@code /}; empty
   * for any other file.
   *
   * @param relativePath the file's path, {@code /}-separated
   */
  public static Optional<String> root(String relativePath, String source) {
    if (!(relativePath.equals(CLIENT_FILE) || relativePath.endsWith("/" + CLIENT_FILE)) || !generated(source)) {
      return Optional.empty();
    }
    int folder = relativePath.lastIndexOf('/');
    int parent = folder < 0 ? -1 : relativePath.lastIndexOf('/', folder - 1);
    return parent < 0 ? Optional.empty() : Optional.of(relativePath.substring(0, parent + 1));
  }

  /** Whether a Java source under one of the clients' {@code roots} is that client's generated code. */
  public static boolean isClientSource(String relativePath, String source, TextGates.Mentions mentions, Set<String> roots) {
    return roots.stream().anyMatch(relativePath::startsWith) && generated(source) && !mentions.entity()
        && SERVER_ANNOTATIONS.stream().noneMatch(source::contains);
  }

  private static boolean generated(String source) {
    return GENERATED_MARKS.stream().anyMatch(source::contains);
  }
}
