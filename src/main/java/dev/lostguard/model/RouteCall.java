package dev.lostguard.model;

import java.util.List;

/**
 * A call in a method body that may register an HTTP route through a routing DSL (SparkJava
 * {@code put(path, this::update)}, Javalin {@code app.put(path, ctx -> ..)}, Vert.x Web
 * {@code router.put(path).handler(this::update)}) or through a project method that wraps one. The
 * front-end records every call that passes a method reference or a lambda, and every call named after
 * an HTTP method that passes one of the enclosing method's parameters; the {@link EntryPointModel}
 * decides project-wide which of them register routes.
 *
 * @param receiver how the receiver is known ({@code THIS} for an unqualified call)
 * @param receiverType the receiver's declared type, or the named type of a static call; null when unknown
 * @param staticOwners for an unqualified call, the classes a static import may take it from; else empty
 * @param arguments the arguments in order
 * @param chained the call this one is made on ({@code router.put("/x")} for {@code .handler(..)}), or null
 * @param groups the calls whose lambda argument holds this call and whose first argument is no lambda,
 *     outermost first ({@code path("notes", () -> ..)}); their own chains and groups are not kept
 * @param line where the call's name is written
 */
public record RouteCall(
    String name,
    MethodCall.Receiver receiver,
    TypeRef receiverType,
    List<String> staticOwners,
    List<RouteArgument> arguments,
    RouteCall chained,
    List<RouteCall> groups,
    int line) {

  public RouteCall {
    staticOwners = List.copyOf(staticOwners);
    arguments = List.copyOf(arguments);
    groups = List.copyOf(groups);
  }

  /** The argument at {@code index}, or null when the call has fewer. */
  public RouteArgument argument(int index) {
    return index >= 0 && index < arguments.size() ? arguments.get(index) : null;
  }

  /** The call as the call graph resolves it. */
  public MethodCall asCall() {
    return new MethodCall(receiver, receiverType, name, arguments.size(), line);
  }
}
