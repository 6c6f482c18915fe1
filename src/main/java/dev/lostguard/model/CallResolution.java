package dev.lostguard.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves each project method's calls to the project methods they may run, as {@link CallGraph}
 * describes (receiver's declared type, name and arity; a virtual call reaches every subtype's
 * implementation), and counts the calls that leave the project or find no method. Used only while a
 * {@link CallGraph} is built.
 */
final class CallResolution {

  private final TypeHierarchy types;
  /** MyBatis mapper namespaces to the ids of their XML statements. */
  private final Map<String, Set<String>> statementIds;
  private final Map<MethodRef, Set<MethodRef>> callees = new HashMap<>();
  private final Map<String, List<MethodRef>> dispatchMemo = new HashMap<>();
  private int total;
  private int unresolved;
  private int external;

  private CallResolution(TypeHierarchy types, Map<String, Set<String>> statementIds) {
    this.types = types;
    this.statementIds = statementIds;
  }

  /** Resolves the calls of every project method. */
  static CallResolution of(TypeHierarchy types) {
    return of(types, Map.of());
  }

  /**
   * Resolves the calls of every project method.
   *
   * @param statementIds MyBatis mapper namespaces to the ids of their XML statements
   */
  static CallResolution of(TypeHierarchy types, Map<String, Set<String>> statementIds) {
    CallResolution resolution = new CallResolution(types, statementIds);
    types.methodRefs().stream().sorted().forEach(resolution::resolveCallsOf);
    return resolution;
  }

  /** The project methods each caller may run, for callers with at least one. */
  Map<MethodRef, Set<MethodRef>> callees() {
    return Collections.unmodifiableMap(callees);
  }

  /** The project methods {@code call}, made in a method of {@code owner}, may run; empty when none. */
  Set<MethodRef> targets(String owner, MethodCall call) {
    Set<MethodRef> targets = new TreeSet<>();
    resolve(owner, call, targets);
    return targets;
  }

  /** Calls in project method bodies. */
  int total() {
    return total;
  }

  /** Calls whose target could not be determined. */
  int unresolved() {
    return unresolved;
  }

  /** Calls that leave the project. */
  int external() {
    return external;
  }

  private void resolveCallsOf(MethodRef caller) {
    Set<MethodRef> targets = new TreeSet<>();
    for (MethodCall call : types.calls(caller)) {
      total++;
      Outcome outcome = resolve(caller.owner(), call, targets);
      if (outcome == Outcome.UNRESOLVED) {
        unresolved++;
      } else if (outcome == Outcome.EXTERNAL) {
        external++;
      }
    }
    if (!targets.isEmpty()) {
      callees.put(caller, targets);
    }
  }

  private Outcome resolve(String owner, MethodCall call, Set<MethodRef> targets) {
    if (call.arity() == MethodCall.ANY_ARITY) {
      return resolveReference(owner, call, targets);
    }
    switch (call.receiver()) {
      case THIS:
        return resolveThis(owner, call, targets);
      case SUPER:
        for (String supertype : types.projectSupertypes(owner)) {
          Optional<MethodRef> found = types.lookup(supertype, call.name(), call.arity());
          if (found.isPresent()) {
            targets.add(found.get());
            return Outcome.RESOLVED;
          }
        }
        return types.reachesLibraryType(owner) ? Outcome.EXTERNAL : Outcome.UNRESOLVED;
      case STATIC:
        return resolveTyped(call, targets);
      case TYPED:
        // A field or parameter of a type variable ({@code M mapper}): what the variable stands for.
        return resolveTyped(types.typeVariableValue(owner, call.receiverType()).map(call::onReturned).orElse(call),
            targets);
      default:
        TypeRef returned = returnedType(owner, call.returnOf());
        return returned == null ? Outcome.UNRESOLVED : resolveTyped(call.onReturned(returned), targets);
    }
  }

  /**
   * The declared return type shared by every project method {@code inner} may run, when it names a
   * project type ({@code factory.orders()} returning {@code OrderRepository}); null otherwise.
   */
  private TypeRef returnedType(String owner, MethodCall inner) {
    if (inner == null) {
      return null;
    }
    if (inner.receiver() == MethodCall.Receiver.FIELD) {
      return types.inheritedFieldType(owner, inner.name());
    }
    Set<MethodRef> innerTargets = new TreeSet<>();
    resolve(owner, inner, innerTargets);
    TypeRef shared = null;
    // getDefaultMapper() returning M: what M stands for on the object asked (folderService binds it to
    // FolderMapperExt), else in the type that declares the method (its bound)
    String asked = inner.receiver() == MethodCall.Receiver.THIS || inner.receiver() == MethodCall.Receiver.SUPER
        ? owner : types.projectType(inner.receiverType()).orElse(null);
    for (MethodRef target : innerTargets) {
      TypeRef declared = types.method(target).map(MethodFacts::returnType).orElse(null);
      TypeRef returned = types.typeVariableValue(asked, declared)
          .or(() -> types.typeVariableValue(target.owner(), declared)).orElse(declared);
      if (returned == null || types.projectType(returned).isEmpty()
          || shared != null && !types.projectType(shared).equals(types.projectType(returned))) {
        return null;
      }
      shared = returned;
    }
    return shared;
  }

