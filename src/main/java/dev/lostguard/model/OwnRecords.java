package dev.lostguard.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTTP handlers that act on the records of the person calling them: {@code PUT /api/user} with
 * {@code UserHolder.getUserId()}, {@code POST /cart/update(@LoginUser Integer userId, ...)}. Nothing
 * the client sends names a record (no {@code {id}} in the route, no path parameter, no parameter or
 * body field {@code id}, {@code projectId}, {@code selectIds}, other than the user's own id) and they
 * are no admin path, so the row they write is chosen by who is logged in.
 * Two people never save the same such row; only one person's own tabs can
 * ({@code rules/models/current-user.json}).
 */
public final class OwnRecords {

  private static final String RESOURCE = "/rules/models/current-user.json";

  private static final List<String> BODY_PARAMETERS = List.of(
      "org.springframework.web.bind.annotation.RequestBody", "org.springframework.web.bind.annotation.RequestPart",
      "org.springframework.web.bind.annotation.ModelAttribute");
  private static final Pattern SEVERAL_IDS = Pattern.compile("ids|.*(Ids|IDs|_ids)");
  private static final Pattern USER_REFERENCE =
      Pattern.compile("(?i)(user|member|customer|login|current_?user)_?ids?|uid");

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
    return actsOnOwnRecords(entry, graph, Set.of());
  }

  /**
   * The same, knowing the tables it writes: then an id that names another table's row ({@code dishId}
   * in the body of {@code POST /user/shoppingCart/add}, which writes {@code shopping_cart}) says what
   * goes into the caller's record, not which record; {@code id}, a list of ids, or an id named after a
   * written table ({@code shoppingCartId}) still names one.
   */
  public boolean actsOnOwnRecords(EntryPoint entry, CallGraph graph, Set<String> writtenTables) {
    // No HTTP method: a method registering several lambda routes, or a handler whose mapping is unseen.
    if (!"http".equals(entry.kind()) || entry.httpMethod() == null || PathKinds.isAdmin(entry) && !ownPage(entry.route())
        || routeNamesRecord(entry.route())) {
      return false;
    }
    Optional<MethodFacts> handler = graph.handler(entry);
    if (handler.isEmpty() || RequestBodies.readsRequestItself(handler.get())) {
      return false; // what it receives, and which record that names, is not in its signature
    }
    boolean asksWho = false;
    boolean jaxRs = RequestBodies.jaxRs(handler.get());
    for (ParameterFacts parameter : handler.get().parameters()) {
      if (RequestBodies.pathParameter(parameter)) {
        return false;
      }
      if (isLoggedInUser(parameter)) {
        asksWho = true;
      } else if (namesRecord(parameter.name(), writtenTables) || !namesNoRecord(parameter, graph, jaxRs, writtenTables)) {
        return false;
      }
    }
    return asksWho || asksWhoIsLoggedIn(handler.get(), graph);
  }

  /** How many calls deep the question of who is logged in is looked for: the handler, its service, a helper. */
  private static final int ASKING_DEPTH = 2;

  /** The handler, or a method it calls a few calls deep ({@code ShoppingCartService.add}), asks who is logged in. */
  /**
   * The handler, or a method it calls, asks who is logged in. Not by asking for an administrator
   * ({@code getAdminUid()}): an administrator's request acts on the back office's records, not on their
   * own, unless code compares a record's owner with them ({@link #comparesWithCaller}).
   */
  private boolean asksWhoIsLoggedIn(MethodFacts handler, CallGraph graph) {
    return graph.anyWithin(handler.ref(), ASKING_DEPTH,
        method -> graph.method(method).map(m -> m.calls().stream()
            .anyMatch(call -> !call.name().contains("Admin") && asksWhoIsLoggedIn(call))).orElse(false));
  }


  /**
   * A parameter the framework fills with the logged-in user ({@code @LoginUser}, {@code
   * @AuthenticationPrincipal}), or a user id an interceptor put in the request or the session
   * ({@code @RequestAttribute Long userId}, from the token).
   */
  boolean isLoggedInUser(ParameterFacts parameter) {
    return parameter.annotations().stream().anyMatch(this::loggedInUser)
        || parameter.annotations().stream().anyMatch(a -> STORED_ATTRIBUTES.stream().anyMatch(a::is))
            && USER_REFERENCE.matcher(parameter.name()).matches();
  }

  private static final List<String> STORED_ATTRIBUTES = List.of(
      "org.springframework.web.bind.annotation.RequestAttribute",
      "org.springframework.web.bind.annotation.SessionAttribute");

  private boolean loggedInUser(AnnotationFacts annotation) {
    return annotation.names().stream().anyMatch(n -> parameterAnnotations.matcher(EntryPoints.simpleName(n)).matches());
  }

  /**
   * What the client sends names no record: a project type whose fields (and its project supertypes')
   * include no {@code id} or {@code *Id}/{@code *Ids} other than the user's own, or a value of a library
   * type that is no request body ({@code HttpServletRequest}, a {@code String} parameter). With a record
   * named ({@code service.update(request, SessionUtils.getUserId())}, {@code selectIds}), the logged-in
   * user is only who acts; a body of a library type ({@code Map}, {@code JSONObject}, a JAX-RS entity
   * {@code String json}) may name anything.
   */
  private static boolean namesNoRecord(ParameterFacts parameter, CallGraph graph, boolean jaxRs, Set<String> tables) {
    Optional<TypeFacts> type = graph.projectType(parameter.type()).flatMap(graph::type);
    if (type.isPresent()) {
      return fieldsNameNoRecord(type.get(), graph, new HashSet<>(), tables);
    }
    return parameter.annotations().stream().noneMatch(a -> BODY_PARAMETERS.stream().anyMatch(a::is))
        && !(jaxRs && RequestBodies.entity(parameter));
  }

  private static boolean fieldsNameNoRecord(TypeFacts type, CallGraph graph, Set<String> seen, Set<String> tables) {
    if (!seen.add(type.qualifiedName())) {
      return true;
    }
    if (type.fields().keySet().stream().anyMatch(field -> namesRecord(field, tables))) {
      return false;
    }
    for (TypeRef supertype : type.supertypes()) {
      Optional<TypeFacts> parent = graph.projectType(supertype).flatMap(graph::type);
      if (parent.isPresent() && !fieldsNameNoRecord(parent.get(), graph, seen, tables)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code id}, {@code selectIds}, and, when the written tables are not known, any {@code projectId}
   * or {@code order_id}; when they are, only an id named after one of them ({@code shoppingCartId},
   * {@code cart_id} for {@code t_shopping_cart}). A user id names the user's own row, except where
   * it is the id of a written table (the users table itself).
   */
  private static boolean namesRecord(String name, Set<String> tables) {
    if (name == null || !RequestBodies.RECORD_ID.matcher(name).matches()) {
      return false;
    }
    if (USER_REFERENCE.matcher(name).matches()) {
      return namesWrittenTable(name, tables); // the userId of PUT /sys/user names the user it edits
    }
    return tables.isEmpty() || name.equalsIgnoreCase("id") || SEVERAL_IDS.matcher(name).matches()
        || namesWrittenTable(name, tables);
  }

  /** {@code shoppingCartId} or {@code cart_id} for {@code t_shopping_cart}, {@code userId} for {@code sys_user}. */
  private static boolean namesWrittenTable(String name, Set<String> tables) {
    String stem = name.replaceFirst("(?i)_?ids?$", "").replace("_", "").toLowerCase(Locale.ROOT);
    return !stem.isEmpty() && tables.stream()
        .map(table -> table.replace("_", "").toLowerCase(Locale.ROOT))
        .anyMatch(table -> table.endsWith(stem) || table.endsWith(stem + "s") || stem.endsWith(table));
  }

  /**
   * The check's other side is the logged-in user: it reads a parameter the framework fills with them
   * ({@code @LoginUser Integer userId}, {@code @CurrentUser User user}), or its value comes from a call
   * that asks who is logged in ({@code SecurityUtils.getUserId()}), in the condition or in the
   * initializer of a local it reads.
   */
  boolean comparesWithCaller(OwnerCheck check, MethodFacts method) {
    for (ParameterFacts parameter : method.parameters()) {
      if (check.names().contains(parameter.name()) && isLoggedInUser(parameter)) {
        return true;
      }
    }
    return method.calls().stream().anyMatch(call -> check.lines().contains(call.line()) && asksWhoIsLoggedIn(call));
  }

  /** Some call {@code method} makes on one of {@code lines} asks who is logged in. */
  public boolean asksOn(MethodFacts method, Collection<Integer> lines) {
    return method.calls().stream().anyMatch(call -> lines.contains(call.line()) && asksWhoIsLoggedIn(call));
  }

  private boolean asksWhoIsLoggedIn(MethodCall call) {
    for (CompiledAccessor accessor : accessors) {
      if (!accessor.names().matcher(call.name()).matches()) {
        continue;
      }
      // AuthUserContext.get().getUserId(): what the holder hands out is asked
      TypeRef receiverType = call.receiverType() != null || call.returnOf() == null
          ? call.receiverType() : call.returnOf().receiverType();
      if (accessor.receiverTypes() == null
          ? call.receiver() == MethodCall.Receiver.THIS
          : receiverType != null && accessor.receiverTypes().matcher(receiverType.simpleName()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern OWN_PAGE = Pattern.compile("(?i).*/(profile|me|self|myself|mine)/?");

  /** {@code /admin/profile}: on an admin path, the administrator's own page. */
  private static boolean ownPage(String route) {
    return route != null && OWN_PAGE.matcher(route).matches();
  }

  /** {@code /orders/{id}}, {@code /orders/:id}: the route itself says which record. */
  static boolean routeNamesRecord(String route) {
    return route != null && (route.contains("{") || route.contains("/:"));
  }
}
