package dev.lostguard.java;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lostguard.model.QueryLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which calls and annotations execute SQL text ({@code rules/models/sql-sinks.json}). Framework
 * knowledge is data: users add their own DAO wrappers there without code.
 */
public final class SqlSinks {

  private static final String RESOURCE = "/rules/models/sql-sinks.json";

  private final Map<String, List<MethodSink>> methodSinksByName = new HashMap<>();
  private final Map<String, List<AnnotationSink>> annotationSinksBySimpleName = new HashMap<>();
  private final Set<String> followUpMethods = new HashSet<>();
  private final List<MethodSink> methodSinks;
  private final List<AnnotationSink> annotationSinks;

  /** What a call gives back, and so where its affected-row count comes from. */
  public enum Returns {
    COUNT("count"),
    COUNT_ARRAY("count[]"),
    BOOLEAN_NOT_A_COUNT("boolean-not-a-count"),
    NONE("none"),
    DEFERRED("deferred");

    private final String label;

    Returns(String label) {
      this.label = label;
    }

    @JsonValue
    public String label() {
      return label;
    }

    @JsonCreator
    public static Returns of(String label) {
      for (Returns value : values()) {
        if (value.label.equals(label)) {
          return value;
        }
      }
      throw new IllegalArgumentException("unknown returns: " + label);
    }
  }

  /** A later call that yields the count: on the returned object, or on the sink's receiver. */
  public record CountStep(String method, Returns returns) {}

  /**
   * Calls named one of {@code methods} on a receiver declared as one of {@code types}.
   *
   * @param sqlArgument index of the argument holding the SQL text
   * @param countFrom for {@code deferred}: calls on the returned object that give the count
   * @param countFromReceiver calls on the same receiver that give the count afterwards
   * @param receiverGetters getters whose result is such a receiver where their declared type is out of
   *     sight: inherited ({@code getSqlSession()} of MyBatis's {@code SqlSessionDaoSupport}) or called on
   *     another object ({@code dbSqlSession.getSqlSession()})
   * @param receiverFields names of fields that hold such a receiver where no declaration is in sight:
   *     inherited from a base class in another file ({@code sqlSessionTemplate} of a {@code BaseServiceDao})
   */
  public record MethodSink(
      List<String> types,
      List<String> methods,
      int sqlArgument,
      Returns returns,
      QueryLanguage language,
      List<CountStep> countFrom,
      List<CountStep> countFromReceiver,
      List<String> receiverGetters,
      List<String> receiverFields) {
    public MethodSink {
      countFrom = countFrom == null ? List.of() : List.copyOf(countFrom);
      countFromReceiver = countFromReceiver == null ? List.of() : List.copyOf(countFromReceiver);
      receiverGetters = receiverGetters == null ? List.of() : List.copyOf(receiverGetters);
      receiverFields = receiverFields == null ? List.of() : List.copyOf(receiverFields);
    }

    public MethodSink(List<String> types, List<String> methods, int sqlArgument, Returns returns,
        QueryLanguage language, List<CountStep> countFrom, List<CountStep> countFromReceiver,
        List<String> receiverGetters) {
      this(types, methods, sqlArgument, returns, language, countFrom, countFromReceiver, receiverGetters, List.of());
    }
  }

  /**
   * Methods annotated with one of {@code annotations} (qualified names) execute the annotation's text.
   *
   * @param requires companion annotations, one of which must be present (Spring Data's
   *     {@code @Modifying}); empty when none is needed
   * @param nativeAttribute a boolean attribute that, when {@code true}, makes the text SQL
   * @param sqlAttribute the attribute holding the text, {@code value} by default
   */
  public record AnnotationSink(
      List<String> annotations,
      QueryLanguage language,
      List<String> requires,
      String nativeAttribute,
      String sqlAttribute) {
    public AnnotationSink {
      requires = requires == null ? List.of() : List.copyOf(requires);
      sqlAttribute = sqlAttribute == null ? "value" : sqlAttribute;
    }
  }

  private record SinkFile(String description, List<MethodSink> methodSinks, List<AnnotationSink> annotationSinks) {}

  private SqlSinks(List<MethodSink> methodSinks, List<AnnotationSink> annotationSinks) {
    this.methodSinks = List.copyOf(methodSinks);
    this.annotationSinks = List.copyOf(annotationSinks);
    for (MethodSink sink : methodSinks) {
      for (String method : sink.methods()) {
        methodSinksByName.computeIfAbsent(method, m -> new ArrayList<>()).add(sink);
      }
      sink.countFrom().forEach(step -> followUpMethods.add(step.method()));
      sink.countFromReceiver().forEach(step -> followUpMethods.add(step.method()));
    }
    for (AnnotationSink sink : annotationSinks) {
      for (String annotation : sink.annotations()) {
        annotationSinksBySimpleName
            .computeIfAbsent(simpleName(annotation), a -> new ArrayList<>())
            .add(sink);
      }
    }
  }

  /** The sinks shipped with lostguard. */
  public static SqlSinks builtIn() {
    try (InputStream in = SqlSinks.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("malformed " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** No sinks at all: what a project adds when it adds none. */
  public static SqlSinks none() {
    return new SqlSinks(List.of(), List.of());
  }

  /** These sinks and a project's own ones ({@code sqlSinks} in {@code lostguard.json}). */
  public SqlSinks plus(SqlSinks more) {
    List<MethodSink> methods = new ArrayList<>(methodSinks);
    methods.addAll(more.methodSinks);
    List<AnnotationSink> annotations = new ArrayList<>(annotationSinks);
    annotations.addAll(more.annotationSinks);
    return new SqlSinks(methods, annotations);
  }

  /** Sinks from a JSON document of the same shape; unknown fields fail. */
  public static SqlSinks read(InputStream json) throws IOException {
    ObjectMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
    SinkFile file = mapper.readValue(json, SinkFile.class);
    List<MethodSink> methods = file.methodSinks() == null ? List.of() : file.methodSinks();
    List<AnnotationSink> annotations = file.annotationSinks() == null ? List.of() : file.annotationSinks();
    for (MethodSink sink : methods) {
      require(sink.types() != null && !sink.types().isEmpty(), "a method sink without types");
      require(sink.methods() != null && !sink.methods().isEmpty(), "a method sink without methods");
      require(sink.returns() != null && sink.language() != null, "a method sink without returns or language");
      require(sink.sqlArgument() >= 0, "a negative sqlArgument");
      require(sink.returns() != Returns.DEFERRED || !sink.countFrom().isEmpty(), "a deferred sink without countFrom");
    }
    for (AnnotationSink sink : annotations) {
      require(sink.annotations() != null && !sink.annotations().isEmpty(), "an annotation sink without annotations");
      require(sink.language() != null, "an annotation sink without language");
    }
    return new SqlSinks(methods, annotations);
  }

  public List<MethodSink> methodSinks() {
    return methodSinks;
  }

  public List<AnnotationSink> annotationSinks() {
    return annotationSinks;
  }

  /** Method sinks named {@code method}, empty for most calls (the cheap first filter). */
  List<MethodSink> methodSinksNamed(String method) {
    return methodSinksByName.getOrDefault(method, List.of());
  }

  /** Annotation sinks whose annotation has this simple name. */
  List<AnnotationSink> annotationSinksNamed(String simpleName) {
    return annotationSinksBySimpleName.getOrDefault(simpleName, List.of());
  }

  /** Names of calls that may give a count later ({@code executeUpdate}, {@code getUpdateCount}). */
  boolean isFollowUp(String method) {
    return followUpMethods.contains(method);
  }

  static String simpleName(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException("sql-sinks: " + problem);
    }
  }
}
