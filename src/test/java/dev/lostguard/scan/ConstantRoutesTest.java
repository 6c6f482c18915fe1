package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.java.JavaFileAnalyzer;
import dev.lostguard.model.EntryPoint;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.SourceRole;
import dev.lostguard.rules.EntryPointModels;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Routes whose annotation values are written with the project's string constants show resolved, and
 * routes declared through the project's own annotations.
 */
class ConstantRoutesTest {

  private static final String PATHS = """
      package com.acme.api;

      public final class ResourcePaths {
        public static final String V1 = "/v1";
        public static final String ORDER = "/{id}";
        public static final String ITEMS = "/items" + V1;
      }
      """;

  private static final String ACCOUNT_RESOURCE = """
      package com.acme.account;

      import com.acme.api.ResourcePaths;
      import javax.ws.rs.PUT;
      import javax.ws.rs.Path;

      @Path(AccountResource.BASE_PATH)
      public interface AccountResource {
        String BASE_PATH = "/account" + ResourcePaths.V1;

        @PUT
        @Path("/{id}")
        void update(long id);
      }
      """;

  private static final String ACCOUNT_IMPL = """
      package com.acme.account;

      public class AccountResourceImpl implements AccountResource {
        @Override
        public void update(long id) {}
      }
      """;

  private static Map<String, String> routes(Map<String, String> sources) {
    JavaFileAnalyzer analyzer = new JavaFileAnalyzer();
    List<FileFacts> facts = new TreeMap<>(sources).entrySet().stream()
        .map(e -> analyzer.analyze(e.getKey(), e.getValue(), SourceRole.APPLICATION))
        .toList();
    Map<String, String> routes = new TreeMap<>();
    for (EntryPoint entry : CallGraphs.start(facts, EntryPointModels.builtIn().model()).get().entryPoints()) {
      routes.put(entry.handler().name(), entry.httpMethod() + " " + entry.route());
    }
    return routes;
  }

  private static Map<String, String> withController(String controller) {
    return routes(Map.of(
        "src/com/acme/api/ResourcePaths.java", PATHS,
        "src/com/acme/web/OrderController.java", controller));
  }

  @Test
  void aRouteConcatenatedFromALiteralAndAQualifiedConstantOfAnotherClassShowsResolved() {
    assertThat(routes(Map.of(
        "src/com/acme/api/ResourcePaths.java", PATHS,
        "src/com/acme/account/AccountResource.java", ACCOUNT_RESOURCE,
        "src/com/acme/account/AccountResourceImpl.java", ACCOUNT_IMPL)))
        .containsEntry("update", "PUT /account/v1/{id}");
  }

  @Test
  void aClassRouteNamingAConstantBuiltFromAnotherConstantShowsItsValue() {
    assertThat(withController("""
        package com.acme.web;

        import com.acme.api.ResourcePaths;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping(ResourcePaths.ITEMS)
        class OrderController {
          @PutMapping("/{id}")
          void save(long id) {}
        }
        """)).containsEntry("save", "PUT /items/v1/{id}");
  }

  @Test
  void aMethodRouteNamingAStaticallyImportedConstantShowsItsValue() {
    assertThat(withController("""
        package com.acme.web;

        import static com.acme.api.ResourcePaths.ORDER;

        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping(path = {"/orders" + com.acme.api.ResourcePaths.V1})
        class OrderController {
          @PutMapping(path = ORDER)
          void save(long id) {}

          @DeleteMapping(ORDER + "/lines/" + LINE)
          void removeLine(long id) {}

          private static final String LINE = "{line}";
        }
        """))
        .containsEntry("save", "PUT /orders/v1/{id}")
        .containsEntry("removeLine", "DELETE /orders/v1/{id}/lines/{line}");
  }

  @Test
  void aRouteNamingAConstantTheProjectDoesNotDeclareKeepsItsSourceText() {
    assertThat(withController("""
        package com.acme.web;

        import com.acme.api.ResourcePaths;
        import org.springframework.web.bind.annotation.*;

        @RestController
        @RequestMapping(ExternalPaths.BASE)
        class OrderController {
          @PatchMapping(ResourcePaths.V1 + ResourcePaths.MISSING)
          void patch(long id) {}

          @GetMapping(ResourcePaths.V1 + ResourcePaths.ORDER)
          void get(long id) {}
        }
        """))
        .containsEntry("patch", "PATCH /ExternalPaths.BASE/ResourcePaths.V1 + ResourcePaths.MISSING")
        .containsEntry("get", "GET /ExternalPaths.BASE/v1/{id}");
  }

  @Test
  void aProjectAnnotationThatCarriesRestControllerAndRequestMappingMakesEachClassItMarksAController() {
    Map<String, String> routes = routes(Map.of(
        "src/com/acme/web/RestApi.java", """
            package com.acme.web;

            import org.springframework.core.annotation.AliasFor;
            import org.springframework.web.bind.annotation.RequestMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            @RequestMapping
            public @interface RestApi {
              @AliasFor(attribute = "path", annotation = RequestMapping.class)
              String[] value() default {};
            }
            """,
        "src/com/acme/web/Versioned.java", """
            package com.acme.web;

            import org.springframework.web.bind.annotation.RequestMapping;
            import org.springframework.web.bind.annotation.RestController;

            @RestController
            @RequestMapping("/v2")
            public @interface Versioned {}
            """,
        "src/com/acme/web/RoleController.java", """
            package com.acme.web;

            import org.springframework.web.bind.annotation.*;

            @RestApi("/role")
            public class RoleController {
              @PutMapping("/{id}")
              public void update(@PathVariable long id) {}
            }
            """,
        "src/com/acme/web/TagController.java", """
            package com.acme.web;

            import org.springframework.web.bind.annotation.*;

            @Versioned
            public class TagController {
              @PostMapping("/tags")
              public void create() {}
            }
            """,
        "src/com/acme/web/Helper.java", """
            package com.acme.web;

            import org.springframework.web.bind.annotation.*;

            @Deprecated
            public class Helper {
              @PostMapping("/nothing")
              public void notAHandler() {}
            }
            """));

    assertThat(routes).containsExactly(Map.entry("create", "POST /v2/tags"), Map.entry("update", "PUT /role/{id}"));
  }
}
