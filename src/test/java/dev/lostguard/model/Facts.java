package dev.lostguard.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Hand-made {@link TypeFacts} for call graph tests: what the Java front-end would record. */
final class Facts {

  private Facts() {}

  static TypeBuilder type(String qualifiedName) {
    return new TypeBuilder(qualifiedName, TypeFacts.Kind.CLASS);
  }

  static TypeBuilder iface(String qualifiedName) {
    return new TypeBuilder(qualifiedName, TypeFacts.Kind.INTERFACE);
  }

  static TypeBuilder enumType(String qualifiedName) {
    return new TypeBuilder(qualifiedName, TypeFacts.Kind.ENUM);
  }

  static TypeRef ref(String... candidates) {
    return new TypeRef(List.of(candidates), List.of());
  }

  static TypeRef generic(String qualifiedName, TypeRef... arguments) {
    return new TypeRef(List.of(qualifiedName), List.of(arguments));
  }

  static AnnotationFacts ann(String qualifiedName) {
    return new AnnotationFacts(List.of(qualifiedName), Map.of(), null);
  }

  static AnnotationFacts ann(String qualifiedName, String attribute, String... values) {
    return new AnnotationFacts(List.of(qualifiedName), Map.of(attribute, List.of(values)), null);
  }

  static AnnotationFacts ann(String qualifiedName, Map<String, List<String>> attributes) {
    return new AnnotationFacts(List.of(qualifiedName), attributes, null);
  }

  static MethodCall typed(String type, String name, int arity) {
    return new MethodCall(MethodCall.Receiver.TYPED, ref(type), name, arity, 1);
  }

  static MethodCall self(String name, int arity) {
    return new MethodCall(MethodCall.Receiver.THIS, null, name, arity, 1);
  }

  static MethodCall zuper(String name, int arity) {
    return new MethodCall(MethodCall.Receiver.SUPER, null, name, arity, 1);
  }

  static MethodCall statically(String type, String name, int arity) {
    return new MethodCall(MethodCall.Receiver.STATIC, ref(type), name, arity, 1);
  }

  /** {@code receiver.inner().name(..)}: a call on what {@code inner}, a call on a typed receiver, returns. */
  static MethodCall onResultOf(MethodCall inner, String name, int arity) {
    return new MethodCall(MethodCall.Receiver.UNKNOWN, null, name, arity, 1, inner);
  }

  static MethodCall unknown(String name, int arity) {
    return new MethodCall(MethodCall.Receiver.UNKNOWN, null, name, arity, 1);
  }

  static MethodRef m(String owner, String name, int arity) {
    return new MethodRef(owner, name, arity);
  }

  static ParameterFacts param(String name, TypeRef type, AnnotationFacts... annotations) {
    return new ParameterFacts(name, type, List.of(annotations));
  }

  /** A type in its own file {@code com/shop/Name.java}; members get consecutive lines. */
  static final class TypeBuilder {
    private final String qualifiedName;
    private final TypeFacts.Kind kind;
    private final List<TypeRef> supertypes = new ArrayList<>();
    private final List<AnnotationFacts> annotations = new ArrayList<>();
    private final Map<String, TypeRef> fields = new LinkedHashMap<>();
    private final List<MethodFacts> methods = new ArrayList<>();

    private TypeBuilder(String qualifiedName, TypeFacts.Kind kind) {
      this.qualifiedName = qualifiedName;
      this.kind = kind;
    }

    TypeBuilder extending(TypeRef... types) {
      supertypes.addAll(List.of(types));
      return this;
    }

    TypeBuilder extending(String... qualifiedNames) {
      for (String name : qualifiedNames) {
        supertypes.add(ref(name));
      }
      return this;
    }

    TypeBuilder annotated(AnnotationFacts... annotations) {
      this.annotations.addAll(List.of(annotations));
      return this;
    }

    TypeBuilder field(String name, String type) {
      fields.put(name, ref(type));
      return this;
    }

    TypeBuilder method(String name, int arity, MethodCall... calls) {
      return method(name, arity, b -> b.calls(calls));
    }

    TypeBuilder method(String name, int arity, Consumer<MethodBuilder> body) {
      MethodBuilder builder = new MethodBuilder();
      body.accept(builder);
      Location location = Location.point(path(), methods.size() + 2, 3);
      methods.add(
          new MethodFacts(
              new MethodRef(qualifiedName, name, arity),
              location,
              List.copyOf(builder.annotations),
              List.copyOf(builder.parameters),
              builder.returnType,
              true,
              List.copyOf(builder.calls),
              List.of(),
              List.copyOf(builder.passedTypes)));
      return this;
    }

    private String path() {
      return qualifiedName.replace('.', '/') + ".java";
    }

    TypeFacts build() {
      return new TypeFacts(
          qualifiedName, kind, List.copyOf(supertypes), List.copyOf(annotations), Map.copyOf(fields),
          List.copyOf(methods), Location.point(path(), 1, 1), false);
    }
  }

  static final class MethodBuilder {
    private final List<AnnotationFacts> annotations = new ArrayList<>();
    private final List<ParameterFacts> parameters = new ArrayList<>();
    private final List<MethodCall> calls = new ArrayList<>();
    private final List<TypeRef> passedTypes = new ArrayList<>();
    private TypeRef returnType;

    MethodBuilder returns(TypeRef type) {
      this.returnType = type;
      return this;
    }

    MethodBuilder annotated(AnnotationFacts... annotations) {
      this.annotations.addAll(List.of(annotations));
      return this;
    }

    MethodBuilder parameters(ParameterFacts... parameters) {
      this.parameters.addAll(List.of(parameters));
      return this;
    }

    MethodBuilder calls(MethodCall... calls) {
      this.calls.addAll(List.of(calls));
      return this;
    }

    /** Types the body names as call arguments: {@code bus.run(CloseCommand.class)}. */
    MethodBuilder passes(String... qualifiedNames) {
      for (String name : qualifiedNames) {
        passedTypes.add(ref(name));
      }
      return this;
    }
  }
}
