package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiScanTest {

  private static final String SPEC = """
      openapi: 3.0.3
      paths:
        /notes/{noteId}:
          $ref: "./paths/note.yaml"
      """;
  private static final String PUT_ITEM = """
      put:
        operationId: updateNote
        parameters:
          - {name: noteId, in: path, required: true}
      %s  requestBody: {content: {}}
      """;
  private static final String DAO = """
      package org.acme.notes;

      import org.springframework.jdbc.core.JdbcTemplate;

      public class NoteDao {
        private final JdbcTemplate jdbc;
        public NoteDao(JdbcTemplate jdbc) { this.jdbc = jdbc; }
        public void save(long id, String title, String body) {
          jdbc.update("UPDATE note SET title = ?, body = ? WHERE id = ?", title, body, id);
        }
      }
      """;
  private static final String RESOURCE = """
      package org.acme.notes;

      import jakarta.ws.rs.core.Response;
      import org.acme.api.NotesApi;
      import org.acme.api.model.NoteUpdate;

      public class NotesResource implements NotesApi {
        private final NoteDao notes;
        public NotesResource(NoteDao notes) { this.notes = notes; }
        @Override
        public Response updateNote(Long noteId, %s NoteUpdate update) {
          notes.save(noteId, update.getTitle(), update.getBody());
          return Response.noContent().build();
        }
      }
      """;

  @TempDir Path root;

  private Report scan(String pathItem, String extraParameter) throws IOException {
    TempProject.write(root, "api/src/main/openapi/notes.yaml", SPEC);
    TempProject.write(root, "api/src/main/openapi/paths/note.yaml", pathItem);
    TempProject.write(root, "app/src/main/java/org/acme/notes/NoteDao.java", DAO);
    TempProject.write(root, "app/src/main/java/org/acme/notes/NotesResource.java", RESOURCE.formatted(extraParameter));
    TempProject.write(root, "app/src/main/resources/schema.sql",
        "CREATE TABLE note (id BIGINT PRIMARY KEY, title VARCHAR(200), body TEXT);");
    return TempProject.scan(root);
  }

  private static List<String> rules(Report report) {
    return report.findings().stream().map(Finding::ruleId).sorted().toList();
  }

  @Test
  void aPutThatTheSpecDeclaresReachesTheWriteThroughTheImplementationOfItsGeneratedInterface() throws IOException {
    Report report = scan(PUT_ITEM.formatted(""), "");

    assertThat(rules(report)).containsExactly("unversioned-table-update", "write-endpoint-without-precondition");
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("unversioned-table-update")).singleElement()
        .satisfies(f -> assertThat(f.entryPoints().get(0).entry().label()).isEqualTo("PUT /notes/{noteId}"));
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void anIfMatchHeaderTheSpecDeclaresIsThePutsPrecondition() throws IOException {
    String ifMatch = "    - {name: If-Match, in: header, required: true}\n";

    assertThat(rules(scan(PUT_ITEM.formatted(ifMatch), "String ifMatch,"))).containsExactly("unversioned-table-update");
    // bound by the spec alone: the rule does not know the name if_match
    assertThat(rules(scan(PUT_ITEM.formatted(ifMatch), "String if_match,"))).containsExactly("unversioned-table-update");
  }

  @Test
  void aSpecAmongTestSourcesDeclaresNoOperationAndTheResourceFallsBackToAnUnknownVerb() throws IOException {
    TempProject.write(root, "app/src/test/resources/fixture.yaml", """
        openapi: 3.0.0
        paths:
          /other/{id}:
            put:
              operationId: updateNote
        """);

    Report report = scan("get:\n  operationId: getNote\n", "");

    assertThat(report.findings()).flatExtracting(Finding::entryPoints)
        .extracting(chain -> chain.entry().label())
        .containsOnly("http");
    assertThat(rules(report)).containsExactly("unversioned-table-update");
  }
}
