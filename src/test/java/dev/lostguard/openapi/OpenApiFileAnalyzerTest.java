package dev.lostguard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ApiOperation;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.SourceRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class OpenApiFileAnalyzerTest {

  @TempDir Path root;

  private void write(String name, String content) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private FileFacts analyze(String name, String content) throws IOException {
    write(name, content);
    return new OpenApiFileAnalyzer().analyze(name, root.resolve(name), root, content, SourceRole.APPLICATION);
  }

  private static List<String> labels(FileFacts facts) {
    return facts.operations().stream().map(o -> o.httpMethod() + " " + o.route() + " " + o.operationId()).toList();
  }

  @Test
  void readsPathItemsAndParametersThatOtherFilesHold() throws IOException {
    write("api/paths/policy.yaml", """
        parameters:
          - $ref: "../shared/uuid.yaml"
        get:
          operationId: getPolicy
        put:
          operationId: updatePolicy
          parameters:
            - $ref: "../spec.yaml#/components/parameters/IfMatch"
          requestBody:
            content: {}
        """);
    write("api/shared/uuid.yaml", "name: uuid\nin: path\nrequired: true\n");

    FileFacts facts = analyze("api/spec.yaml", """
        # license header
        openapi: 3.0.3
        paths:
          /policies/{uuid}:
            $ref: "./paths/policy.yaml"
        components:
          parameters:
            IfMatch:
              name: If-Match
              in: header
        """);

    assertThat(labels(facts)).containsExactly("GET /policies/{uuid} getPolicy", "PUT /policies/{uuid} updatePolicy");
    ApiOperation put = facts.operations().get(1);
    assertThat(put.parameters()).containsExactly(
        new ApiOperation.Parameter("uuid", "path"), new ApiOperation.Parameter("If-Match", "header"));
    assertThat(put.requestBody()).isTrue();
    assertThat(put.spec()).isEqualTo("api/spec.yaml");
    assertThat(facts.errors()).isEmpty();
  }

  @Test
  void readsAJsonSpecWithTags() throws IOException {
    FileFacts facts = analyze("openapi.json", """
        {"openapi": "3.1.0", "paths": {"/pets/{id}": {"patch": {"operationId": "patchPet", "tags": ["Pets"]}}}}
        """);

    assertThat(labels(facts)).containsExactly("PATCH /pets/{id} patchPet");
    assertThat(facts.operations().get(0).tags()).containsExactly("Pets");
  }

  @Test
  void readsASwagger2BodyParameterAsTheRequestBody() throws IOException {
    FileFacts facts = analyze("swagger.yaml", """
        swagger: "2.0"
        basePath: /v2
        paths:
          /pets/{id}:
            put:
              operationId: updatePet
              parameters:
                - {name: id, in: path}
                - {name: pet, in: body}
        """);

    assertThat(facts.operations()).singleElement().satisfies(o -> {
      assertThat(o.requestBody()).isTrue();
      assertThat(o.parameters()).containsExactly(new ApiOperation.Parameter("id", "path"));
    });
  }

  @Test
  void neverFollowsAReferenceOutOfTheScanRootOrToTheNetwork() throws IOException {
    Path outside = Files.createTempFile("outside", ".yaml");
    Files.writeString(outside, "put:\n  operationId: leaked\n");
    try {
      FileFacts facts = analyze("spec.yaml", """
          openapi: 3.0.0
          paths:
            /a:
              $ref: "%s"
            /b:
              $ref: "https://example.com/paths/b.yaml"
          """.formatted(root.relativize(outside).toString().replace('\\', '/')));

      assertThat(facts.operations()).isEmpty();
      assertThat(facts.errors()).isEmpty();
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void endsAChainOfReferencesThatReturnsToItself() throws IOException {
    write("a.yaml", "$ref: \"./b.yaml\"\n");
    write("b.yaml", "$ref: \"./a.yaml\"\n");

    FileFacts facts = analyze("spec.yaml", """
        openapi: 3.0.0
        paths:
          /loop:
            $ref: "./a.yaml"
          /self:
            $ref: "#/paths/~1self"
          /ok:
            get:
              operationId: ok
        """);

    assertThat(labels(facts)).containsExactly("GET /ok ok");
  }

  @Test
  void aSpecThatDoesNotParseIsAnErrorAtItsLine() throws IOException {
    FileFacts facts = analyze("spec.yaml", "openapi: 3.0.0\npaths:\n  /a: [unclosed\n");

    assertThat(facts.operations()).isEmpty();
    assertThat(facts.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_OPENAPI);
      assertThat(e.path()).isEqualTo("spec.yaml");
      assertThat(e.line()).isNotNull();
    });
  }

  @Test
  void aReferencedFileThatDoesNotParseIsAnErrorAtThatFileAndTheRestIsRead() throws IOException {
    write("paths/bad.yaml", "put: {operationId: [\n");

    FileFacts facts = analyze("spec.yaml", """
        openapi: 3.0.0
        paths:
          /bad:
            $ref: "./paths/bad.yaml"
          /good:
            delete:
              operationId: removeGood
        """);

    assertThat(labels(facts)).containsExactly("DELETE /good removeGood");
    assertThat(facts.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_OPENAPI);
      assertThat(e.path()).isEqualTo("paths/bad.yaml");
    });
  }

  @Test
  @Timeout(10)
  void aDocumentOfNestedAliasesIsReadWithoutExpandingThem() throws IOException {
    StringBuilder bomb = new StringBuilder("openapi: 3.0.0\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      bomb.append("x").append(i).append(": &a").append(i).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
    }
    bomb.append("paths:\n  /a:\n    get: {operationId: listA, tags: *a9}\n");

    FileFacts facts = analyze("spec.yaml", bomb.toString());

    assertThat(labels(facts)).containsExactly("GET /a listA");
  }

  @Test
  void yamlThatIsNoSpecGivesNothing() throws IOException {
    FileFacts facts = analyze("application.yaml", """
        springdoc:
          openapi: 3.0.1
        paths:
          /a:
            get:
              operationId: notAnOperation
        """);

    assertThat(facts.operations()).isEmpty();
    assertThat(facts.errors()).isEmpty();
  }

  @Test
  void aSpecIsRecognisedByAVersionKeyInItsFirstCharacters() {
    assertThat(OpenApiSpecs.isSpec("# header\nopenapi: 3.0.3\n")).isTrue();
    assertThat(OpenApiSpecs.isSpec("swagger: '2.0'\n")).isTrue();
    assertThat(OpenApiSpecs.isSpec("{\n  \"openapi\" : \"3.1.0\"}")).isTrue();
    assertThat(OpenApiSpecs.isSpec("name: swagger-ui\nversion: 2.0\n")).isFalse();
    assertThat(OpenApiSpecs.isSpec("#".repeat(OpenApiSpecs.SNIFF_CHARS) + "\nopenapi: 3.0.0\n")).isFalse();
  }
}
