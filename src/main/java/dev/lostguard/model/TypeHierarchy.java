package dev.lostguard.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project's types and methods with their supertypes resolved to project types: method lookup
 * through inheritance, subtypes for dispatch, Spring Data repositories. Built once, read-only after.
 */
final class TypeHierarchy {

  private static final Comparator<TypeFacts> ORDER =
      Comparator.comparing(TypeFacts::qualifiedName)
          .thenComparing(TypeFacts::nameLocation, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final Map<String, TypeFacts> types = new HashMap<>();
  private final Map<MethodRef, MethodFacts> methods = new HashMap<>();
  /** The arities each method name is declared with, for method references. */
  private final Map<String, Set<Integer>> arities = new HashMap<>();
  /** Overloads of one arity share a ref: their calls are merged under it. */
  private final Map<MethodRef, List<MethodCall>> calls = new HashMap<>();
  private final Map<String, List<String>> projectSupertypes = new HashMap<>();
  private final Set<String> withLibrarySupertype = new HashSet<>();
  /** Direct subtypes by the supertype's project name, or by every candidate of a library supertype. */
  private final Map<String, List<String>> directSubtypes = new HashMap<>();
  private final Set<String> repositoryTypes;
  private final Map<String, Boolean> repositories = new HashMap<>();
  /** Filled lazily by queries; a race only computes the same list twice. */
  private final Map<String, List<String>> subtypesMemo = new ConcurrentHashMap<>();
  private final Map<String, List<String>> ancestorsMemo = new ConcurrentHashMap<>();

  TypeHierarchy(List<TypeFacts> input, List<String> repositoryTypes) {
    this.repositoryTypes = Set.copyOf(repositoryTypes);
    List<TypeFacts> sortedInput = input.stream().sorted(ORDER).toList();
    sortedInput.forEach(t -> types.putIfAbsent(t.qualifiedName(), t));
    // Modules that copy a class (same qualified name in two source trees) each call from their copy:
    // the first copy's facts stand for the type, and every copy's calls are kept.
    for (TypeFacts type : sortedInput) {
      for (MethodFacts method : type.methods()) {
        MethodRef ref = new MethodRef(type.qualifiedName(), method.ref().name(), method.ref().arity());
        methods.putIfAbsent(ref, method);
        arities.computeIfAbsent(ref.name(), n -> new TreeSet<>()).add(ref.arity());
        calls.computeIfAbsent(ref, r -> new ArrayList<>()).addAll(method.calls());
      }
    }
    for (TypeFacts type : sortedTypes()) {
      List<String> supers = new ArrayList<>();
      // A test double is nobody's subtype: no dispatch reaches it, no library type makes it an entry point.
      boolean testDouble = TestDoubles.isTestDouble(type);
      for (TypeRef supertype : type.supertypes()) {
        Optional<String> project = projectType(supertype);
        if (project.isPresent()) {
          supers.add(project.get());
          if (!testDouble) {
            directSubtypes.computeIfAbsent(project.get(), k -> new ArrayList<>()).add(type.qualifiedName());
          }
        } else {
          withLibrarySupertype.add(type.qualifiedName());
          for (String candidate : supertype.candidates()) {
            if (!testDouble) {
              directSubtypes.computeIfAbsent(candidate, k -> new ArrayList<>()).add(type.qualifiedName());
            }
          }
        }
      }
      projectSupertypes.put(type.qualifiedName(), List.copyOf(supers));
    }
    types.keySet().forEach(this::computeRepository);
  }

  /** Types by qualified name, in name order. */
  List<TypeFacts> sortedTypes() {
    return types.values().stream().sorted(ORDER).toList();
  }

  Optional<TypeFacts> type(String qualifiedName) {
    return Optional.ofNullable(types.get(qualifiedName));
  }

  boolean isProjectType(String qualifiedName) {
    return types.containsKey(qualifiedName);
  }

  /** The first candidate that names a project type. */
  Optional<String> projectType(TypeRef ref) {
    if (ref == null) {
      return Optional.empty();
    }
    return ref.candidates().stream().filter(types::containsKey).findFirst();
  }

  Optional<MethodFacts> method(MethodRef ref) {
    return Optional.ofNullable(methods.get(ref));
  }

  Collection<MethodRef> methodRefs() {
    return methods.keySet();
  }

  List<MethodCall> calls(MethodRef ref) {
    return calls.getOrDefault(ref, List.of());
  }

  List<String> projectSupertypes(String type) {
    return projectSupertypes.getOrDefault(type, List.of());
  }

  /** The type, then its project supertypes breadth-first (the {@code extends} clause first). */
  List<String> selfAndAncestors(String type) {
    List<String> memo = ancestorsMemo.get(type);
    if (memo != null) {
      return memo;
    }
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(type));
    while (!queue.isEmpty()) {
      String next = queue.poll();
      if (seen.add(next)) {
        queue.addAll(projectSupertypes(next));
      }
    }
    List<String> result = List.copyOf(seen);
    ancestorsMemo.put(type, result);
    return result;
  }

