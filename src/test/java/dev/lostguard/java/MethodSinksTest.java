package dev.lostguard.java;

import static dev.lostguard.java.Analyzed.calls;
import static dev.lostguard.java.Analyzed.dao;
import static dev.lostguard.java.Analyzed.jdbc;
import static dev.lostguard.java.Analyzed.onlyCall;
import static dev.lostguard.java.Analyzed.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.QueryLanguage;
import dev.lostguard.model.RowCountUse;
import dev.lostguard.model.SqlCall;
import org.junit.jupiter.api.Test;

class MethodSinksTest {

  @Test
  void findsJdbcTemplateUpdateThroughAConstructorInjectedField() {
    SqlCall call = onlyCall(jdbc("    jdbc.update(\"UPDATE item SET name = ? WHERE id = ?\", \"n\", id);"));

    assertThat(call.sink()).isEqualTo("JdbcTemplate.update");
    assertThat(text(call.sql())).isEqualTo("UPDATE item SET name = ? WHERE id = ?");
    assertThat(call.language()).isEqualTo(QueryLanguage.SQL);
    assertThat(call.method().label()).isEqualTo("Dao.run");
    assertThat(call.related()).isEmpty();
  }

  @Test
  void findsJdbcTemplateThroughThisFieldAndParameter() {
    String source = dao(Analyzed.JDBC_TEMPLATE,
        "  JdbcTemplate jdbc;\n"
            + "  void a() { this.jdbc.update(\"DELETE FROM a WHERE id = 1\"); }\n"
            + "  void b(JdbcTemplate t) { t.update(\"DELETE FROM b WHERE id = 1\"); }");

    assertThat(calls(source)).extracting(c -> text(c.sql()))
        .containsExactly("DELETE FROM a WHERE id = 1", "DELETE FROM b WHERE id = 1");
  }

  @Test
  void findsNamedParameterJdbcTemplateUpdate() {
    String source = dao("import org.springframework.jdbc.core.namedparam.*;",
        "  NamedParameterJdbcTemplate named;\n"
            + "  int save(java.util.Map<String, Object> p) {\n"
            + "    return named.update(\"UPDATE item SET a = :a WHERE id = :id AND version = :v\", p);\n  }");

    SqlCall call = onlyCall(source);

    assertThat(call.sink()).isEqualTo("NamedParameterJdbcTemplate.update");
    assertThat(call.rowCount()).isEqualTo(RowCountUse.USED);
  }

  @Test
  void findsJdbcClientChainsWithTheCountFromTheTerminalUpdate() {
    String source = dao("import org.springframework.jdbc.core.simple.JdbcClient;",
        "  JdbcClient client;\n"
            + "  void save(long id) {\n"
            + "    client.sql(\"UPDATE item SET a = 1 WHERE id = :id\").param(\"id\", id).update();\n  }\n"
            + "  boolean saveChecked(long id) {\n"
            + "    return client.sql(\"UPDATE item SET a = 2 WHERE id = :id\").param(\"id\", id).update() == 1;\n  }");

    assertThat(calls(source)).extracting(SqlCall::sink, SqlCall::rowCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("JdbcClient.sql", RowCountUse.DISCARDED),
            org.assertj.core.groups.Tuple.tuple("JdbcClient.sql", RowCountUse.USED));
  }

  @Test
  void findsJdbcStatementExecuteUpdateAndExecute() {
    String source = dao("import java.sql.*;",
        "  void run(Connection c) throws SQLException {\n"
            + "    Statement st = c.createStatement();\n"
            + "    st.executeUpdate(\"UPDATE a SET x = 1 WHERE id = 1\");\n"
            + "    st.execute(\"UPDATE b SET x = 1 WHERE id = 1\");\n"
            + "    if (st.getUpdateCount() == 0) throw new IllegalStateException();\n  }");

    assertThat(calls(source)).extracting(SqlCall::sink, SqlCall::rowCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Statement.executeUpdate", RowCountUse.DISCARDED),
            org.assertj.core.groups.Tuple.tuple("Statement.execute", RowCountUse.USED));
  }

  @Test
  void findsPrepareStatementWithTheCountFromExecuteUpdateOnTheVariable() {
    String source = dao("import java.sql.Connection;\nimport java.sql.PreparedStatement;",
        "  void run(Connection c, long id) throws Exception {\n"
            + "    PreparedStatement ps = c.prepareStatement(\"UPDATE a SET x = 1 WHERE id = ?\");\n"
            + "    ps.setLong(1, id);\n"
            + "    int n = ps.executeUpdate();\n"
            + "    if (n != 1) throw new IllegalStateException();\n  }");

    SqlCall call = onlyCall(source);

    assertThat(call.sink()).isEqualTo("Connection.prepareStatement");
    assertThat(call.location().startLine()).isEqualTo(6);
    assertThat(call.rowCount()).isEqualTo(RowCountUse.USED);
  }

