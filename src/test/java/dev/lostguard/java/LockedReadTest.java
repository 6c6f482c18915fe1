package dev.lostguard.java;

import static dev.lostguard.java.Analyzed.calls;
import static dev.lostguard.java.Analyzed.jdbc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.SqlCall;
import org.junit.jupiter.api.Test;

class LockedReadTest {

  @Test
  void anUpdateComputedFromAForUpdateReadListsTheLockedTable() {
    var all = calls(jdbc(
        "    Integer stock = jdbc.queryForObject(\"SELECT stock FROM \\\"Item\\\" WHERE id = ? FOR UPDATE\", Integer.class, id);\n"
            + "    int left = stock - v;\n"
            + "    jdbc.update(\"UPDATE item SET stock = ? WHERE id = ?\", left, id);"));

    assertThat(all).singleElement().satisfies(c -> assertThat(c.lockedReadTables()).containsExactly("item"));
  }

  @Test
  void anUpdateNotFedByTheLockedReadListsNothing() {
    var all = calls(jdbc(
        "    Integer stock = jdbc.queryForObject(\"SELECT stock FROM item WHERE id = ? FOR UPDATE\", Integer.class, id);\n"
            + "    jdbc.update(\"UPDATE item SET stock = ? WHERE id = ?\", v, id);"));

    assertThat(all).singleElement().satisfies(c -> assertThat(c.lockedReadTables()).isEmpty());
  }

  @Test
  void followsLockingSqlHeldInAConstantAndTheResultThroughJdbc() {
    String source = Analyzed.dao("import java.sql.*;",
        "  static final String LOCK = \"SELECT qty FROM shop.stock WHERE id = ? FOR UPDATE\";\n"
            + "  void a(Connection c, long id) throws SQLException {\n"
            + "    PreparedStatement read = c.prepareStatement(LOCK);\n"
            + "    ResultSet rs = read.executeQuery();\n"
            + "    long qty = rs.getLong(1);\n"
            + "    PreparedStatement write = c.prepareStatement(\"UPDATE stock SET qty = ? WHERE id = ?\");\n"
            + "    write.setLong(1, qty - 1);\n"
            + "    write.executeUpdate();\n  }");

    assertThat(calls(source)).extracting(SqlCall::lockedReadTables)
        .containsExactly(java.util.Set.of(), java.util.Set.of("stock"));
  }
}
