package dev.lostguard.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a chain's calls through a type variable can run the implementations it goes through. A
 * generic base's method ({@code BaseCRUDService<E, M extends CRUDMapper>.update} calling {@code
 * getDefaultMapper().updateByPrimaryKey(..)}, {@code getDefaultMapper()} returning {@code M})
 * dispatches, by its bound alone, to every mapper; but the mapper that runs is the one the object's
 * class binds {@code M} to. A chain {@code SourceController.update -> sourceService.update ->
 * ViewMapper.updateByPrimaryKey} cannot happen: {@code SourceService} binds {@code M} to {@code
 * SourceMapperExt}, no {@code ViewMapper}.
 */
final class TypeVariableDispatch {

  private TypeVariableDispatch() {}

  /** False when some step runs, through its class's type variable, what the object's binding rules out. */
  static boolean feasible(CallGraph graph, List<MethodRef> steps) {
    for (int i = 2; i < steps.size(); i++) {
      MethodRef caller = steps.get(i - 1);
      MethodRef callee = steps.get(i);
      Optional<String> object = objectType(graph, steps.get(i - 2), caller);
      if (object.isPresent() && !mayRunOn(graph, object.get(), caller, callee)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code caller}, run on an object of class {@code object}, may run {@code callee}: not when
   * it calls it through its class's type variable bound, for that class, to a type unrelated to the
   * callee's; nor through a generic type it parameterizes with its variable ({@code getMappser()}
   * returning {@code BaseMapper<T, E>}) when the callee's class gives that generic another type
   * ({@code RoleServiceImpl} is a {@code BaseMapper<SysRole, ..>}, the object a {@code BaseMapper<SysJob, ..>}).
   */
  private static boolean mayRunOn(CallGraph graph, String object, MethodRef caller, MethodRef callee) {
    int index = typeVariableIndex(graph, caller, callee);
    if (index >= 0) {
      Optional<String> bound = graph.typeArgument(object, caller.owner(), index);
      return bound.isEmpty() || related(graph, bound.get(), callee.owner());
    }
    Optional<Parameterized> through = parameterizedReceiver(graph, caller, callee);
    if (through.isEmpty()) {
      return true;
    }
    Optional<String> bound = binding(graph, object, caller.owner(), through.get().variable());
    Optional<String> given = graph.typeArgument(callee.owner(), through.get().generic(), through.get().position());
    return bound.isEmpty() || given.isEmpty() || related(graph, bound.get(), given.get());
  }

  /**
   * What an object of class {@code object} binds {@code generic}'s type variable at {@code index} to:
   * its own binding when it extends {@code generic}, else its binding of an interface {@code generic}
   * passes that variable to ({@code jobService}, a {@code JobService extends BaseService<SysJob, ..>},
   * for {@code BaseServiceImpl<T, E> implements BaseService<T, E>}).
   */
  private static Optional<String> binding(CallGraph graph, String object, String generic, int index) {
    Optional<String> own = graph.typeArgument(object, generic, index);
    Optional<TypeFacts> facts = graph.type(generic);
    if (own.isPresent() || facts.isEmpty() || index >= facts.get().typeParameters().size()) {
      return own;
    }
    String variable = facts.get().typeParameters().get(index).name();
    for (TypeRef supertype : facts.get().supertypes()) {
      Optional<String> shared = graph.projectType(supertype);
      for (int position = 0; shared.isPresent() && position < supertype.arguments().size(); position++) {
        TypeRef argument = supertype.arguments().get(position);
        if (argument.arguments().isEmpty() && argument.simpleName().equals(variable)) {
          Optional<String> passed = graph.typeArgument(object, shared.get(), position);
          if (passed.isPresent()) {
            return passed;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A receiver of a project generic type whose argument at {@code position} is the caller's class's
   * type variable at {@code variable} ({@code BaseMapper<T, E>} in {@code BaseServiceImpl<T, E>}).
   */
  private record Parameterized(String generic, int position, int variable) {}

  /** How every call of {@code callee}'s name in {@code caller} is made through such a receiver; empty when not. */
  private static Optional<Parameterized> parameterizedReceiver(CallGraph graph, MethodRef caller, MethodRef callee) {
    Optional<TypeFacts> generic = graph.type(caller.owner());
    Optional<MethodFacts> facts = graph.method(caller);
    if (generic.isEmpty() || generic.get().typeParameters().isEmpty() || facts.isEmpty()) {
      return Optional.empty();
    }
    Parameterized found = null;
    for (MethodCall call : facts.get().calls()) {
      if (!call.name().equals(callee.name())) {
        continue;
      }
      TypeRef declared = graph.receiverTypeOf(caller.owner(), call);
      Optional<String> type = declared == null ? Optional.empty() : graph.projectType(declared);
      Parameterized candidate = null;
      for (int position = 0; type.isPresent() && position < declared.arguments().size(); position++) {
        TypeRef argument = declared.arguments().get(position);
        int variable = argument.arguments().isEmpty() ? generic.get().typeParameterIndex(argument.simpleName()) : -1;
        if (variable >= 0) {
          candidate = new Parameterized(type.get(), position, variable);
          break;
        }
      }
      if (candidate == null || found != null && !found.equals(candidate)) {
        return Optional.empty();
      }
      found = candidate;
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether {@code caller} may run {@code callee} for some object it is called on: yes, unless it calls
   * it only through its class's type variable and every call of {@code caller} is made on an object
   * whose class binds that variable to a type unrelated to {@code callee}'s ({@code
   * BaseCRUDService.update} reaches {@code WidgetMapper.updateByPrimaryKey} by the bound of {@code M}
   * alone when no service binding {@code M} to a widget mapper calls it). A caller nobody calls, or
   * whose object lostguard cannot place, may run it.
   */
  static boolean mayRun(CallGraph graph, MethodRef caller, MethodRef callee) {
    if (typeVariableIndex(graph, caller, callee) < 0 && parameterizedReceiver(graph, caller, callee).isEmpty()) {
      return true;
    }
    Set<MethodRef> outers = graph.callersOf(caller);
    if (outers.isEmpty()) {
      return true;
    }
    for (MethodRef outer : outers) {
      Optional<String> object = objectType(graph, outer, caller);
      if (object.isEmpty() || mayRunOn(graph, object.get(), caller, callee)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The position of the type parameter of the caller's own class through which it calls {@code
   * callee} (a field of type {@code M}, {@code getDefaultMapper()} returning {@code M}); -1 when any
   * call of that name is made otherwise.
   */
  private static int typeVariableIndex(CallGraph graph, MethodRef caller, MethodRef callee) {
    Optional<TypeFacts> generic = graph.type(caller.owner());
    Optional<MethodFacts> facts = graph.method(caller);
    if (generic.isEmpty() || generic.get().typeParameters().isEmpty() || facts.isEmpty()) {
      return -1;
    }
    int index = -1;
    for (MethodCall call : facts.get().calls()) {
      if (!call.name().equals(callee.name())) {
        continue;
      }
      TypeRef declared = graph.receiverTypeOf(caller.owner(), call);
      int at = declared == null || !declared.arguments().isEmpty() ? -1
          : generic.get().typeParameterIndex(declared.simpleName());
      if (at < 0 || index >= 0 && at != index) {
        return -1;
      }
      index = at;
    }
    return index;
  }

  /**
   * The declared class of the object {@code inner} runs on, as the call from {@code outer} tells: its
   * typed receiver, or {@code outer}'s own class for a call on {@code this}. Empty when the calls of
   * that name disagree or do not tell.
   */
  private static Optional<String> objectType(CallGraph graph, MethodRef outer, MethodRef inner) {
    Optional<MethodFacts> facts = graph.method(outer);
    if (facts.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> found = Optional.empty();
    for (MethodCall call : facts.get().calls()) {
      if (!call.name().equals(inner.name())) {
        continue;
      }
      Optional<String> type = call.receiver() == MethodCall.Receiver.THIS || call.receiver() == MethodCall.Receiver.SUPER
          ? Optional.of(outer.owner()) : graph.projectType(graph.receiverTypeOf(outer.owner(), call));
      if (type.isEmpty() || found.isPresent() && !found.equals(type)) {
        return Optional.empty();
      }
      found = type;
    }
    return found;
  }

  private static boolean related(CallGraph graph, String a, String b) {
    return graph.selfAndAncestors(a).contains(b) || graph.selfAndAncestors(b).contains(a);
  }
}
