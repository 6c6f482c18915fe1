package dev.lostguard.java;

import dev.lostguard.model.BundledData;
import dev.lostguard.model.TypeRef;
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
    return new ProviderTypes(BundledData.read(RESOURCE, Wrappers.class));
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
