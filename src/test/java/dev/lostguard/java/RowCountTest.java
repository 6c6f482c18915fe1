package dev.lostguard.java;

import static dev.lostguard.java.Analyzed.dao;
import static dev.lostguard.java.Analyzed.jdbc;
import static dev.lostguard.java.Analyzed.onlyCall;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.RowCountUse;
import org.junit.jupiter.api.Test;

class RowCountTest {

  private static final String UPDATE = "\"UPDATE item SET a = ? WHERE id = ? AND version = ?\"";

  private static RowCountUse rowCountOf(String methodBody) {
    return onlyCall(jdbc(methodBody)).rowCount();
  }

  @Test
  void aComparedCountIsUsed() {
    assertThat(rowCountOf("    if (jdbc.update(" + UPDATE + ", 1, id, v) == 0) throw new RuntimeException();"))
        .isEqualTo(RowCountUse.USED);
  }

  @Test
  void aCountInATernaryIsUsed() {
    assertThat(rowCountOf("    String r = jdbc.update(" + UPDATE + ", 1, id, v) < 1 ? \"stale\" : \"ok\";"))
        .isEqualTo(RowCountUse.USED);
  }

  @Test
  void aReturnedCountIsUsed() {
    String source = dao(Analyzed.JDBC_TEMPLATE,
        "  JdbcTemplate jdbc;\n  int save(long id) { return jdbc.update(" + UPDATE + ", 1, id, 2); }");

    assertThat(onlyCall(source).rowCount()).isEqualTo(RowCountUse.USED);
  }

  @Test
  void aCountPassedToACheckIsUsed() {
    assertThat(rowCountOf("    checkUpdated(jdbc.update(" + UPDATE + ", 1, id, v));")).isEqualTo(RowCountUse.USED);
    assertThat(rowCountOf("    Assert.state(jdbc.update(" + UPDATE + ", 1, id, v) == 1, \"stale\");"))
        .isEqualTo(RowCountUse.USED);
  }

  @Test
  void aStoredCountThatIsTestedLaterIsUsed() {
    assertThat(rowCountOf(
        "    int n = jdbc.update(" + UPDATE + ", 1, id, v);\n    log(\"saved\");\n    if (n == 0) throw new RuntimeException();"))
        .isEqualTo(RowCountUse.USED);
  }

  @Test
  void aCountAssignedToADeclaredVariableAndTestedIsUsed() {
    assertThat(rowCountOf(
        "    int n;\n    try {\n      n = jdbc.update(" + UPDATE + ", 1, id, v);\n    } finally { log(\"x\"); }\n"
            + "    if (n == 0) throw new RuntimeException();"))
        .isEqualTo(RowCountUse.USED);
  }

  @Test
  void aStoredCountThatIsNeverReadIsDiscarded() {
    assertThat(rowCountOf("    int n = jdbc.update(" + UPDATE + ", 1, id, v);")).isEqualTo(RowCountUse.DISCARDED);
  }

  @Test
  void aBareCallStatementDiscardsTheCount() {
    assertThat(rowCountOf("    jdbc.update(" + UPDATE + ", 1, id, v);")).isEqualTo(RowCountUse.DISCARDED);
  }

  @Test
  void aSameNamedVariableInAnotherBlockIsAnotherVariable() {
    assertThat(rowCountOf(
        "    { int n = jdbc.update(" + UPDATE + ", 1, id, v); }\n    { int n = 3; if (n == 0) return null; }"))
        .isEqualTo(RowCountUse.DISCARDED);
  }