  /**
   * A method reference runs one of the name's overloads: each arity the project declares is tried. A
   * name no project method has is a library method ({@code String::trim}).
   */
  private Outcome resolveReference(String owner, MethodCall call, Set<MethodRef> targets) {
    Set<Integer> arities = types.aritiesNamed(call.name());
    if (arities.isEmpty()) {
      return Outcome.EXTERNAL;
    }
    Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
    for (int arity : arities) {
      outcomes.add(resolve(owner, call.withArity(arity), targets));
    }
    return outcomes.contains(Outcome.RESOLVED) ? Outcome.RESOLVED
        : outcomes.contains(Outcome.EXTERNAL) ? Outcome.EXTERNAL : Outcome.UNRESOLVED;
  }

  /** The enclosing class's hierarchy, then each enclosing class's. */
  private Outcome resolveThis(String owner, MethodCall call, Set<MethodRef> targets) {
    boolean library = false;
    for (Optional<String> type = Optional.of(owner); type.isPresent(); type = types.outer(type.get())) {
      List<MethodRef> found = dispatch(type.get(), call.name(), call.arity());
      if (!found.isEmpty()) {
        targets.addAll(found);
        return Outcome.RESOLVED;
      }
      library |= types.reachesLibraryType(type.get());
    }
    return library ? Outcome.EXTERNAL : Outcome.UNRESOLVED;
  }

  private Outcome resolveTyped(MethodCall call, Set<MethodRef> targets) {
    Optional<String> type = types.projectType(call.receiverType());
    if (type.isEmpty()) {
      boolean named = call.receiverType() != null && !call.receiverType().candidates().isEmpty();
      return named ? Outcome.EXTERNAL : Outcome.UNRESOLVED;
    }
    if (call.receiver() == MethodCall.Receiver.STATIC) {
      Optional<MethodRef> found = types.lookup(type.get(), call.name(), call.arity());
      found.ifPresent(targets::add);
      if (found.isPresent()) {
        return Outcome.RESOLVED;
      }
    } else {
      List<MethodRef> found = dispatch(type.get(), call.name(), call.arity(), call.receiverType());
      if (!found.isEmpty()) {
        targets.addAll(found);
        return Outcome.RESOLVED;
      }
      if (types.isRepository(type.get())) {
        targets.add(new MethodRef(type.get(), call.name(), call.arity()));
        return Outcome.RESOLVED;
      }
      if (statementIds.getOrDefault(type.get(), Set.of()).contains(call.name())) {
        // CmsArticleDao extends a GenericDao<T> from a jar: its XML statement runs, as MapperWrites names it
        targets.add(new MethodRef(type.get(), call.name(), -1)); // -1: the arity MapperWrites gives a statement no method declares
        return Outcome.RESOLVED;
      }
    }
    return types.reachesLibraryType(type.get()) ? Outcome.EXTERNAL : Outcome.UNRESOLVED;
  }

  /** What a virtual call on {@code type} may run: its own or inherited method, and each subtype's. */
  private List<MethodRef> dispatch(String type, String name, int arity) {
    return dispatch(type, name, arity, null);
  }

  /**
   * As {@link #dispatch(String, String, int)}, for a receiver declared with type arguments: one of
   * {@code TaskAccess<RetryTask>} cannot hold a subtype that binds them to other project types ({@code
   * DeadLetterAccess implements TaskAccess<DeadLetter>}), whose methods are left out.
   */
  private List<MethodRef> dispatch(String type, String name, int arity, TypeRef receiver) {
    List<String> arguments = types.projectArguments(receiver);
    String key = type + '#' + name + '/' + arity + (arguments.isEmpty() ? "" : arguments.toString());
    List<MethodRef> memo = dispatchMemo.get(key);
    if (memo != null) {
      return memo;
    }
    Set<MethodRef> found = new TreeSet<>();
    types.lookup(type, name, arity).ifPresent(found::add);
    for (String subtype : types.subtypes(type)) {
      if (arguments.isEmpty() || types.mayHold(receiver, subtype)) {
        types.lookup(subtype, name, arity).ifPresent(found::add);
      }
    }
    List<MethodRef> result = List.copyOf(found);
    dispatchMemo.put(key, result);
    return result;
  }

  private enum Outcome {
    RESOLVED,
    UNRESOLVED,
    EXTERNAL
  }
}
