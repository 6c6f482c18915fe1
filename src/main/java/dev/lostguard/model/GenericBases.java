package dev.lostguard.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Calls through a generic base class, told apart by type argument. Admin apps often route every
 * entity's writes through one {@code BaseServiceImpl<T>} whose {@code BaseMapper<T> baseMapper} field
 * runs {@code updateByPrimaryKey}; each {@code UserMapper extends BaseMapper<User>} binds its own XML
 * statement to that inherited method. The call graph, by class hierarchy, sends the base's call to
 * every mapper; this class asks the finer question for one mapper: does a call reach the inherited
 * method with the mapper's own entity, either on the mapper itself or through a service subclass
 * {@code UserServiceImpl extends BaseServiceImpl<User>} whose inherited method someone calls on it?
 * Whatever it cannot tell apart (a raw type, a receiver it cannot place) counts as reaching it.
 */
public final class GenericBases {

  /** Type variables as apps name them, in capitals: {@code T}, {@code M2}, {@code ID}, {@code ENTRY}, {@code EXAMPLE}. */
  private static final Pattern TYPE_VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private GenericBases() {}

  /** Whether some project call runs {@code method}, declared by a supertype of mapper {@code namespace}, for it. */
  public static boolean calledFor(CallGraph graph, MethodFacts method, String namespace) {
    String declaring = method.ref().owner();
    if (declaring.equals(namespace)) {
      return !graph.callersOf(method.ref()).isEmpty();
    }
    Optional<String> entity = typeArgument(graph, namespace, declaring);
    for (MethodRef caller : graph.callersOf(method.ref())) {
      Optional<MethodFacts> facts = graph.method(caller);
      if (facts.isEmpty()) {
        return true;
      }
      for (MethodCall call : facts.get().calls()) {
        if (call.name().equals(method.ref().name()) && (entity.isEmpty() ? onThisMapper(graph, caller, call, namespace)
            : reachesFor(graph, caller, call, namespace, entity.get()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A method of a base that is no generic type ({@code interface BaseDao { int update(Object row); }}):
   * the call runs it for the mapper when made on the mapper or a subtype, on the base itself or a
   * receiver it cannot place (either may be this mapper); a call on another mapper extending the same
   * base ({@code zoneDao.update(..)}) runs that mapper's statement, not this one's.
   */
  private static boolean onThisMapper(CallGraph graph, MethodRef caller, MethodCall call, String namespace) {
    Optional<String> receiver = graph.projectType(graph.receiverTypeOf(caller.owner(), call));
    return receiver.isEmpty() || graph.selfAndAncestors(receiver.get()).contains(namespace)
        || graph.selfAndAncestors(namespace).contains(receiver.get());
  }

  /**
   * Whether one call, made in {@code caller}, may run the inherited method for the mapper's entity: on
   * the mapper or a subtype; on a supertype raw or given the entity; on a supertype given the caller's
   * own type variable when a subclass binding it to the entity is called. Another mapper does not.
   */
  private static boolean reachesFor(
      CallGraph graph, MethodRef caller, MethodCall call, String namespace, String entity) {
    TypeRef receiverType = graph.receiverTypeOf(caller.owner(), call);
    Optional<String> receiver = graph.projectType(receiverType);
    if (receiver.isEmpty() || graph.selfAndAncestors(receiver.get()).contains(namespace)) {
      return true;
    }
    if (!graph.selfAndAncestors(namespace).contains(receiver.get())) {
      return false;
    }
    if (receiverType.arguments().isEmpty()) {
      return true;
    }
    String argument = receiverType.arguments().get(0).simpleName();
    if (!isTypeVariable(argument)) {
      return argument.equals(entity);
    }
    return graph.implementationsOf(caller.owner()).isEmpty()
        || bindingTo(graph, caller.owner(), entity).stream().anyMatch(subclass -> calledOn(graph, caller, subclass));
  }

  /** The project classes extending the generic {@code base} that bind its type argument to {@code entity}, or raw. */
  private static List<String> bindingTo(CallGraph graph, String base, String entity) {
    return graph.implementationsOf(base).stream()
        .map(TypeFacts::qualifiedName)
        .filter(subclass -> typeArgument(graph, subclass, base).map(entity::equals).orElse(true))
        .toList();
  }

  /** Whether some call runs {@code inherited} on {@code subclass}: on itself, or on a type only it implements. */
  private static boolean calledOn(CallGraph graph, MethodRef inherited, String subclass) {
    return graph.callersOf(inherited).stream().anyMatch(caller -> runsOn(graph, caller, inherited, subclass));
  }

  /** Whether a call in {@code caller} may run {@code inherited} on {@code subclass}. */
  private static boolean runsOn(CallGraph graph, MethodRef caller, MethodRef inherited, String subclass) {
    Optional<MethodFacts> facts = graph.method(caller);
    if (facts.isEmpty()) {
      return true;
    }
    for (MethodCall call : facts.get().calls()) {
      if (!call.name().equals(inherited.name())) {
        continue;
      }
      if (call.receiver() == MethodCall.Receiver.THIS || call.receiver() == MethodCall.Receiver.SUPER) {
        if (graph.selfAndAncestors(caller.owner()).contains(subclass)
            || graph.selfAndAncestors(subclass).contains(caller.owner())) {
          return true;
        }
        continue;
      }
      Optional<String> receiver = graph.projectType(call.receiverType());
      if (receiver.isEmpty()) {
        return true;
      }
      boolean specific = receiver.get().equals(subclass)
          || graph.selfAndAncestors(subclass).contains(receiver.get())
              && !graph.selfAndAncestors(inherited.owner()).contains(receiver.get());
      boolean generic = graph.selfAndAncestors(inherited.owner()).contains(receiver.get())
          && (call.receiverType().arguments().isEmpty()
              || isTypeVariable(call.receiverType().arguments().get(0).simpleName())
              || typeArgument(graph, subclass, receiver.get())
                  .map(call.receiverType().arguments().get(0).simpleName()::equals).orElse(true));
      if (specific || generic) {
        return true;
      }
    }
    return false;
  }

  /**
   * The chains among {@code chains} to {@code target}, a method inherited from a generic base, that run
   * it for the mapper {@code mapperFile} names ({@code SubjectMapper.xml}: {@code SubjectMapper
   * extends BaseMapper<Subject>}): a chain through {@code examPaperService.updateById} reaches the
   * shared base method too, but runs another mapper's statement. All of them when none does, or when
   * the file names no such mapper.
   */
  static List<EntryChain> runningFor(CallGraph graph, MethodRef target, String mapperFile, List<EntryChain> chains) {
    String stem = mapperFile.substring(mapperFile.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z]+$", "");
    Optional<String> namespace = graph.subtypesNamed(target.owner(), stem).or(() -> sameEntityName(graph, target.owner(), stem));
    Optional<String> entity = namespace.flatMap(n -> typeArgument(graph, n, target.owner()));
    if (entity.isEmpty()) {
      return chains;
    }
    List<EntryChain> running = chains.stream()
        .filter(chain -> runsFor(graph, chain.methods(), namespace.get(), entity.get()))
        .toList();
    if (running.isEmpty()) {
      // The shortest chains all run the base for other mappers; build the ones through its callers that run it for this one.
      running = throughCallersFor(graph, target, namespace.get(), entity.get());
    }
    return running.isEmpty() ? chains : running;
  }

  /** How many chains to each caller the search through callers gathers. */
  private static final int CALLER_CHAINS = 3;

  /**
   * Chains to {@code target} built through the methods that call it for the mapper's entity: a method
   * that calls it on the mapper (or a receiver given the entity), or, when the base calls it on its
   * own type variable ({@code getMapper().updateByPrimaryKeySelective(entry)}), the callers of that
   * base method that run it on a subclass binding the variable to the entity ({@code
   * BrccInstanceServiceImpl.updateInstance} calling the inherited {@code updateByPrimaryKeySelective}).
   */
  private static List<EntryChain> throughCallersFor(CallGraph graph, MethodRef target, String namespace, String entity) {
    List<EntryChain> found = new ArrayList<>();
    for (MethodRef caller : graph.callersOf(target)) {
      Optional<MethodFacts> facts = graph.method(caller);
      Optional<MethodCall> call = facts.flatMap(f -> f.calls().stream()
          .filter(c -> c.name().equals(target.name())).findFirst());
      if (call.isEmpty()) {
        continue;
      }
      TypeRef receiverType = graph.receiverTypeOf(caller.owner(), call.get());
      boolean typeVariable = graph.projectType(receiverType).isPresent() && !receiverType.arguments().isEmpty()
          && isTypeVariable(receiverType.arguments().get(0).simpleName());
      if (!typeVariable) {
        if (reachesFor(graph, caller, call.get(), namespace, entity)) {
          graph.chainsTo(caller, CALLER_CHAINS).forEach(chain -> found.add(extended(chain, target)));
        }
        continue;
      }
      List<String> binding = bindingTo(graph, caller.owner(), entity);
      for (MethodRef outer : graph.callersOf(caller)) {
        if (binding.stream().anyMatch(subclass -> runsOn(graph, outer, caller, subclass))) {
          graph.chainsTo(outer, CALLER_CHAINS).forEach(chain -> found.add(extended(chain, caller, target)));
        }
      }
    }
    return found;
  }

  private static EntryChain extended(EntryChain chain, MethodRef... more) {
    List<MethodRef> methods = new ArrayList<>(chain.methods());
    methods.addAll(List.of(more));
    return new EntryChain(chain.entry(), methods);
  }

  private static final Pattern MAPPER_ROLE = Pattern.compile("(Base|Mapper|Repository|Repo|Dao|DAO|Sql|Ext)+$");

  /**
   * The one subtype of {@code base} whose name, without its role, is the file's without its role:
   * {@code NotifyMessageStatRepository} for {@code NotifyMessageStatBase.xml}.
   */
  private static Optional<String> sameEntityName(CallGraph graph, String base, String fileStem) {
    String entity = MAPPER_ROLE.matcher(fileStem).replaceFirst("");
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    List<String> named = graph.subtypes(base).stream()
        .filter(type -> MAPPER_ROLE.matcher(type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1))
            .replaceFirst("").equals(entity))
        .toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** Whether the last steps of a chain to the inherited method run it for the mapper's entity. */
  private static boolean runsFor(CallGraph graph, List<MethodRef> steps, String namespace, String entity) {
    int last = steps.size() - 1;
    if (last < 1) {
      return true;
    }
    MethodRef caller = steps.get(last - 1);
    Optional<MethodFacts> facts = graph.method(caller);
    if (facts.isEmpty()) {
      return true;
    }
    for (MethodCall call : facts.get().calls()) {
      if (!call.name().equals(steps.get(last).name())) {
        continue;
      }
      TypeRef receiverType = graph.receiverTypeOf(caller.owner(), call);
      Optional<String> receiver = graph.projectType(receiverType);
      boolean typeVariable = receiver.isPresent() && !receiverType.arguments().isEmpty()
          && isTypeVariable(receiverType.arguments().get(0).simpleName());
      if (!typeVariable) {
        if (reachesFor(graph, caller, call, namespace, entity)) {
          return true;
        }
      } else if (last < 2 || graph.implementationsOf(caller.owner()).isEmpty()
          || bindingTo(graph, caller.owner(), entity).stream()
              .anyMatch(subclass -> runsOn(graph, steps.get(last - 2), caller, subclass))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The simple name of the first type argument that {@code type} (or a project ancestor) gives the
   * generic {@code base}: {@code User} for {@code UserMapper extends BaseMapper<User>}; empty when raw.
   */
  private static Optional<String> typeArgument(CallGraph graph, String type, String base) {
    for (String ancestor : graph.selfAndAncestors(type)) {
      Optional<TypeFacts> facts = graph.type(ancestor);
      if (facts.isEmpty()) {
        continue;
      }
      for (TypeRef supertype : facts.get().supertypes()) {
        if (graph.projectType(supertype).map(base::equals).orElse(false) && !supertype.arguments().isEmpty()) {
          String argument = supertype.arguments().get(0).simpleName();
          return isTypeVariable(argument) ? Optional.empty() : Optional.of(argument);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isTypeVariable(String simpleName) {
    return TYPE_VARIABLE.matcher(simpleName).matches();
  }
}
