package dev.lostguard.java;

import dev.lostguard.model.AnnotationFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.MethodCall;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.ParameterFacts;
import dev.lostguard.model.RouteCall;
import dev.lostguard.model.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A method {@link CodeFacts} is reading: its declaration and the calls met in its body so far. */
final class MethodFrame {
  final MethodFrame outer;
  final TypeFrame owner;
  final boolean constructor;
  private final MethodRef ref;
  private final Location nameLocation;
  private final List<AnnotationFacts> annotations;
  private final List<ParameterFacts> parameters;
  private final TypeRef returnType;
  private final boolean isPublic;
  private final List<MethodCall> calls = new ArrayList<>();
  /** Calls that may register routes, in the order the walker meets them (outer calls before their arguments). */
  private final List<RouteCall> routes = new ArrayList<>();
  private final List<TypeRef> passedTypes = new ArrayList<>();
  /** Each call's name position ({@code line << 32 | column}), to put calls in source order. */
  private long[] positions = new long[8];
  private boolean ordered = true;

  MethodFrame(
      MethodFrame outer,
      TypeFrame owner,
      MethodRef ref,
      Location nameLocation,
      List<AnnotationFacts> annotations,
      List<ParameterFacts> parameters,
      TypeRef returnType,
      boolean isPublic,
      boolean constructor) {
    this.outer = outer;
    this.owner = owner;
    this.ref = ref;
    this.nameLocation = nameLocation;
    this.annotations = annotations;
    this.parameters = parameters;
    this.returnType = returnType;
    this.isPublic = isPublic;
    this.constructor = constructor;
  }

  void add(MethodCall call, int column) {
    int index = calls.size();
    if (index == positions.length) {
      positions = Arrays.copyOf(positions, index * 2);
    }
    positions[index] = (long) call.line() << 32 | column;
    ordered &= index == 0 || positions[index - 1] <= positions[index];
    calls.add(call);
  }

  void addRoute(RouteCall route) {
    routes.add(route);
  }

  void addPassedType(TypeRef passed) {
    passedTypes.add(passed);
  }

  /** The finished method. */
  MethodFacts facts() {
    return new MethodFacts(ref, nameLocation, annotations, parameters, returnType, isPublic, calls(), List.copyOf(routes),
        List.copyOf(passedTypes));
  }

  /** The calls in the order their names are written (the walker meets arguments before the call). */
  private List<MethodCall> calls() {
    if (calls.isEmpty()) {
      return List.of();
    }
    if (ordered) {
      return List.copyOf(calls);
    }
    Integer[] order = new Integer[calls.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(positions[a], positions[b]));
    List<MethodCall> sorted = new ArrayList<>(order.length);
    for (Integer i : order) {
      sorted.add(calls.get(i));
    }
    return List.copyOf(sorted);
  }
}