  /**
   * The declared type of {@code field} in the nearest project supertype of {@code owner} that declares
   * it ({@code @Autowired protected UserService userService} in a {@code BaseController}), with a type
   * variable replaced by what {@code owner} binds it to ({@code protected M baseMapper}); null when no
   * supertype declares it.
   */
  TypeRef inheritedFieldType(String owner, String field) {
    for (String declaring : selfAndAncestors(owner)) {
      TypeFacts facts = types.get(declaring);
      TypeRef declared = facts == null ? null : facts.fields().get(field);
      if (declared != null) {
        return typeVariableValue(owner, declared).orElse(declared);
      }
    }
    return null;
  }

  /**
   * What a type variable stands for in a method of {@code owner}: {@code M} in {@code BaseCRUDService<E,
   * M extends CRUDMapper>} is its bound, {@code CRUDMapper}; in a subclass that binds it ({@code
   * SourceService extends BaseCRUDService<Source, SourceMapperExt>}), the project type it binds. Empty
   * when {@code type} names a project type already, has type arguments, or is no type variable of
   * {@code owner} or its ancestors with a project type for a bound.
   */
  Optional<TypeRef> typeVariableValue(String owner, TypeRef type) {
    if (type == null || !type.arguments().isEmpty() || projectType(type).isPresent() || owner == null) {
      return Optional.empty();
    }
    String name = type.simpleName();
    for (String declaring : selfAndAncestors(owner)) {
      TypeFacts facts = types.get(declaring);
      int index = facts == null ? -1 : facts.typeParameterIndex(name);
      if (index < 0) {
        continue;
      }
      Optional<TypeRef> bound = declaring.equals(owner) ? Optional.empty() : typeArgument(owner, declaring, index);
      if (bound.isEmpty()) {
        bound = Optional.ofNullable(facts.typeParameters().get(index).bound());
      }
      return bound.filter(b -> projectType(b).isPresent());
    }
    return Optional.empty();
  }

  /**
   * The type argument that {@code type} or one of its ancestors gives the generic {@code generic} at
   * {@code index}, when it names a project type: {@code SourceMapperExt} for {@code SourceService
   * extends BaseCRUDService<Source, SourceMapperExt>} at 1.
   */
  Optional<TypeRef> typeArgument(String type, String generic, int index) {
    return typeArgument(type, generic, index, 0);
  }

  /** How many generic classes in between ({@code VizCRUDService<E, M> extends BaseCRUDService<E, M>}) are followed. */
  private static final int MAX_GENERIC_HOPS = 4;

