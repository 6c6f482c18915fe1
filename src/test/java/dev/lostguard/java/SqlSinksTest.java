package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.lostguard.java.SqlSinks.Returns;
import dev.lostguard.model.QueryLanguage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SqlSinksTest {

  @Test
  void loadsTheShippedSinksFromTheClasspath() {
    SqlSinks sinks = SqlSinks.builtIn();

    assertThat(sinks.methodSinksNamed("update"))
        .anySatisfy(s -> {
          assertThat(s.types()).contains("org.springframework.jdbc.core.JdbcTemplate");
          assertThat(s.returns()).isEqualTo(Returns.COUNT);
          assertThat(s.language()).isEqualTo(QueryLanguage.SQL);
        });
    assertThat(sinks.methodSinksNamed("prepareStatement").get(0).countFrom())
        .extracting(SqlSinks.CountStep::method)
        .contains("executeUpdate", "executeBatch");
    assertThat(sinks.annotationSinks())
        .anySatisfy(s -> assertThat(s.requires()).containsExactly("org.springframework.data.jpa.repository.Modifying"));
  }

  @Test
  void rejectsUnknownFields() {
    String json = "{\"description\": \"x\", \"methodSinks\": [], \"annotationSinks\": [], \"extra\": 1}";

    assertThatThrownBy(() -> SqlSinks.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void rejectsADeferredSinkWithoutItsCountCall() {
    String json = "{\"methodSinks\": [{\"types\": [\"Dao\"], \"methods\": [\"prepare\"], \"sqlArgument\": 0,"
        + " \"returns\": \"deferred\", \"language\": \"sql\"}]}";

    assertThatThrownBy(() -> SqlSinks.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("countFrom");
  }

  @Test
  void matchesAUsersOwnWrapperBySimpleName() throws Exception {
    String json = "{\"methodSinks\": [{\"types\": [\"SqlRunner\"], \"methods\": [\"write\"], \"sqlArgument\": 1,"
        + " \"returns\": \"count\", \"language\": \"sql\"}], \"annotationSinks\": []}";
    SqlSinks sinks = SqlSinks.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    String source = Analyzed.dao("import com.acme.db.SqlRunner;",
        "  SqlRunner runner;\n  void save() { runner.write(\"main\", \"UPDATE t SET a = 1 WHERE id = 2\"); }");

    var facts = new JavaFileAnalyzer(sinks).analyze("Dao.java", source, dev.lostguard.model.SourceRole.APPLICATION);

    assertThat(facts.sqlCalls()).singleElement()
        .satisfies(c -> assertThat(c.sink()).isEqualTo("SqlRunner.write"));
  }

  @Test
  void readsAUsersOwnSessionWrapperThatRunsMybatisStatementsById() throws Exception {
    String json = "{\"methodSinks\": [{\"types\": [\"DbSqlSession\"], \"methods\": [\"update\"],"
        + " \"sqlArgument\": 0, \"returns\": \"count\", \"language\": \"mybatis_statement_id\","
        + " \"receiverGetters\": [\"getDbSqlSession\"]}]}";
    SqlSinks sinks = SqlSinks.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    String source = Analyzed.dao("", "  int save(Object row) { return getDbSqlSession().update(\"updateRow\", row); }");

    var facts = new JavaFileAnalyzer(sinks).analyze("Dao.java", source, dev.lostguard.model.SourceRole.APPLICATION);

    assertThat(facts.sqlCalls()).singleElement().satisfies(c -> {
      assertThat(c.sink()).isEqualTo("DbSqlSession.update");
      assertThat(c.language()).isEqualTo(QueryLanguage.MYBATIS_STATEMENT_ID);
      assertThat(Analyzed.text(c.sql())).isEqualTo("updateRow");
    });
  }
}
