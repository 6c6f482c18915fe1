package dev.lostguard.model;

import dev.lostguard.model.EntryPointModel.RouteFramework;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the HTTP entry points that routing-DSL calls register ({@link RouteCall}s matched against
 * {@link RouteFramework}s), and those registered through one level of project wrappers: a project
 * method that hands its own parameter to a DSL verb ({@code postForDatum(path, handler)} calling
 * {@code Spark.post(path, wrap(handler))}) is itself a verb, and calls to it register routes the same
 * way. Wrappers of wrappers are not followed.
 *
 * <p>A method reference's handler is the method it names. A lambda's body runs as the method that
 * registers it (its calls are that method's calls), so that method is the handler, but its entry
 * point carries no HTTP method: that method often registers other lambdas or starts the server too,
 * and its parameters are not the request's, so rules that judge a verb's handler (a PUT without a
 * precondition, a write only GETs reach) leave it alone, while the rules that ask whether people
 * reach a write still see an HTTP entry point.
 */
final class RouteEntries {

  /**
   * A route registered in {@code caller}: the handler is a method reference or a lambda.
   *
   * @param route the full route, null when some part of it is not known
   */
  private record Registration(MethodFacts caller, String kind, String httpMethod, String route,
      RouteArgument handler) {}

  /** A project method registering the handler its parameter {@code handlerParameter} receives. */
  private record Wrapper(RouteFramework framework, String httpMethod, RouteArgument route, int handlerParameter) {}

  /** A call that no framework owns: maybe a call to a wrapper. */
  private record Candidate(MethodFacts caller, RouteCall call) {}

  private final TypeHierarchy types;
  private final List<RouteFramework> frameworks;
  private final ConstantPool constants;
  private final CallResolution resolution;
  private final List<Registration> registrations = new ArrayList<>();
  private final Map<MethodRef, List<Wrapper>> wrappers = new HashMap<>();
  private final List<Candidate> candidates = new ArrayList<>();

  private RouteEntries(
      TypeHierarchy types, List<RouteFramework> frameworks, ConstantPool constants, CallResolution resolution) {
    this.types = types;
    this.frameworks = frameworks;
    this.constants = constants;
    this.resolution = resolution;
  }

  static Set<EntryPoint> find(
      TypeHierarchy types, List<RouteFramework> frameworks, ConstantPool constants, CallResolution resolution) {
    if (frameworks.isEmpty()) {
      return Set.of();
    }
    RouteEntries finder = new RouteEntries(types, frameworks, constants, resolution);
    for (TypeFacts type : types.sortedTypes()) {
      for (MethodFacts method : type.methods()) {
        method.routes().forEach(call -> finder.direct(method, call));
      }
    }
    if (!finder.wrappers.isEmpty()) {
      finder.candidates.forEach(finder::wrapped);
    }
    return finder.entries();
  }

  /** A DSL call: a registration, or a wrapper when the handler is the caller's parameter. */
  private void direct(MethodFacts caller, RouteCall call) {
    for (RouteFramework framework : frameworks) {
      RouteCall verb = verbCall(caller, call, framework);
      if (verb == null) {
        continue;
      }
      int handlerIndex = handlerIndex(call, framework);
      if (handlerIndex < 0) {
        return;
      }
      RouteArgument handler = call.argument(handlerIndex);
      boolean routeIsHandler = verb == call && handlerIndex == framework.routeArgument();
      RouteArgument route = routeIsHandler ? null : verb.argument(framework.routeArgument());
      String httpMethod = verb.name().toUpperCase(Locale.ROOT);
      if (handler.kind() == RouteArgument.Kind.PARAMETER) {
        wrappers.computeIfAbsent(caller.ref(), k -> new ArrayList<>())
            .add(new Wrapper(framework, httpMethod, route, handler.parameter()));
      } else {
        registrations.add(new Registration(caller, framework.kind(), httpMethod,
            route(caller, call, framework, route), handler));
      }
      return;
    }
    candidates.add(new Candidate(caller, call));
  }

  /**
   * The call that names the route: {@code call} itself when it is a verb of the framework, or for a
   * framework whose handler methods take the handler, the verb call down {@code call}'s chain; null.
   */
  private RouteCall verbCall(MethodFacts caller, RouteCall call, RouteFramework framework) {
    if (framework.handlerMethods().isEmpty()) {
      return framework.verbs().contains(call.name()) && owned(caller, call, framework) ? call : null;
    }
    if (!framework.handlerMethods().contains(call.name())) {
      return null;
    }
    for (RouteCall inner = call.chained(); inner != null; inner = inner.chained()) {
      if (framework.verbs().contains(inner.name()) && owned(caller, inner, framework)) {
        return inner;
      }
    }
    return null;
  }

  /** The first of the framework's handler positions holding a handler or the caller's parameter; -1. */
  private static int handlerIndex(RouteCall call, RouteFramework framework) {
    for (int index : framework.handlerArguments()) {
      RouteArgument argument = call.argument(index);
      if (argument != null && (argument.handler() || argument.kind() == RouteArgument.Kind.PARAMETER)) {
        return index;
      }
    }
    return -1;
  }

  /**
   * The receiver is the framework's: its declared type (never a project type), or for an unqualified
   * call, a statically imported class, unless a project method of that name is in scope.
   */
  private boolean owned(MethodFacts caller, RouteCall call, RouteFramework framework) {
    if (call.receiver() == MethodCall.Receiver.STATIC || call.receiver() == MethodCall.Receiver.TYPED) {
      return call.receiverType() != null
          && call.receiverType().candidates().stream().anyMatch(framework.owners()::contains)
          && types.projectType(call.receiverType()).isEmpty();
    }
    return call.receiver() == MethodCall.Receiver.THIS
        && call.staticOwners().stream().anyMatch(framework.owners()::contains)
        && resolution.targets(caller.ref().owner(), call.asCall()).isEmpty();
  }

  /** A call to a wrapper registers its handler argument for the wrapper's verb. */
  private void wrapped(Candidate candidate) {
    RouteCall call = candidate.call();
    for (MethodRef target : targets(candidate.caller(), call)) {
      for (Wrapper wrapper : wrappers.getOrDefault(target, List.of())) {
        RouteArgument handler = call.argument(wrapper.handlerParameter());
        if (handler == null || !handler.handler()) {
          continue;
        }
        RouteArgument route = wrapper.route() != null && wrapper.route().kind() == RouteArgument.Kind.PARAMETER
            ? call.argument(wrapper.route().parameter())
            : wrapper.route();
        registrations.add(new Registration(candidate.caller(), wrapper.framework().kind(), wrapper.httpMethod(),
            route(candidate.caller(), call, wrapper.framework(), route), handler));
      }
    }
  }

  /** The project methods a call may run: through its receiver, or a class it is statically imported from. */
  private Set<MethodRef> targets(MethodFacts caller, RouteCall call) {
    Set<MethodRef> targets = new TreeSet<>(resolution.targets(caller.ref().owner(), call.asCall()));
    for (String owner : call.staticOwners()) {
      types.lookup(owner, call.name(), call.arguments().size()).ifPresent(targets::add);
    }
    return targets;
  }

  private Set<EntryPoint> entries() {
    Set<EntryPoint> entries = new LinkedHashSet<>();
    for (Registration registration : registrations) {
      String route = registration.route();
      MethodFacts caller = registration.caller();
      if (registration.handler().kind() == RouteArgument.Kind.LAMBDA) {
        entries.add(new EntryPoint(registration.kind(), null, route, caller.ref(), caller.nameLocation()));
        continue;
      }
      for (MethodRef target : resolution.targets(caller.ref().owner(), registration.handler().reference())) {
        types.method(target).ifPresent(handler -> entries.add(
            new EntryPoint(registration.kind(), registration.httpMethod(), route, target, handler.nameLocation())));
      }
    }
    return entries;
  }

  /**
   * The route the registering {@code call} gives: the paths of the framework's groups it is written
   * in, then its own route, joined; null when some part is not known, or there is none.
   */
  private String route(MethodFacts caller, RouteCall call, RouteFramework framework, RouteArgument route) {
    List<RouteArgument> parts = new ArrayList<>();
    for (RouteCall group : call.groups()) {
      if (framework.groupMethods().contains(group.name()) && owned(caller, group, framework)) {
        parts.add(group.argument(0));
      }
    }
    if (route != null) {
      parts.add(route);
    }
    String joined = "";
    for (RouteArgument part : parts) {
      String text = part.kind() == RouteArgument.Kind.TEXT ? constants.resolve(part.text()).text().orElse(null) : null;
      if (text == null) {
        return null;
      }
      joined = EntryPoints.joinRoute(joined, text);
    }
    return parts.isEmpty() ? null : joined;
  }
}
