package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.java.JavaFileAnalyzer;
import dev.lostguard.model.CallGraph;
import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.MethodRef;
import dev.lostguard.model.SourceRole;
import dev.lostguard.rules.EntryPointModels;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** HTTP entry points registered with routing-DSL calls (SparkJava, Javalin, Vert.x Web) instead of annotations. */
class RouteCallsTest {

  private static final String NOTE_SERVICE = """
      package com.acme.notes;

      public class NoteService {
        public void save(long id, String title) {}
        public void delete(long id) {}
      }
      """;

  private static CallGraph graph(Map<String, String> sources) {
    return graph(sources, EntryPointModels.builtIn());
  }

  private static CallGraph graph(Map<String, String> sources, EntryPointModels models) {
    JavaFileAnalyzer analyzer = new JavaFileAnalyzer();
    List<FileFacts> facts = new TreeMap<>(sources).entrySet().stream()
        .map(e -> analyzer.analyze(e.getKey(), e.getValue(), SourceRole.APPLICATION))
        .toList();
    return CallGraphs.start(facts, models.model()).get();
  }

  /** Each entry point as {@code PUT /notes/{id} NoteRoutes.update}. */
  private static List<String> entries(String... sources) {
    Map<String, String> files = new TreeMap<>();
    files.put("src/com/acme/notes/NoteService.java", NOTE_SERVICE);
    for (int i = 0; i < sources.length; i++) {
      files.put("src/com/acme/notes/Source" + i + ".java", sources[i]);
    }
    return graph(files).entryPoints().stream().map(RouteCallsTest::describe).toList();
  }

  private static String describe(EntryPoint entry) {
    MethodRef handler = entry.handler();
    String owner = handler.owner().substring(handler.owner().lastIndexOf('.') + 1);
    return entry.kind() + " " + entry.httpMethod() + " " + entry.route() + " " + owner + "." + handler.name();
  }

  @Test
  void sparkVerbsImportedStaticallyRegisterTheReferencedMethods() {
    assertThat(entries("""
        package com.acme.notes;

        import static spark.Spark.*;
        import spark.Request;
        import spark.Response;

        public class NoteRoutes {
          private static final String NOTE = "/notes/:id";
          private final NoteService notes = new NoteService();

          public void register() {
            put(NOTE, this::update);
            delete(NOTE, "application/json", this::remove);
          }

          Object update(Request req, Response res) { notes.save(1L, req.body()); return ""; }
          Object remove(Request req, Response res) { notes.delete(1L); return ""; }
        }
        """)).containsExactly("http PUT /notes/:id NoteRoutes.update", "http DELETE /notes/:id NoteRoutes.remove");
  }

  @Test
  void javalinInstanceVerbsRegisterAControllersMethodReference() {
    assertThat(entries("""
        package com.acme.notes;

        import io.javalin.Javalin;
        import io.javalin.http.Context;

        public class NotesApp {
          public static void main(String[] args) {
            NoteController controller = new NoteController();
            Javalin app = Javalin.create();
            app.patch("/notes/{id}", controller::rename);
          }
        }

        class NoteController {
          private final NoteService notes = new NoteService();
          void rename(Context ctx) { notes.save(1L, ctx.body()); }
        }
        """)).containsExactly("http PATCH /notes/{id} NoteController.rename");
  }

  @Test
  void javalinApiBuilderVerbsRegisterUnderThePathsOfTheirGroups() {
    assertThat(entries("""
        package com.acme.notes;

        import static io.javalin.apibuilder.ApiBuilder.*;
        import io.javalin.Javalin;
        import io.javalin.http.Context;

        public class NotesApp {
          private static final String NOTES = "notes";

          void routes(Javalin app) {
            app.routes(() -> {
              path(NOTES, () -> {
                post(NotesApp::create);
                path("{id}", () -> put(NotesApp::update));
              });
              put("/tags/{id}", NotesApp::tag);
            });
          }

          static void create(Context ctx) {}
          static void update(Context ctx) {}
          static void tag(Context ctx) {}
        }
        """)).containsExactly(
            "http POST /notes NotesApp.create", "http PUT /notes/{id} NotesApp.update", "http PUT /tags/{id} NotesApp.tag");
  }

  @Test
  void aGroupPathThatIsNotKnownLeavesTheRouteUnknown() {
    assertThat(entries("""
        package com.acme.notes;

        import static spark.Spark.*;

        public class Routes {
          void register(String base) {
            path(base, () -> put("/notes/:id", this::update));
          }

          Object update(spark.Request req, spark.Response res) { return ""; }
        }
        """)).containsExactly("http PUT null Routes.update");
  }

  @Test
  void vertxHandlersChainedOnAVerbRegisterForThatVerbsRoute() {
    assertThat(entries("""
        package com.acme.notes;

        import io.vertx.ext.web.Router;
        import io.vertx.ext.web.RoutingContext;
        import io.vertx.ext.web.handler.BodyHandler;

        public class NoteVerticle {
          void mount(Router router) {
            router.put("/notes/:id").handler(BodyHandler.create()).blockingHandler(this::update);
            router.get("/notes/:id").produces("application/json").handler(this::show);
          }

          void update(RoutingContext ctx) {}
          void show(RoutingContext ctx) {}
        }
        """)).containsExactly("http PUT /notes/:id NoteVerticle.update", "http GET /notes/:id NoteVerticle.show");
  }

