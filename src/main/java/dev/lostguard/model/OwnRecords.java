package dev.lostguard.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HTTP handlers that act on the records of the person calling them: {@code PUT /api/user} with
 * {@code UserHolder.getUserId()}, {@code POST /cart/update(@LoginUser Integer userId, ...)}. Their route
 * names no record and they are no admin path, so the row they write is chosen by who is logged in.
 * Two people never save the same such row; only one person's own tabs can
 * ({@code rules/models/current-user.json}).
 */
public final class OwnRecords {

  private static final String RESOURCE = "/rules/models/current-user.json";
  private static final List<String> PATH_PARAMETERS = List.of(
      "org.springframework.web.bind.annotation.PathVariable", "javax.ws.rs.PathParam", "jakarta.ws.rs.PathParam");

  /** The shape of the data file. */
  record Vocabulary(String description, String parameterAnnotations, List<Accessor> accessors) {}

  /** Calls named {@code names} on a receiver whose type's simple name matches {@code receiverTypes}. */
  record Accessor(String receiverTypes, String names) {}

  private record CompiledAccessor(Pattern receiverTypes, Pattern names) {}

  private static final OwnRecords BUILT_IN = new OwnRecords(BundledData.read(RESOURCE, Vocabulary.class));

  private final Pattern parameterAnnotations;
  private final List<CompiledAccessor> accessors;

  OwnRecords(Vocabulary vocabulary) {
    this.parameterAnnotations = Pattern.compile(vocabulary.parameterAnnotations());
    this.accessors = vocabulary.accessors().stream()
        .map(a -> new CompiledAccessor(
            a.receiverTypes().isEmpty() ? null : Pattern.compile(a.receiverTypes()), Pattern.compile(a.names())))
        .toList();
  }

  public static OwnRecords builtIn() {
    return BUILT_IN;
  }

  /** The handler writes what belongs to whoever calls it: no record in its route, and it asks who that is. */
  public boolean actsOnOwnRecords(EntryPoint entry, CallGraph graph) {
    if (!"http".equals(entry.kind()) || PathKinds.isAdmin(entry) || namesRecord(entry.route())) {
      return false;
    }
    Optional<MethodFacts> handler = graph.method(entry.handler());
    if (handler.isEmpty()) {
      return false;
    }
    boolean asksWho = false;
    for (ParameterFacts parameter : handler.get().parameters()) {
      for (AnnotationFacts annotation : parameter.annotations()) {
        if (PATH_PARAMETERS.stream().anyMatch(annotation::is)) {
          return false;
        }
        asksWho |= annotation.names().stream().anyMatch(n -> parameterAnnotations.matcher(simpleName(n)).matches());
      }
    }
    return asksWho || handler.get().calls().stream().anyMatch(this::asksWhoIsLoggedIn);
  }

  private boolean asksWhoIsLoggedIn(MethodCall call) {
    for (CompiledAccessor accessor : accessors) {
      if (!accessor.names().matcher(call.name()).matches()) {
        continue;
      }
      if (accessor.receiverTypes() == null
          ? call.receiver() == MethodCall.Receiver.THIS
          : call.receiverType() != null && accessor.receiverTypes().matcher(call.receiverType().simpleName()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** {@code /orders/{id}}, {@code /orders/:id}: the route itself says which record. */
  private static boolean namesRecord(String route) {
    return route != null && (route.contains("{") || route.contains("/:"));
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
