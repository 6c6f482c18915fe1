package dev.lostguard.java;

import static dev.lostguard.java.Analyzed.jdbc;
import static dev.lostguard.java.Analyzed.onlyCall;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.SourceRole;
import org.junit.jupiter.api.Test;

class AnalyzerInputTest {

  private final JavaFileAnalyzer analyzer = new JavaFileAnalyzer();

  @Test
  void aMultiLineCallIsAnchoredWhereTheCallExpressionBegins() {
    var call = onlyCall(jdbc("    jdbc\n        .update(\n            \"DELETE FROM a WHERE id = ?\",\n            id);"));

    assertThat(call.location())
        .isEqualTo(new Location("src/main/java/com/acme/Dao.java", 7, 5, 10, 15));
  }

  @Test
  void anUnparsableFileIsOneParseErrorWithItsLine() {
    FileFacts facts = analyzer.analyze("Broken.java", "package a;\n\nclass Broken {\n  void x( {\n}\n", SourceRole.APPLICATION);

    assertThat(facts.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_JAVA);
      assertThat(e.path()).isEqualTo("Broken.java");
      assertThat(e.line()).isEqualTo(4);
    });
    assertThat(facts.sqlCalls()).isEmpty();
    assertThat(facts.constants()).isEmpty();
    assertThat(facts.entities()).isEmpty();
  }

  @Test
  void aDeeplyNestedConcatenationDoesNotCrash() {
    StringBuilder terms = new StringBuilder("\"UPDATE a SET x = 1\"");
    for (int i = 0; i < 5_000; i++) {
      terms.append(" + \" \"");
    }
    String source = "package a;\nimport org.springframework.jdbc.core.JdbcTemplate;\nclass Deep {\n"
        + "  static final String SQL = " + terms + ";\n  JdbcTemplate jdbc;\n  void x() { jdbc.update(SQL); }\n}\n";

    FileFacts facts = analyzer.analyze("Deep.java", source, SourceRole.APPLICATION);

    if (facts.errors().isEmpty()) {
      assertThat(facts.constants()).singleElement()
          .satisfies(c -> assertThat(Analyzed.text(c.value())).startsWith("UPDATE a SET x = 1").hasSize(5_019));
      assertThat(facts.sqlCalls()).hasSize(1);
    } else {
      assertThat(facts.errors()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_JAVA));
    }
  }

  @Test
  void modernSyntaxParses() {
    String source = "package a;\nrecord Point(int x, int y) {\n  String name(Object o) {\n"
        + "    return switch (o) { case Point(var x, var _) -> \"p\"; case null, default -> \"n\"; };\n  }\n}\n";

    assertThat(analyzer.analyze("Point.java", source, SourceRole.APPLICATION).errors()).isEmpty();
  }

  @Test
  void aPackageInfoWithAnnotationsIsFine() {
    String source = "@Deprecated(since = Names.SINCE)\npackage a;\n";

    assertThat(analyzer.analyze("package-info.java", source, SourceRole.APPLICATION).errors()).isEmpty();
  }

  @Test
  void keepsTheRoleAndLeavesEntitiesToTheirOwnExtractor() {
    FileFacts facts = analyzer.analyze("T.java", jdbc("    jdbc.update(\"DELETE FROM a\");"), SourceRole.TEST);

    assertThat(facts.role()).isEqualTo(SourceRole.TEST);
    assertThat(facts.entities()).isEmpty();
    assertThat(facts.statements()).isZero();
  }

  @Test
  void aDeclarationsOnlyWalkKeepsConstantsAndEntitiesButNoCodeFacts() {
    String source = """
        package a;
        import jakarta.persistence.*;
        import org.springframework.jdbc.core.JdbcTemplate;
        @Entity
        class Fixture {
          @Id Long id;
          static final String SQL = "UPDATE fixture SET name = ? WHERE id = ?";
          JdbcTemplate jdbc;
          void reset() { jdbc.update(SQL, "x", 1); helper(); }
          void helper() {}
          static class Nested { static final String OTHER = "DELETE FROM fixture"; }
        }
        """;

    FileFacts facts =
        analyzer.analyze("src/test/java/a/Fixture.java", source, SourceRole.TEST, JavaFileAnalyzer.Depth.DECLARATIONS);

    assertThat(facts.errors()).isEmpty();
    assertThat(facts.constants()).extracting(c -> c.name()).containsExactly("SQL", "OTHER");
    assertThat(facts.entities()).singleElement().satisfies(e -> assertThat(e.qualifiedName()).isEqualTo("a.Fixture"));
    assertThat(facts.sqlCalls()).isEmpty();
    assertThat(facts.types()).isEmpty();
    assertThat(facts.patterns()).isEmpty();
  }

  @Test
  void aDeclarationsOnlyWalkStillListsAnUnparsableFile() {
    FileFacts facts = analyzer.analyze(
        "src/test/java/Broken.java", "class Broken { void x( {\n}\n", SourceRole.TEST, JavaFileAnalyzer.Depth.DECLARATIONS);

    assertThat(facts.errors()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_JAVA));
  }
}
