package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.CodePattern;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.SqlCall;
import dev.lostguard.model.SqlText;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the analyzer on inline sources and reads its answers in the words the tests use. */
final class Analyzed {

  private static final JavaFileAnalyzer ANALYZER = new JavaFileAnalyzer();

  private Analyzed() {}

  static FileFacts facts(String source) {
    FileFacts facts = ANALYZER.analyze("src/main/java/com/acme/Dao.java", source, SourceRole.APPLICATION);
    assertThat(facts.errors()).isEmpty();
    return facts;
  }

  /** The code patterns of one kind that the analyzer records for the source. */
  static <T extends CodePattern> List<T> patterns(String source, Class<T> kind) {
    return facts(source).patterns().stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  static List<SqlCall> calls(String source) {
    return facts(source).sqlCalls();
  }

  static SqlCall onlyCall(String source) {
    List<SqlCall> calls = calls(source);
    assertThat(calls).hasSize(1);
    return calls.get(0);
  }

  /** A class {@code Dao} in {@code com.acme} with the given imports and body. */
  static String dao(String imports, String body) {
    return "package com.acme;\n" + imports + "\nclass Dao {\n" + body + "\n}\n";
  }

  static final String JDBC_TEMPLATE = "import org.springframework.jdbc.core.JdbcTemplate;";

  /** A method using {@code jdbc}, a JdbcTemplate field. */
  static String jdbc(String methodBody) {
    return dao(JDBC_TEMPLATE, "  private final JdbcTemplate jdbc;\n  Dao(JdbcTemplate jdbc) { this.jdbc = jdbc; }\n"
        + "  Object run(long id, int v) {\n" + methodBody + "\n    return null;\n  }\n");
  }

  /** The text with literals joined and constants shown as {@code {Owner.NAME}}, unknowns as {@code ?}. */
  static String text(SqlText sql) {
    if (sql instanceof SqlText.Literal literal) {
      return literal.text();
    }
    if (sql instanceof SqlText.Concat concat) {
      return concat.parts().stream().map(Analyzed::text).collect(Collectors.joining());
    }
    if (sql instanceof SqlText.ConstantRef ref) {
      return "{" + ref.owners().get(0) + "." + ref.field() + "}";
    }
    if (sql instanceof SqlText.WithBranches branches) {
      return text(branches.text());
    }
    return "?";
  }
}
