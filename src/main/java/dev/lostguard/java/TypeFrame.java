package dev.lostguard.java;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.lostguard.model.MethodFacts;
import dev.lostguard.model.TypeFacts;
import dev.lostguard.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A type {@link CodeFacts} is reading: what it gathers until the walker leaves the type. */
final class TypeFrame {
  final TypeFrame outer;
  /** The method open when the walker entered this type (a local class's enclosing method). */
  final MethodFrame outerMethod;
  final TypeDeclaration<?> declaration;
  final String qualifiedName;
  final TypeFacts.Kind kind;
  final List<TypeRef> supertypes;
  final TypeRef superclass;
  final TypeRef self;
  final Map<String, TypeRef> fields = new LinkedHashMap<>();
  final List<MethodFacts> methods = new ArrayList<>();
  boolean injected;
  int slot;

  TypeFrame(
      TypeFrame outer,
      MethodFrame outerMethod,
      TypeDeclaration<?> declaration,
      String qualifiedName,
      TypeFacts.Kind kind,
      List<TypeRef> supertypes,
      TypeRef superclass) {
    this.outer = outer;
    this.outerMethod = outerMethod;
    this.declaration = declaration;
    this.qualifiedName = qualifiedName;
    this.kind = kind;
    this.supertypes = supertypes;
    this.superclass = superclass;
    this.self = new TypeRef(List.of(qualifiedName), List.of());
  }
}
