package dev.lostguard.model;

import java.util.List;
import java.util.Map;

/**
 * A class, interface, enum or record as declared in one file: what the call graph and entry-point
 * detection need, with no classpath.
 *
 * @param supertypes the {@code extends} and {@code implements} types, with their type arguments
 * @param fields field name to declared type (Lombok-generated accessors need no entry: calls to them
 *     resolve to nothing and stay unknown)
 * @param injectedByConstructor Lombok {@code @RequiredArgsConstructor}/{@code @AllArgsConstructor} or
 *     an explicit constructor assigns the fields: their types are the injected beans
 * @param typeParameters the type parameters it declares, in order, with their bounds
 */
public record TypeFacts(
    String qualifiedName,
    Kind kind,
    List<TypeRef> supertypes,
    List<AnnotationFacts> annotations,
    Map<String, TypeRef> fields,
    List<MethodFacts> methods,
    Location nameLocation,
    boolean injectedByConstructor,
    List<TypeParameter> typeParameters) {

  public TypeFacts {
    typeParameters = typeParameters == null ? List.of() : List.copyOf(typeParameters);
  }

  public TypeFacts(String qualifiedName, Kind kind, List<TypeRef> supertypes, List<AnnotationFacts> annotations,
      Map<String, TypeRef> fields, List<MethodFacts> methods, Location nameLocation, boolean injectedByConstructor) {
    this(qualifiedName, kind, supertypes, annotations, fields, methods, nameLocation, injectedByConstructor, List.of());
  }

  /** The position of the type parameter named {@code name}, or -1 when the type declares none of that name. */
  public int typeParameterIndex(String name) {
    for (int i = 0; i < typeParameters.size(); i++) {
      if (typeParameters.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The kinds of type declaration. */
  public enum Kind {
    CLASS,
    INTERFACE,
    ENUM,
    RECORD,
    ANNOTATION
  }
}