  @Test
  void aBatchUpdateIsUsedOnlyWhenItsElementsAreTested() {
    String batch = "jdbc.batchUpdate(" + UPDATE + ", java.util.List.of())";

    assertThat(rowCountOf("    int[] r = " + batch + ";\n    if (r[0] == 0) throw new RuntimeException();"))
        .isEqualTo(RowCountUse.USED);
    assertThat(rowCountOf("    int[] r = " + batch + ";\n    for (int n : r) { if (n == 0) return null; }"))
        .isEqualTo(RowCountUse.USED);
    assertThat(rowCountOf("    int[] r = " + batch + ";\n    if (java.util.Arrays.stream(r).anyMatch(n -> n == 0)) return null;"))
        .isEqualTo(RowCountUse.USED);
    assertThat(rowCountOf("    int[] r = " + batch + ";\n    log(\"batch of \" + r.length);"))
        .isEqualTo(RowCountUse.DISCARDED);
    assertThat(rowCountOf("    " + batch + ";")).isEqualTo(RowCountUse.DISCARDED);
  }

  @Test
  void testingTheBooleanOfExecuteIsNotUsingTheCount() {
    String source = dao("import java.sql.*;",
        "  void a(Statement st) throws SQLException {\n"
            + "    if (!st.execute(\"UPDATE a SET x = 1 WHERE id = 1 AND version = 2\")) { log(); }\n  }\n  void log() {}");

    assertThat(onlyCall(source).rowCount()).isEqualTo(RowCountUse.DISCARDED);
  }

  @Test
  void addBatchTakesItsCountFromExecuteBatch() {
    String source = dao("import java.sql.*;",
        "  void a(Statement st) throws SQLException {\n"
            + "    st.addBatch(\"UPDATE a SET x = 1 WHERE id = 1 AND version = 2\");\n"
            + "    int[] r = st.executeBatch();\n    if (r[0] != 1) throw new SQLException();\n  }");

    assertThat(onlyCall(source).rowCount()).isEqualTo(RowCountUse.USED);
  }

  @Test
  void aQueryWhoseCountComesElsewhereIsUnknown() {
    String source = dao("import jakarta.persistence.*;",
        "  EntityManager em;\n  Query q() { return em.createQuery(\"update Item set a = 1\"); }");

    assertThat(onlyCall(source).rowCount()).isEqualTo(RowCountUse.UNKNOWN);
  }

  @Test
  void aCountInsideALambdaIsUnknown() {
    assertThat(rowCountOf("    java.util.function.IntSupplier s = () -> jdbc.update(" + UPDATE + ", 1, id, v);"))
        .isEqualTo(RowCountUse.UNKNOWN);
  }

  private static RowCountUse jdbiRowCountOf(String methodBody) {
    return onlyCall(dao("import org.jdbi.v3.core.Handle;\nimport org.jdbi.v3.core.Jdbi;",
        "  Jdbi jdbi;\n  Object save(long id, int v) {\n" + methodBody + "\n    return null;\n  }")).rowCount();
  }

  @Test
  void aCountAJdbiConsumerCallbackReturnsIsDroppedAndOneAReturningCallbackHandsBackIsItsCallersToUse() {
    String update = "h.createUpdate(\"UPDATE item SET a = 1, version = version + 1 WHERE id = :id AND version = :v\")"
        + ".bind(\"id\", id).bind(\"v\", v).execute()";
    assertThat(jdbiRowCountOf("    jdbi.useHandle(h -> " + update + ");")).isEqualTo(RowCountUse.DISCARDED);
    assertThat(jdbiRowCountOf("    jdbi.withHandle(h -> " + update + ");")).isEqualTo(RowCountUse.DISCARDED);
    assertThat(jdbiRowCountOf("    if (jdbi.inTransaction(h -> " + update + ") == 0) throw new IllegalStateException();"))
        .isEqualTo(RowCountUse.USED);
    assertThat(jdbiRowCountOf("    int n = jdbi.withHandle(h -> { return " + update + "; });\n    check(n);"))
        .isEqualTo(RowCountUse.USED);
    assertThat(jdbiRowCountOf("    jdbi.withHandle(h -> { return " + update + "; });")).isEqualTo(RowCountUse.DISCARDED);
    assertThat(jdbiRowCountOf("    run((Handle h) -> " + update + ");")).isEqualTo(RowCountUse.UNKNOWN);
  }
}
