package dev.lostguard.model;

import java.util.List;

/**
 * An operation that an OpenAPI 3 or Swagger 2 spec of the project declares. Generators such as
 * openapi-generator ({@code interfaceOnly}, delegates) turn it into an interface method named after
 * the operation id, carrying the mapping annotations; that interface is build output, not source, so
 * the implementing class shows no mapping of its own.
 *
 * @param operationId as the spec writes it
 * @param httpMethod upper case: {@code GET}, {@code PUT}, ...
 * @param route the key under {@code paths} ({@code /pets/{id}}), without the servers' base path
 * @param parameters the path item's and the operation's parameters (not the body), in spec order
 * @param requestBody the operation takes a request body (OpenAPI {@code requestBody}, Swagger {@code in: body})
 * @param tags the operation's tags, which name the generated interface ({@code Vuln Policies -> VulnPoliciesApi})
 * @param spec report path of the spec file that declares the operation
 */
public record ApiOperation(
    String operationId, String httpMethod, String route, List<Parameter> parameters, boolean requestBody,
    List<String> tags, String spec) {

  /**
   * A parameter of an operation.
   *
   * @param name as the spec writes it ({@code If-Match}, {@code page_token})
   * @param in {@code path}, {@code query}, {@code header}, {@code cookie} or {@code formData}
   */
  public record Parameter(String name, String in) {}

  public ApiOperation {
    parameters = List.copyOf(parameters);
    tags = List.copyOf(tags);
  }

  /**
   * The Java method name a generator gives the operation: the operation id camel-cased with a
   * lower-case first letter ({@code get-pet_by.id -> getPetById}).
   */
  public String javaName() {
    return javaIdentifier(operationId, false);
  }

  /** The interface name a tag gives ({@code Vuln Policies -> VulnPoliciesApi}). */
  static String tagInterface(String tag) {
    return javaIdentifier(tag, true) + "Api";
  }

  /** Words split at every non-alphanumeric character, joined in camel case. */
  static String javaIdentifier(String text, boolean upperFirst) {
    StringBuilder name = new StringBuilder();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      boolean first = name.length() == 0;
      char head = first && !upperFirst ? Character.toLowerCase(word.charAt(0)) : Character.toUpperCase(word.charAt(0));
      name.append(head).append(word, 1, word.length());
    }
    return name.toString();
  }
}
