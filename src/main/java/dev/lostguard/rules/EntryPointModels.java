package dev.lostguard.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lostguard.model.EntryPointModel;
import dev.lostguard.model.EntryPointModel.AnnotatedEntry;
import dev.lostguard.model.EntryPointModel.DataRest;
import dev.lostguard.model.EntryPointModel.EntryMethod;
import dev.lostguard.model.EntryPointModel.HandlerAnnotation;
import dev.lostguard.model.EntryPointModel.HttpFramework;
import dev.lostguard.model.EntryPointModel.ImplementedEntry;
import dev.lostguard.model.EntryPointModel.Operation;
import dev.lostguard.model.EntryPointModel.RouteAnnotation;
import dev.lostguard.model.EntryPointModel.RouteFramework;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads {@code rules/models/entry-points.json} into the {@link EntryPointModel} the call graph uses.
 * Unknown fields, unknown kinds and unqualified names fail loading: a broken model is a build bug.
 */
public final class EntryPointModels {

  private static final String RESOURCE = "/rules/models/entry-points.json";
  private static final Set<String> HTTP_METHODS = Set.of("GET", "PUT", "POST", "PATCH", "DELETE");

  private final EntryPointModel model;

  private EntryPointModels(EntryPointModel model) {
    this.model = model;
  }

  /** The model shipped with lostguard. */
  public static EntryPointModels builtIn() {
    try (InputStream in = EntryPointModels.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("malformed " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** No entry point declarations: what a project adds when it adds none. */
  public static EntryPointModels none() {
    return new EntryPointModels(new EntryPointModel(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
  }

  /** A model from a JSON document of the same shape. */
  public static EntryPointModels read(InputStream json) throws IOException {
    EntryPointModels models = readExtension(json);
    require(!models.model.repositoryTypes().isEmpty(), "no repositoryTypes");
    return models;
  }

  /**
   * Declarations a project adds to the built-in model ({@code entryPoints} in {@code lostguard.json}):
   * the same shape, every part optional.
   */
  public static EntryPointModels readExtension(InputStream json) throws IOException {
    ObjectMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    ModelFile file = mapper.readValue(json, ModelFile.class);
    EntryPointModel model =
        new EntryPointModel(
            file.http(), file.annotated(), file.implemented(), file.dataRest(),
            file.repositoryTypes(), file.requestBodyAnnotations(), file.routeCalls());
    validate(model);
    return new EntryPointModels(model);
  }

  /** This model and a project's additions, list by list. */
  public EntryPointModels plus(EntryPointModels more) {
    EntryPointModel a = model;
    EntryPointModel b = more.model;
    return new EntryPointModels(
        new EntryPointModel(
            concat(a.http(), b.http()), concat(a.annotated(), b.annotated()),
            concat(a.implemented(), b.implemented()), concat(a.dataRest(), b.dataRest()),
            concat(a.repositoryTypes(), b.repositoryTypes()),
            concat(a.requestBodyAnnotations(), b.requestBodyAnnotations()),
            concat(a.routeCalls(), b.routeCalls())));
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  public EntryPointModel model() {
    return model;
  }

  private static void validate(EntryPointModel model) {
    for (HttpFramework framework : model.http()) {
      kind(framework.kind());
      framework.controllerAnnotations().forEach(EntryPointModels::qualified);
      framework.classRoutes().forEach(EntryPointModels::route);
      framework.methodRoutes().forEach(EntryPointModels::route);
      require(!framework.handlers().isEmpty(), framework.framework() + " has no handlers");
      for (HandlerAnnotation handler : framework.handlers()) {
        qualified(handler.annotation());
        require(handler.httpMethod() == null || HTTP_METHODS.contains(handler.httpMethod()),
            "unknown HTTP method " + handler.httpMethod());
      }
    }
    for (AnnotatedEntry entry : model.annotated()) {
      kind(entry.kind());
      require(!entry.annotations().isEmpty(), "an annotated entry without annotations");
      entry.annotations().forEach(EntryPointModels::qualified);
    }
    for (ImplementedEntry entry : model.implemented()) {
      kind(entry.kind());
      require(!entry.supertypes().isEmpty() && !entry.methods().isEmpty(), "an implemented entry without types or methods");
      entry.supertypes().forEach(EntryPointModels::qualified);
      for (EntryMethod method : entry.methods()) {
        require(method.name() != null && method.arity() >= 0, "an entry method without name or arity");
        require(method.httpMethod() == null || HTTP_METHODS.contains(method.httpMethod()),
            "unknown HTTP method " + method.httpMethod());
      }
    }
    for (DataRest dataRest : model.dataRest()) {
      kind(dataRest.kind());
      dataRest.annotations().forEach(EntryPointModels::qualified);
      require(dataRest.pathAttribute() != null && dataRest.exportedAttribute() != null && dataRest.saveMethod() != null,
          "a data-rest entry without pathAttribute, exportedAttribute or saveMethod");
      for (Operation operation : dataRest.operations()) {
        require(HTTP_METHODS.contains(operation.httpMethod()) && operation.route() != null,
            "a data-rest operation without HTTP method or route");
      }
    }
    model.routeCalls().forEach(EntryPointModels::routeFramework);
    model.repositoryTypes().forEach(EntryPointModels::qualified);
    model.requestBodyAnnotations().forEach(EntryPointModels::qualified);
  }

  private static void routeFramework(RouteFramework framework) {
    kind(framework.kind());
    require(!framework.owners().isEmpty() && !framework.verbs().isEmpty() && !framework.handlerArguments().isEmpty(),
        framework.framework() + " route calls without owners, verbs or handler arguments");
    framework.owners().forEach(EntryPointModels::qualified);
    for (String verb : framework.verbs()) {
      require(HTTP_METHODS.contains(verb.toUpperCase(Locale.ROOT)), "unknown HTTP method " + verb);
    }
    require(framework.routeArgument() >= 0 && framework.handlerArguments().stream().allMatch(i -> i != null && i >= 0),
        framework.framework() + " route calls with a negative argument index");
  }

  private static void route(RouteAnnotation route) {
    qualified(route.annotation());
    require(!route.attributes().isEmpty(), "route annotation " + route.annotation() + " without attributes");
  }

  private static void kind(String kind) {
    require(EntryPointModel.KINDS.contains(kind), "unknown kind " + kind);
  }

  private static void qualified(String name) {
    require(name != null && name.indexOf('.') > 0, "not a qualified name: " + name);
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException("entry-points: " + problem);
    }
  }

  /** The shape of {@code rules/models/entry-points.json}. */
  record ModelFile(
      String description,
      List<HttpFramework> http,
      List<AnnotatedEntry> annotated,
      List<ImplementedEntry> implemented,
      List<DataRest> dataRest,
      List<String> repositoryTypes,
      List<String> requestBodyAnnotations,
      List<RouteFramework> routeCalls) {}
}
