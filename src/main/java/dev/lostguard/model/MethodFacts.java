package dev.lostguard.model;

import java.util.List;

/**
 * A method (or constructor, named {@code <init>}) as declared.
 *
 * @param nameLocation the method name token: where endpoint findings point
 * @param returnType null for {@code void} and constructors
 * @param calls the calls in its body, in source order
 * @param routes the calls in its body that may register HTTP routes ({@link RouteCall}), outer calls first
 * @param passedTypes the types its calls name as arguments, by class literal or construction
 *     ({@code bus.run(CloseOrderCommand.class)}, {@code bus.run(new CloseOrderCommand(id))}), in source order
 */
public record MethodFacts(
    MethodRef ref,
    Location nameLocation,
    List<AnnotationFacts> annotations,
    List<ParameterFacts> parameters,
    TypeRef returnType,
    boolean isPublic,
    List<MethodCall> calls,
    List<RouteCall> routes,
    List<TypeRef> passedTypes) {

  public MethodFacts {
    routes = routes == null ? List.of() : List.copyOf(routes);
    passedTypes = passedTypes == null ? List.of() : List.copyOf(passedTypes);
  }

  /** The same method with other parameter facts (annotations an interface or a spec declares). */
  public MethodFacts withParameters(List<ParameterFacts> boundParameters) {
    return new MethodFacts(ref, nameLocation, annotations, List.copyOf(boundParameters), returnType, isPublic, calls,
        routes, passedTypes);
  }
}
