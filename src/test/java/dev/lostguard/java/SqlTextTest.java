package dev.lostguard.java;

import static dev.lostguard.java.Analyzed.facts;
import static dev.lostguard.java.Analyzed.jdbc;
import static dev.lostguard.java.Analyzed.onlyCall;
import static dev.lostguard.java.Analyzed.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.SqlText;
import dev.lostguard.model.StringConstant;
import org.junit.jupiter.api.Test;

class SqlTextTest {

  @Test
  void refersToAConstantOfTheSameClassByItsQualifiedOwner() {
    String source = Analyzed.dao(Analyzed.JDBC_TEMPLATE,
        "  private static final String UPDATE = \"UPDATE item SET a = ? WHERE id = ?\";\n"
            + "  JdbcTemplate jdbc;\n  void a() { jdbc.update(UPDATE, 1, 2); }");

    var facts = facts(source);

    assertThat(facts.constants()).singleElement().satisfies(c -> {
      assertThat(c.owner()).isEqualTo("com.acme.Dao");
      assertThat(c.name()).isEqualTo("UPDATE");
      assertThat(c.value()).isEqualTo(new SqlText.Literal("UPDATE item SET a = ? WHERE id = ?"));
      assertThat(c.location().startLine()).isEqualTo(4);
    });
    SqlText.ConstantRef ref = (SqlText.ConstantRef) facts.sqlCalls().get(0).sql();
    assertThat(ref.owners()).startsWith("com.acme.Dao");
    assertThat(ref.field()).isEqualTo("UPDATE");
  }

  @Test
  void refersToAQualifiedConstantOfAnotherClassThroughItsImport() {
    String source = Analyzed.dao(Analyzed.JDBC_TEMPLATE + "\nimport com.acme.sql.Queries;",
        "  JdbcTemplate jdbc;\n  void a() { jdbc.update(Queries.RENAME); jdbc.update(com.acme.other.Q.DELETE); }");

    var calls = facts(source).sqlCalls();

    assertThat(((SqlText.ConstantRef) calls.get(0).sql()).owners()).startsWith("com.acme.sql.Queries");
    assertThat(((SqlText.ConstantRef) calls.get(1).sql()).owners()).containsExactly("com.acme.other.Q");
  }

  @Test
  void refersToAStaticallyImportedConstant() {
    String source = Analyzed.dao(Analyzed.JDBC_TEMPLATE + "\nimport static com.acme.sql.Queries.RENAME;",
        "  JdbcTemplate jdbc;\n  void a() { jdbc.update(RENAME); }");

    SqlText.ConstantRef ref = (SqlText.ConstantRef) onlyCall(source).sql();

    assertThat(ref.owners()).containsExactly("com.acme.Dao", "com.acme.sql.Queries");
    assertThat(ref.location().startLine()).isEqualTo(6);
  }

  @Test
  void aNestedClassSeesTheConstantsOfItsOuterClass() {
    String source = Analyzed.dao(Analyzed.JDBC_TEMPLATE,
        "  static final String SQL = \"DELETE FROM a WHERE id = ?\";\n"
            + "  static class Inner {\n    static final String LOCAL = SQL + \" AND v = ?\";\n"
            + "    JdbcTemplate jdbc;\n    void a() { jdbc.update(SQL); }\n  }");

    var facts = facts(source);

    assertThat(facts.constants()).extracting(StringConstant::owner, StringConstant::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("com.acme.Dao", "SQL"),
            org.assertj.core.groups.Tuple.tuple("com.acme.Dao.Inner", "LOCAL"));
    assertThat(((SqlText.ConstantRef) facts.sqlCalls().get(0).sql()).owners())
        .startsWith("com.acme.Dao", "com.acme.Dao.Inner");
  }

  @Test
  void readsTextBlocksAsTheProgramSeesThem() {
    String source = jdbc("    jdbc.update(\"\"\"\n        UPDATE item\n        SET a = 1\n        WHERE id = ?\"\"\", id);");

    assertThat(onlyCall(source).sql()).isEqualTo(new SqlText.Literal("UPDATE item\nSET a = 1\nWHERE id = ?"));
  }

  @Test
  void joinsConcatenationOfLiteralsAndConstants() {
    String source = Analyzed.dao(Analyzed.JDBC_TEMPLATE,
        "  static final String T = \"item\";\n  JdbcTemplate jdbc;\n"
            + "  void a() { jdbc.update(\"UPDATE \" + T + \" SET a = 1\" + \" WHERE id = \" + 5); }");

    assertThat(text(onlyCall(source).sql())).isEqualTo("UPDATE {com.acme.Dao.T} SET a = 1 WHERE id = 5");
  }

  @Test
  void followsALocalAssignedOnceAndLeavesReassignedOnesUnknown() {
    String source = jdbc(
        "    String once = \"DELETE FROM a WHERE id = ?\";\n"
            + "    jdbc.update(once, id);\n"
            + "    String replaced = \"UPDATE a SET x = 1\";\n"
            + "    if (v > 0) replaced = \"UPDATE b SET x = 1\";\n"
            + "    jdbc.update(replaced, id);");

    var calls = Analyzed.calls(source);

    assertThat(calls.get(0).sql()).isEqualTo(new SqlText.Literal("DELETE FROM a WHERE id = ?"));
    assertThat(calls.get(1).sql()).isEqualTo(new SqlText.Unknown("variable replaced"));
  }

  @Test
  void aParameterIsUnknown() {
    String source = Analyzed.dao(Analyzed.JDBC_TEMPLATE,
        "  JdbcTemplate jdbc;\n  void a(String sql) { jdbc.update(sql); }");

    assertThat(onlyCall(source).sql()).isEqualTo(new SqlText.Unknown("variable sql"));
  }

  @Test
  void interfaceFieldsAreConstants() {
    var facts = facts("package com.acme;\npublic interface Queries {\n  String RENAME = \"UPDATE a SET n = ?\";\n"
        + "  String[] NOT_TEXT = {};\n}\n");

    assertThat(facts.constants()).extracting(StringConstant::owner, StringConstant::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("com.acme.Queries", "RENAME"));
  }

  @Test
  void instanceFieldsAndComputedValuesAreNotConstants() {
    var facts = facts(Analyzed.dao("",
        "  final String sql = \"UPDATE a SET n = 1\";\n  static final String NAME = Dao.class.getName();"));

    assertThat(facts.constants()).isEmpty();
  }
}