  @Test
  void findsPrepareStatementInTryWithResources() {
    String source = dao("import java.sql.*;",
        "  void run(Connection c) throws Exception {\n"
            + "    try (PreparedStatement ps = c.prepareStatement(\"DELETE FROM a WHERE id = 1\")) {\n"
            + "      ps.executeUpdate();\n    }\n  }");

    SqlCall call = onlyCall(source);

    assertThat(call.rowCount()).isEqualTo(RowCountUse.DISCARDED);
    assertThat(text(call.sql())).isEqualTo("DELETE FROM a WHERE id = 1");
  }

  @Test
  void findsEntityManagerQueriesAsJpqlAndNativeSql() {
    String source = dao("import jakarta.persistence.EntityManager;",
        "  EntityManager em;\n"
            + "  int a(long id) {\n"
            + "    return em.createQuery(\"update Item i set i.name = :n where i.id = :id\")\n"
            + "        .setParameter(\"id\", id).executeUpdate();\n  }\n"
            + "  void b() { em.createNativeQuery(\"DELETE FROM item WHERE id = 1\").executeUpdate(); }");

    assertThat(calls(source)).extracting(SqlCall::sink, SqlCall::language, SqlCall::rowCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EntityManager.createQuery", QueryLanguage.JPQL, RowCountUse.USED),
            org.assertj.core.groups.Tuple.tuple("EntityManager.createNativeQuery", QueryLanguage.SQL, RowCountUse.DISCARDED));
  }

  @Test
  void findsHibernateMutationQueries() {
    String source = dao("import org.hibernate.Session;",
        "  void a(Session s) {\n"
            + "    var q = s.createMutationQuery(\"update Item set name = :n where id = :id\");\n"
            + "    q.setParameter(\"n\", \"x\");\n"
            + "    int n = q.executeUpdate();\n"
            + "    check(n);\n  }\n"
            + "  void check(int n) {}");

    SqlCall call = onlyCall(source);

    assertThat(call.sink()).isEqualTo("Session.createMutationQuery");
    assertThat(call.language()).isEqualTo(QueryLanguage.JPQL);
    assertThat(call.rowCount()).isEqualTo(RowCountUse.USED);
  }

  @Test
  void findsJdbiHandleCreateUpdateAndExecute() {
    String source = dao("import org.jdbi.v3.core.Handle;",
        "  void a(Handle h) {\n"
            + "    h.createUpdate(\"UPDATE a SET x = :x WHERE id = :id\").bind(\"x\", 1).execute();\n"
            + "    int n = h.execute(\"DELETE FROM a WHERE id = ?\", 1);\n"
            + "    assert n == 1;\n  }");

    assertThat(calls(source)).extracting(SqlCall::sink, SqlCall::rowCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Handle.createUpdate", RowCountUse.DISCARDED),
            org.assertj.core.groups.Tuple.tuple("Handle.execute", RowCountUse.USED));
  }

  @Test
  void theUntypedParameterOfAJdbiCallbackLambdaIsAHandle() {
    String source = dao("import org.jdbi.v3.core.Jdbi;",
        "  private Jdbi jdbi;\n"
            + "  void a(long id) {\n"
            + "    jdbi.useHandle(h -> h.createUpdate(\"UPDATE a SET x = 1 WHERE id = :id\").bind(\"id\", id).execute());\n"
            + "    jdbi.inTransaction(handle -> handle.execute(\"DELETE FROM a WHERE id = ?\", id));\n"
            + "  }");

    assertThat(calls(source)).extracting(SqlCall::sink)
        .containsExactly("Handle.createUpdate", "Handle.execute");
    assertThat(calls(dao("", "  void a(java.util.List<String> names) {\n"
        + "    names.forEach(h -> h.execute(\"DELETE FROM a\"));\n  }"))).isEmpty();
  }

  @Test
  void usesTheTypeOfANewObjectForVar() {
    SqlCall call = onlyCall(dao(Analyzed.JDBC_TEMPLATE,
        "  void a(javax.sql.DataSource ds) {\n"
            + "    var t = new JdbcTemplate(ds);\n"
            + "    t.update(\"DELETE FROM a WHERE id = 1\");\n  }"));

    assertThat(call.sink()).isEqualTo("JdbcTemplate.update");
  }

  @Test
  void usesTheDeclaredReturnTypeOfAMethodOfTheSameClass() {
    SqlCall call = onlyCall(dao("import org.hibernate.Session;",
        "  Session getSession() { return null; }\n"
            + "  void a() { getSession().createQuery(\"delete from Item where id = 1\").executeUpdate(); }"));

    assertThat(call.sink()).isEqualTo("Session.createQuery");
  }