  private Optional<TypeRef> typeArgument(String type, String generic, int index, int hops) {
    for (String ancestor : selfAndAncestors(type)) {
      TypeFacts facts = types.get(ancestor);
      if (facts == null) {
        continue;
      }
      for (TypeRef supertype : facts.supertypes()) {
        if (!projectType(supertype).map(generic::equals).orElse(false)) {
          continue;
        }
        if (supertype.arguments().size() <= index) {
          return Optional.empty();
        }
        TypeRef argument = supertype.arguments().get(index);
        if (projectType(argument).isPresent()) {
          return Optional.of(argument);
        }
        // The generic class in between passes its own variable on: what the type binds that one to.
        int passed = argument.arguments().isEmpty() ? facts.typeParameterIndex(argument.simpleName()) : -1;
        return passed >= 0 && hops < MAX_GENERIC_HOPS && !ancestor.equals(type)
            ? typeArgument(type, ancestor, passed, hops + 1) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The project type each of a declared type's arguments names, or null for one naming none (a type
   * variable, a wildcard, a library type); empty when it names none at all.
   */
  List<String> projectArguments(TypeRef declared) {
    if (declared == null || declared.arguments().isEmpty()) {
      return List.of();
    }
    List<String> arguments = new ArrayList<>();
    declared.arguments().forEach(argument -> arguments.add(projectType(argument).orElse(null)));
    return arguments.stream().allMatch(Objects::isNull) ? List.of() : arguments;
  }

  /**
   * Whether a variable declared {@code declared} ({@code TaskAccess<RetryTask>}) may hold an object of
   * class {@code subtype}: not when the subtype binds one of the type's arguments to another project
   * type ({@code DeadLetterAccess extends AbstractAccess<DeadLetter>}, itself a {@code TaskAccess<T>}).
   * What the declarations do not tell (a raw type, a type variable) may.
   */
  boolean mayHold(TypeRef declared, String subtype) {
    Optional<String> generic = projectType(declared);
    List<String> arguments = projectArguments(declared);
    for (int i = 0; generic.isPresent() && i < arguments.size(); i++) {
      if (arguments.get(i) == null) {
        continue;
      }
      Optional<String> bound = typeArgument(subtype, generic.get(), i).flatMap(this::projectType);
      if (bound.isPresent() && !bound.get().equals(arguments.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the type or a project ancestor extends something outside the project. */
  boolean reachesLibraryType(String type) {
    return selfAndAncestors(type).stream().anyMatch(withLibrarySupertype::contains);
  }

  /** The arities some project method of this name has, in ascending order. */
  Set<Integer> aritiesNamed(String name) {
    return arities.getOrDefault(name, Set.of());
  }

  /** The declaration a call on {@code type} reaches statically: its own, else the nearest inherited. */
  Optional<MethodRef> lookup(String type, String name, int arity) {
    for (String owner : selfAndAncestors(type)) {
      MethodRef ref = new MethodRef(owner, name, arity);
      if (methods.containsKey(ref)) {
        return Optional.of(ref);
      }
    }
    return Optional.empty();
  }

  /**
   * Every project type extending or implementing {@code name} (a project or library name),
   * directly or not, sorted by name; the type itself excluded.
   */
  List<String> subtypes(String name) {
    List<String> memo = subtypesMemo.get(name);
    if (memo != null) {
      return memo;
    }
    Set<String> found = new TreeSet<>();
    Deque<String> queue = new ArrayDeque<>(directSubtypes.getOrDefault(name, List.of()));
    while (!queue.isEmpty()) {
      String next = queue.poll();
      if (!next.equals(name) && found.add(next)) {
        queue.addAll(directSubtypes.getOrDefault(next, List.of()));
      }
    }
    List<String> result = List.copyOf(found);
    subtypesMemo.put(name, result);
    return result;
  }

  /** The enclosing type of a nested project type, when the project declares it. */
  Optional<String> outer(String type) {
    int dot = type.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(type.substring(0, dot)).filter(types::containsKey);
  }

  /** A project interface that extends one of the repository types, directly or through project interfaces. */
  boolean isRepository(String type) {
    return repositories.getOrDefault(type, false);
  }

  private boolean computeRepository(String type) {
    Boolean known = repositories.get(type);
    if (known != null) {
      return known;
    }
    repositories.put(type, false); // cycles in broken input end here
    TypeFacts facts = types.get(type);
    boolean result = false;
    if (facts != null && facts.kind() == TypeFacts.Kind.INTERFACE) {
      for (TypeRef supertype : facts.supertypes()) {
        Optional<String> project = projectType(supertype);
        if (project.isPresent() ? computeRepository(project.get()) : isRepositoryType(supertype)) {
          result = true;
          break;
        }
      }
    }
    repositories.put(type, result);
    return result;
  }

  /**
   * The entity of a repository: the first type argument of the nearest supertype that has type
   * arguments on the way to a repository type. A generic project base ({@code BaseRepository<T, ID>})
   * is assumed to take the entity first, as Spring Data's own interfaces do.
   */
  Optional<String> repositoryEntity(String repository) {
    return repositoryEntity(repository, new HashSet<>());
  }

  private Optional<String> repositoryEntity(String repository, Set<String> seen) {
    TypeFacts facts = types.get(repository);
    if (facts == null || !seen.add(repository) || !isRepository(repository)) {
      return Optional.empty();
    }
    for (TypeRef supertype : facts.supertypes()) {
      Optional<String> project = projectType(supertype);
      boolean leadsToRepository = project.isPresent() ? isRepository(project.get()) : isRepositoryType(supertype);
      if (!leadsToRepository) {
        continue;
      }
      if (!supertype.arguments().isEmpty() && !supertype.arguments().get(0).candidates().isEmpty()) {
        return Optional.of(supertype.arguments().get(0).candidates().get(0));
      }
      if (project.isPresent()) {
        Optional<String> inherited = repositoryEntity(project.get(), seen);
        if (inherited.isPresent()) {
          return inherited;
        }
      }
    }
    return Optional.empty();
  }

  private boolean isRepositoryType(TypeRef ref) {
    return ref.candidates().stream().anyMatch(repositoryTypes::contains);
  }
}
