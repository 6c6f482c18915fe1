package dev.lostguard.java;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lostguard.model.TypeRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Wrappers whose accessor hands out the wrapped object ({@code rules/models/providers.json}): a
 * {@code Provider<OrderService>}'s {@code get()} returns an {@code OrderService}, so a call on that
 * result is typed by the type argument. A wrapper is recognised only when one of the written type's
 * import candidates is its qualified name, and only with exactly one type argument.
 */
final class ProviderTypes {

  private static final String RESOURCE = "/rules/models/providers.json";

  /** The shape of the data file. */
  record Wrappers(String description, List<Wrapper> wrappers) {}

  /** One wrapper type and the accessors that return its type argument. */
  record Wrapper(String type, List<String> accessors) {}

  private final List<Wrapper> wrappers;

  ProviderTypes(Wrappers data) {
    this.wrappers = List.copyOf(data.wrappers());
  }

  static ProviderTypes builtIn() {
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = ProviderTypes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("rules/models/providers.json is missing from the build");
      }
      return new ProviderTypes(mapper.readValue(in, Wrappers.class));
    } catch (IOException e) {
      throw new UncheckedIOException("malformed rules/models/providers.json: " + e.getMessage(), e);
    }
  }

  /** The type {@code accessor} returns on a receiver of type {@code wrapper}; null when it is no wrapper's accessor. */
  TypeRef provided(TypeRef wrapper, String accessor) {
    if (wrapper == null || wrapper.arguments().size() != 1) {
      return null;
    }
    for (Wrapper known : wrappers) {
      if (known.accessors().contains(accessor) && wrapper.candidates().contains(known.type())) {
        TypeRef provided = wrapper.arguments().get(0);
        return provided.candidates().contains("?") ? null : provided;
      }
    }
    return null;
  }
}