  @Test
  void typesAnInheritedFieldByTheConstructorParameterPassedToSuper() {
    SqlCall call = onlyCall("package com.acme;\n" + Analyzed.JDBC_TEMPLATE + "\n"
        + "class UserStore extends GenericStore {\n"
        + "  UserStore(JdbcTemplate jdbcTemplate) { super(jdbcTemplate); }\n"
        + "  void remove(long id) { jdbcTemplate.update(\"DELETE FROM users WHERE id = ?\", id); }\n}\n");

    assertThat(call.sink()).isEqualTo("JdbcTemplate.update");
  }

  @Test
  void ignoresOverloadsWhoseFirstArgumentIsACallbackNotText() {
    assertThat(calls(Analyzed.jdbc("    jdbc.execute(con -> con.prepareStatement(\"select 1\"));"))).isEmpty();
  }

  @Test
  void ignoresMapUpdateAndUnrelatedExecute() {
    String source = dao("import java.util.Map;\nimport java.util.concurrent.Executor;",
        "  Map<String, String> map;\n  Executor cache;\n"
            + "  void a() {\n"
            + "    map.update(\"UPDATE a SET x = 1\");\n"
            + "    cache.execute(\"UPDATE a SET x = 1\");\n"
            + "    unknown.update(\"UPDATE a SET x = 1\");\n  }");

    assertThat(calls(source)).isEmpty();
  }

  @Test
  void aStatementTypeFromAnotherImportIsNotJdbc() {
    String source = dao("import com.acme.parser.Statement;\nimport java.sql.*;",
        "  void a(Statement st) { st.execute(\"UPDATE a SET x = 1 WHERE id = 1\"); }");

    assertThat(calls(source)).isEmpty();
  }

  @Test
  void findsMybatisSqlSessionCallsByStatementIdThroughTypesAndSessionGetters() {
    String source = """
        package com.acme;
        import org.apache.ibatis.session.SqlSession;
        import org.mybatis.spring.SqlSessionTemplate;
        import org.mybatis.spring.support.SqlSessionDaoSupport;
        class OrderDao extends SqlSessionDaoSupport {
          static final String NS = "com.acme.OrderMapper";
          SqlSessionTemplate template;
          void a(Object o) { getSqlSession().update(NS + ".save", o); }
          int b(SqlSession session, long id) { return session.delete("remove", id); }
          Object c(long id) { return template.selectOne("com.acme.OrderMapper.findById", id); }
          void d(java.util.Map<String, Object> map) { map.remove("x"); }
          void e(Object db, long id) { db.getSqlSession().delete("com.acme.OrderMapper.remove", id); }
        }
        """;

    assertThat(calls(source)).extracting(SqlCall::sink, c -> text(c.sql()), SqlCall::language, SqlCall::rowCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SqlSession.update", "{com.acme.OrderDao.NS}.save",
                QueryLanguage.MYBATIS_STATEMENT_ID, RowCountUse.DISCARDED),
            org.assertj.core.groups.Tuple.tuple("SqlSession.delete", "remove",
                QueryLanguage.MYBATIS_STATEMENT_ID, RowCountUse.USED),
            org.assertj.core.groups.Tuple.tuple("SqlSessionTemplate.selectOne", "com.acme.OrderMapper.findById",
                QueryLanguage.MYBATIS_STATEMENT_ID, RowCountUse.UNKNOWN),
            org.assertj.core.groups.Tuple.tuple("SqlSession.delete", "com.acme.OrderMapper.remove",
                QueryLanguage.MYBATIS_STATEMENT_ID, RowCountUse.DISCARDED));
  }

  @Test
  void aGetSqlSessionTheClassDeclaresIsJudgedByItsDeclaredType() {
    String source = """
        package com.acme;
        class Cache {
          java.util.Map<String, Object> getSqlSession() { return null; }
          void a() { getSqlSession().remove("x"); getSqlSession().update("ns.save", 1); }
        }
        """;

    assertThat(calls(source)).isEmpty();
  }

  @Test
  void aSessionFieldInheritedFromABaseInAnotherFileIsKnownByItsName() {
    String source = """
        package com.acme;
        class ParkingDao extends BaseServiceDao {
          void a(java.util.Map<String, Object> info) { sqlSessionTemplate.update("parkingDao.updateParking", info); }
          void b(java.util.Map<String, Object> info) { this.sqlSession.delete("parkingDao.remove", info); }
          void c(java.util.Map<String, Object> sqlSession) { sqlSession.remove("x"); }
          void d(java.util.Map<String, Object> cache) { cache.remove("x"); }
        }
        """;

    assertThat(calls(source)).extracting(SqlCall::sink, c -> text(c.sql()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SqlSession.update", "parkingDao.updateParking"),
            org.assertj.core.groups.Tuple.tuple("SqlSession.delete", "parkingDao.remove"));
  }
}
