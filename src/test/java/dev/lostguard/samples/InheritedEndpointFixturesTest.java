package dev.lostguard.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Endpoints whose JAX-RS mapping sits on an interface: the implementing method is the handler that
 * the endpoint rules judge, an {@code If-Match} declared on the interface's parameter counts, and a
 * body that inherits its version field carries the version.
 */
class InheritedEndpointFixturesTest {

  @TempDir Path project;

  private static final String API = """
      package shop;

      import io.swagger.v3.oas.annotations.Parameter;
      import jakarta.ws.rs.HeaderParam;
      import jakarta.ws.rs.PUT;
      import jakarta.ws.rs.Path;
      import jakarta.ws.rs.PathParam;

      @Path("/docs")
      public interface DocApi {
        @PUT
        @Path("/{id}")
        void save(@PathParam("id") long id, DocForm form);

        @PUT
        @Path("/{id}/title")
        void retitle(@PathParam("id") long id, @Parameter(description = "the new title") TitleForm form);

        @PUT
        @Path("/{id}/text")
        void rewrite(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TitleForm form);
      }
      """;

  private static final String RESOURCE = """
      package shop;

      import org.springframework.jdbc.core.JdbcTemplate;

      public class DocResource implements DocApi {
        private final JdbcTemplate jdbc;

        public DocResource(JdbcTemplate jdbc) {
          this.jdbc = jdbc;
        }

        @Override
        // ok: write-endpoint-without-precondition
        public void save(long id, DocForm form) {
          int written = jdbc.update("UPDATE doc SET title = ?, version = version + 1 WHERE id = ? AND version = ?",
              form.getTitle(), id, form.getVersion());
          if (written == 0) {
            throw new IllegalStateException("saved by someone else first");
          }
        }

        @Override
        // ruleid: write-endpoint-without-precondition
        public void retitle(long id, TitleForm form) {
          // ruleid: update-without-version-check
          jdbc.update("UPDATE doc SET title = ? WHERE id = ?", form.title(), id);
        }

        @Override
        // ok: write-endpoint-without-precondition
        public void rewrite(long id, String ifMatch, TitleForm form) {
          int written = jdbc.update("UPDATE doc SET title = ?, version = version + 1 WHERE id = ? AND version = ?",
              form.title(), id, Long.parseLong(ifMatch));
          if (written == 0) {
            throw new IllegalStateException("saved by someone else first");
          }
        }
      }
      """;

  @Test
  void implementingMethodsAreJudgedWithTheInterfacesParameterAnnotationsAndInheritedVersionFields() throws IOException {
    MarkedProject.scan(project, Map.of(
        "db/migration/V1__doc.sql", "CREATE TABLE doc (id BIGINT PRIMARY KEY, title TEXT, version INT NOT NULL);\n",
        "src/main/java/shop/DocApi.java", API,
        "src/main/java/shop/DocResource.java", RESOURCE,
        "src/main/java/shop/Versioned.java", """
            package shop;

            public abstract class Versioned {
              private long version;
              public long getVersion() { return version; }
            }
            """,
        "src/main/java/shop/DocForm.java", """
            package shop;

            public class DocForm extends Versioned {
              private String title;
              public String getTitle() { return title; }
            }
            """,
        "src/main/java/shop/TitleForm.java", "package shop;\n\npublic record TitleForm(String title) {}\n"));
  }

  @Test
  void aPrincipalTheFrameworkInjectsIsNoRepresentationButAnyUnannotatedParameterOfAResourceMethodIs() throws IOException {
    MarkedProject.scan(project, Map.of(
        "db/migration/V1__doc.sql", "CREATE TABLE doc (id BIGINT PRIMARY KEY, title TEXT, status TEXT);\n",
        "src/main/java/shop/AuthUser.java", "package shop;\n\npublic record AuthUser(String email) {}\n",
        "src/main/java/shop/DocCommands.java", """
            package shop;

            import io.dropwizard.auth.Auth;
            import jakarta.ws.rs.PUT;
            import jakarta.ws.rs.Path;
            import jakarta.ws.rs.PathParam;
            import org.springframework.jdbc.core.JdbcTemplate;

            @Path("/docs")
            public class DocCommands {
              private JdbcTemplate jdbc;

              @PUT
              @Path("/{id}/resubmit")
              // ok: write-endpoint-without-precondition
              public void resubmit(@Auth AuthUser user, @PathParam("id") long id) {
                jdbc.update("UPDATE doc SET status = 'DRAFT', title = title WHERE id = ?", id);
              }

              @PUT
              @Path("/{id}")
              // ruleid: write-endpoint-without-precondition
              public void save(@Auth AuthUser user, @PathParam("id") long id, TitleForm form) {
                // ruleid: unversioned-table-update
                jdbc.update("UPDATE doc SET title = ?, status = ? WHERE id = ?", form.title(), form.status(), id);
              }

              @PUT
              @Path("/{id}/raw")
              // ruleid: write-endpoint-without-precondition
              public void saveRaw(@Auth AuthUser user, @PathParam("id") long id, String json) {
                TitleForm form = parse(json);
                // ruleid: unversioned-table-update
                jdbc.update("UPDATE doc SET title = ?, status = ? WHERE id = ?", form.title(), form.status(), id);
              }

              @PUT
              @Path("/{id}/convert")
              // ok: write-endpoint-without-precondition
              public void convert(@PathParam("id") long id, TitleForm form) {
                // ruleid: unversioned-table-update
                jdbc.update("UPDATE doc SET title = ?, status = ? WHERE id = ?", form.title(), form.status(), id);
              }

              @PUT
              @Path("/{id}/publish")
              // ok: write-endpoint-without-precondition
              public void publish(@PathParam("id") long id, TitleForm form) {
                // ok: unversioned-table-update
                jdbc.update("UPDATE doc SET status = 'PUBLISHED', title = ? WHERE id = ? AND status = 'DRAFT'",
                    form.title(), id);
              }

              private TitleForm parse(String json) {
                return new TitleForm(json, json);
              }
            }
            """,
        "src/main/java/shop/TitleForm.java", "package shop;\n\npublic record TitleForm(String title, String status) {}\n"));
  }
}
