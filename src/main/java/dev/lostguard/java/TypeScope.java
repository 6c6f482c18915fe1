package dev.lostguard.java;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one class declares that calls inside it can refer to by simple name: field types (for
 * receivers), its own {@code static final String} fields (for SQL text) and method return types
 * (for {@code getSession().createQuery(..)}). Nested classes see their outer classes' members.
 */
final class TypeScope {

  private final TypeScope outer;
  private final String qualifiedName;
  private final String simpleName;
  private final List<String> superTypes;
  private final Map<String, String> fieldTypes = new HashMap<>();
  private final Set<String> stringConstants = new HashSet<>();
  private final Map<String, String> returnTypes = new HashMap<>();
  private final Map<String, String> constructorParameterTypes = new HashMap<>();
  private final Set<String> lockingConstants = new HashSet<>();

  TypeScope(TypeScope outer, String qualifiedName, String simpleName, List<String> superTypes) {
    this.outer = outer;
    this.qualifiedName = qualifiedName;
    this.simpleName = simpleName;
    this.superTypes = superTypes;
  }

  TypeScope outer() {
    return outer;
  }

  String qualifiedName() {
    return qualifiedName;
  }

  String simpleName() {
    return simpleName;
  }

  List<String> superTypes() {
    return superTypes;
  }

  void declareField(String name, String type, boolean stringConstant) {
    if (type != null) {
      fieldTypes.put(name, type);
    }
    if (stringConstant) {
      stringConstants.add(name);
    }
  }

  /**
   * A constructor parameter: when a method uses a name that no class of this file declares, a
   * constructor parameter of that name is most likely what the superclass stored in an inherited
   * field ({@code super(entityManager, jdbcTemplate)}), so its type stands for the field's.
   */
  void declareConstructorParameter(String name, String type) {
    if (type != null) {
      constructorParameterTypes.putIfAbsent(name, type);
    }
  }

  void declareMethod(String name, String returnType) {
    if (returnType != null) {
      returnTypes.putIfAbsent(name, returnType);
    }
  }

  /** The declared type of a field visible here, searching outward; null when unknown. */
  String fieldType(String name) {
    for (TypeScope scope = this; scope != null; scope = scope.outer) {
      String type = scope.fieldTypes.get(name);
      if (type != null) {
        return type;
      }
    }
    for (TypeScope scope = this; scope != null; scope = scope.outer) {
      String type = scope.constructorParameterTypes.get(name);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  /** Whether a field of this name, constant or not, is declared here or in an outer class. */
  boolean declaresField(String name) {
    for (TypeScope scope = this; scope != null; scope = scope.outer) {
      if (scope.fieldTypes.containsKey(name) || scope.stringConstants.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The innermost class, itself or an outer one, that declares a string constant of this name. */
  TypeScope constantOwner(String name) {
    for (TypeScope scope = this; scope != null; scope = scope.outer) {
      if (scope.stringConstants.contains(name)) {
        return scope;
      }
    }
    return null;
  }

  /** Marks a constant whose text reads with {@code FOR UPDATE}. */
  void markLocking(String name) {
    lockingConstants.add(name);
  }

  boolean isLockingConstant(String name) {
    TypeScope owner = constantOwner(name);
    return owner != null && owner.lockingConstants.contains(name);
  }

  String returnType(String method) {
    for (TypeScope scope = this; scope != null; scope = scope.outer) {
      String type = scope.returnTypes.get(method);
      if (type != null) {
        return type;
      }
    }
    return null;
  }
}
