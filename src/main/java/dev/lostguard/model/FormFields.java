package dev.lostguard.model;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a handler's form can carry: the properties of the project types its parameters bind (fields,
 * and accessors such as AutoValue's {@code name()} or a getter), through the project types they nest
 * or list, and their supertypes'. A form none of whose properties is named like a column a write sets
 * (compared without case or underscores: {@code finishTime}, {@code finish_time}) sends no copy of
 * those values: a list of dashboard tiles saved before the status of their jobs is refreshed.
 */
final class FormFields {

  /** How deep nested and listed project types are followed: a form, the item it holds, that item's part. */
  private static final int NESTING = 3;
  private static final Set<String> COLLECTIONS = Set.of("List", "Set", "Collection", "Iterable", "ArrayList");

  private FormFields() {}

  /**
   * Every parameter carries no value at all ({@code carriesNoValue}), or is a project type (or a
   * collection of them) none of whose properties names one of {@code columns}. A library type (a map,
   * a string) may carry anything; so may a project type whose properties are not seen.
   */
  static boolean nameNoneOf(MethodFacts handler, CallGraph graph, Set<String> columns,
      Predicate<ParameterFacts> carriesNoValue) {
    Set<String> names = new HashSet<>();
    for (String column : columns) {
      names.add(comparable(column));
      int prefix = column.indexOf('_');
      if (prefix > 0 && prefix < column.length() - 1) {
        names.add(comparable(column.substring(prefix + 1))); // repo_name, the form's name
      }
    }
    return handler.parameters().stream().allMatch(p -> carriesNoValue.test(p)
        || p.type() != null && namesNone(p.type(), graph, names, new HashSet<>(), NESTING));
  }

  private static boolean namesNone(TypeRef type, CallGraph graph, Set<String> names, Set<String> seen, int depth) {
    Optional<TypeFacts> facts = graph.projectType(type).flatMap(graph::type);
    if (facts.isEmpty()) {
      return COLLECTIONS.contains(type.simpleName()) && !type.arguments().isEmpty()
          && type.arguments().stream().allMatch(argument -> namesNone(argument, graph, names, seen, depth));
    }
    if (!seen.add(facts.get().qualifiedName())) {
      return true;
    }
    Set<String> properties = properties(facts.get());
    boolean projectSupertype = facts.get().supertypes().stream().anyMatch(s -> graph.projectType(s).isPresent());
    if (depth == 0 || properties.isEmpty() && !projectSupertype) {
      return false; // too deep, or nothing seen of what it holds
    }
    if (properties.stream().anyMatch(names::contains)) {
      return false;
    }
    for (Map.Entry<String, TypeRef> field : facts.get().fields().entrySet()) {
      if (holdsProjectTypes(field.getValue(), graph) && !namesNone(field.getValue(), graph, names, seen, depth - 1)) {
        return false;
      }
    }
    return facts.get().supertypes().stream()
        .allMatch(supertype -> graph.projectType(supertype).isEmpty() || namesNone(supertype, graph, names, seen, depth));
  }

  /** Field names, and the names of accessors without parameters ({@code getTitle} and {@code title()} give {@code title}). */
  private static Set<String> properties(TypeFacts type) {
    Set<String> properties = new HashSet<>();
    type.fields().keySet().forEach(field -> properties.add(comparable(field)));
    for (MethodFacts method : type.methods()) {
      String name = method.ref().name();
      if (method.ref().arity() == 0 && !name.equals("<init>")) {
        int prefix = name.startsWith("get") && name.length() > 3 ? 3 : name.startsWith("is") && name.length() > 2 ? 2 : 0;
        properties.add(comparable(name.substring(prefix)));
      }
    }
    return properties;
  }

  private static boolean holdsProjectTypes(TypeRef type, CallGraph graph) {
    return graph.projectType(type).isPresent()
        || type.arguments().stream().anyMatch(argument -> graph.projectType(argument).isPresent());
  }

  /** A column or property name compared without case or underscores: {@code finish_time}, {@code finishTime}. */
  private static String comparable(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }
}
