package dev.lostguard.java;

import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.WildcardType;
import dev.lostguard.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns types as one file writes them into {@link TypeRef}s: a type declared in the file (nested ones
 * too) is its own first candidate, then the import candidates. One instance per file; equal written
 * types share one {@code TypeRef}, so the many calls on one receiver type cost one reference each.
 */
final class TypeRefs {

  private static final TypeRef UNKNOWN_ARGUMENT = new TypeRef(List.of("?"), List.of());

  private final ImportScope imports;
  /** Simple name of each type the file declares to its qualified name. */
  private final Map<String, String> declaredTypes;
  private final Map<String, TypeRef> cache = new HashMap<>();

  TypeRefs(ImportScope imports, Map<String, String> declaredTypes) {
    this.imports = imports;
    this.declaredTypes = declaredTypes;
  }

  /** A type as written without type arguments ({@code Objects}, {@code Outer.Inner}, {@code java.util.List}). */
  TypeRef named(String written) {
    TypeRef ref = cache.get(written);
    if (ref == null) {
      ref = new TypeRef(candidates(written), List.of());
      cache.put(written, ref);
    }
    return ref;
  }

  /** A declared type with its type arguments; primitives and {@code void} keep their keyword. */
  TypeRef of(Type type) {
    if (type instanceof ClassOrInterfaceType named && named.getTypeArguments().isEmpty()) {
      return named(named.getNameWithScope());
    }
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendedType().map(this::of).orElse(UNKNOWN_ARGUMENT);
    }
    String key = type.asString();
    TypeRef ref = cache.get(key);
    if (ref == null) {
      // Built before it is cached: building may cache the type's arguments (no nested computeIfAbsent).
      if (type instanceof ClassOrInterfaceType named) {
        ref = withArguments(named);
      } else if (type instanceof ArrayType array) {
        ref = arrayOf(of(array.getElementType()), array.getArrayLevel());
      } else {
        ref = new TypeRef(List.of(key), List.of());
      }
      cache.put(key, ref);
    }
    return ref;
  }

  private TypeRef withArguments(ClassOrInterfaceType named) {
    List<TypeRef> arguments = new ArrayList<>();
    for (Type argument : named.getTypeArguments().get()) {
      arguments.add(of(argument));
    }
    return new TypeRef(candidates(named.getNameWithScope()), List.copyOf(arguments));
  }

  /** An array of {@code element} (a varargs parameter). */
  TypeRef arrayOf(TypeRef element) {
    return arrayOf(element, 1);
  }

  /** {@code Order[]}: each candidate with the brackets, the element's arguments kept. */
  private static TypeRef arrayOf(TypeRef element, int level) {
    String brackets = "[]".repeat(level);
    List<String> candidates = new ArrayList<>(element.candidates().size());
    for (String candidate : element.candidates()) {
      candidates.add(candidate + brackets);
    }
    return new TypeRef(List.copyOf(candidates), element.arguments());
  }

  private List<String> candidates(String written) {
    int dot = written.indexOf('.');
    String head = dot < 0 ? written : written.substring(0, dot);
    String declared = declaredTypes.get(head);
    if (declared == null) {
      return imports.typeCandidates(written);
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(dot < 0 ? declared : declared + written.substring(dot));
    for (String candidate : imports.typeCandidates(written)) {
      if (!candidates.contains(candidate)) {
        candidates.add(candidate);
      }
    }
    return List.copyOf(candidates);
  }
}