  @Test
  void aProjectsOwnVerbMethodsRegisterNothing() {
    assertThat(entries("""
        package com.acme.notes;

        import java.util.HashMap;
        import java.util.Map;
        import java.util.function.Supplier;

        public class Registry {
          private final Map<String, Supplier<String>> handlers = new HashMap<>();

          void fill(Router router) {
            put("/notes", this::name);
            handlers.put("/notes", this::name);
            router.put("/notes", this::name);
          }

          void put(String path, Supplier<String> handler) { handlers.put(path, handler); }
          String name() { return "x"; }
        }

        class Router {
          void put(String path, Supplier<String> handler) {}
        }
        """)).isEmpty();
  }

  @Test
  void aProjectMethodShadowsAStaticallyImportedVerb() {
    assertThat(entries("""
        package com.acme.notes;

        import static spark.Spark.*;

        public class Routes {
          void register() {
            put("/notes/:id", this::update);
          }

          void put(String path, Runnable handler) {}
          void update() {}
        }
        """)).isEmpty();
  }

  @Test
  void callsToAProjectWrapperOfASparkVerbRegisterRoutesForTheWrappersVerb() {
    String endpoints = """
        package com.acme.web;

        import spark.*;

        public class Endpoints {
          public static void putForDatum(String path, Route handler) {
            Spark.put(path, wrap(handler), new JsonTransformer());
          }

          public static void deleteForDatum(String path, Route handler) {
            Spark.delete(path, wrap(handler));
          }

          private static Route wrap(Route handler) {
            return (req, res) -> handler.handle(req, res);
          }
        }
        """;
    String noteEndpoint = """
        package com.acme.notes;

        import static com.acme.web.Endpoints.*;
        import spark.Request;
        import spark.Response;

        public class NoteEndpoint {
          private final NoteService notes = new NoteService();

          public void register() {
            putForDatum("/notes/:id", this::update);
          }

          Object update(Request req, Response res) { notes.save(1L, req.body()); return true; }
        }
        """;
    Map<String, String> files = new TreeMap<>(Map.of(
        "src/com/acme/notes/NoteService.java", NOTE_SERVICE,
        "src/com/acme/web/Endpoints.java", endpoints,
        "src/com/acme/notes/NoteEndpoint.java", noteEndpoint));
    assertThat(graph(files).entryPoints()).map(RouteCallsTest::describe)
        .containsExactly("http PUT /notes/:id NoteEndpoint.update");
  }

  @Test
  void lambdasMakeTheRegisteringMethodTheHandlerOfEntryPointsWithoutAVerb() {
    CallGraph graph = graph(Map.of(
        "src/com/acme/notes/NoteService.java", NOTE_SERVICE,
        "src/com/acme/notes/NoteRoutes.java", """
            package com.acme.notes;

            import spark.Route;
            import spark.Spark;

            public class NoteRoutes {
              private final NoteService notes = new NoteService();

              public void register() {
                Route save = (req, res) -> { notes.save(1L, req.body()); return ""; };
                Spark.put("/notes/:id", save);
                Spark.delete("/notes/:id", (req, res) -> { notes.delete(1L); return ""; });
              }

              public void registerOne() {
                Spark.post("/notes", (req, res) -> { notes.save(0L, req.body()); return ""; });
              }
            }
            """));
    assertThat(graph.entryPoints()).map(RouteCallsTest::describe)
        .containsExactly("http null /notes/:id NoteRoutes.register", "http null /notes NoteRoutes.registerOne");
    assertThat(graph.entriesReaching(new MethodRef("com.acme.notes.NoteService", "delete", 1)))
        .map(RouteCallsTest::describe)
        .containsExactly("http null /notes/:id NoteRoutes.register");
  }

  @Test
  void aProjectAddsARoutingDslInItsConfiguration() throws IOException {
    EntryPointModels jooby = EntryPointModels.readExtension(new ByteArrayInputStream("""
        {"routeCalls": [{"framework": "jooby", "kind": "http", "owners": ["io.jooby.Jooby"],
          "verbs": ["put"], "routeArgument": 0, "handlerArguments": [1], "handlerMethods": []}]}
        """.getBytes(StandardCharsets.UTF_8)));
    String app = """
        package com.acme.notes;

        import io.jooby.Context;
        import io.jooby.Jooby;

        public class NotesApp {
          void routes(Jooby app) {
            app.put("/notes/{id}", this::update);
          }

          Object update(Context ctx) { return ctx; }
        }
        """;
    Map<String, String> files = Map.of("src/com/acme/notes/NotesApp.java", app);
    assertThat(graph(files).entryPoints()).isEmpty();
    assertThat(graph(files, EntryPointModels.builtIn().plus(jooby)).entryPoints()).map(RouteCallsTest::describe)
        .containsExactly("http PUT /notes/{id} NotesApp.update");
  }

  @Test
  void aRouteObjectRegisteredWithNewServesItsRouteByItsHandleMethod() {
    assertThat(entries("""
        package com.acme.notes;

        import static spark.Spark.patch;

        public class Api {
          void routes() {
            patch("/notes/:id", new PatchNoteRoute());
          }
        }
        """, """
        package com.acme.notes;

        import spark.Request;
        import spark.Response;
        import spark.Route;

        public class PatchNoteRoute implements Route {
          public Object handle(Request request, Response response) { return ""; }
        }
        """)).containsExactlyInAnyOrder(
            "http PATCH /notes/:id PatchNoteRoute.handle", "http null null PatchNoteRoute.handle");
  }
}
