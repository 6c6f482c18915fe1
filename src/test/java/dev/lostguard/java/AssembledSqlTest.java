package dev.lostguard.java;

import static dev.lostguard.java.Analyzed.calls;
import static dev.lostguard.java.Analyzed.jdbc;
import static dev.lostguard.java.Analyzed.onlyCall;
import static dev.lostguard.java.Analyzed.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ConstantPool;
import dev.lostguard.model.SqlText;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssembledSqlTest {

  private static ConstantPool.Resolution resolved(SqlText sql) {
    return ConstantPool.of(List.of()).resolve(sql);
  }

  @Test
  void takesEveryAppendOfALocalBuilderAndMarksOptionalOnes() {
    SqlText sql = onlyCall(jdbc("""
            StringBuilder sb = new StringBuilder("UPDATE item SET a = ?");
            if (v > 0) {
              sb.append(", b = ?");
            }
            sb.append(" WHERE id = ?").append(" AND version = ?");
            jdbc.update(sb.toString(), v, id);""")).sql();

    assertThat(sql).isInstanceOf(SqlText.WithBranches.class);
    ConstantPool.Resolution resolution = resolved(sql);
    assertThat(resolution.text()).contains("UPDATE item SET a = ?, b = ? WHERE id = ? AND version = ?");
    assertThat(resolution.withBranches()).isTrue();
  }

  @Test
  void aBuilderAppendedOnEveryPathIsPlainText() {
    SqlText sql = onlyCall(jdbc("""
            var sb = new StringBuffer();
            sb.append("DELETE FROM item");
            sb.append(" WHERE id = ?");
            String sql = sb.toString();
            jdbc.update(sql, id);""")).sql();

    assertThat(text(sql)).isEqualTo("DELETE FROM item WHERE id = ?");
    assertThat(resolved(sql).withBranches()).isFalse();
  }

  @Test
  void readsAChainOnANewBuilderWithConstants() {
    SqlText sql = onlyCall(Analyzed.dao(Analyzed.JDBC_TEMPLATE + "\nimport static com.acme.sql.Tables.ITEM;",
        "  JdbcTemplate jdbc;\n"
            + "  void a() { jdbc.update(new StringBuilder(64).append(\"UPDATE \").append(ITEM).append(\" SET a = 1\")"
            + ".toString()); }")).sql();

    assertThat(text(sql)).isEqualTo("UPDATE {com.acme.Dao.ITEM} SET a = 1");
    assertThat(((SqlText.Concat) sql).parts().get(1)).isInstanceOfSatisfying(SqlText.ConstantRef.class,
        ref -> assertThat(ref.owners()).contains("com.acme.sql.Tables"));
  }

  @Test
  void appendsAfterTheCallAreNotPartOfIt() {
    SqlText sql = onlyCall(jdbc("""
            StringBuilder sb = new StringBuilder("UPDATE item SET a = 1 WHERE id = ?");
            jdbc.update(sb.toString(), id);
            sb.append(" AND version = ?");""")).sql();

    assertThat(text(sql)).isEqualTo("UPDATE item SET a = 1 WHERE id = ?");
  }

  @Test
  void aBuilderHandedToAnotherMethodOrTruncatedIsUnknown() {
    List<SqlText> sql = calls(jdbc("""
            StringBuilder passed = new StringBuilder("UPDATE item SET a = 1");
            where(passed);
            jdbc.update(passed.toString(), id);
            StringBuilder cut = new StringBuilder("UPDATE item SET a = 1, ");
            cut.setLength(cut.length() - 2);
            jdbc.update(cut.toString(), id);
            StringBuilder looped = new StringBuilder("UPDATE item SET ");
            for (String column : columns) {
              looped.append(column).append(" = ?");
            }
            jdbc.update(looped.toString(), id);""")).stream().map(c -> c.sql()).toList();

    assertThat(sql).allSatisfy(s -> assertThat(s).isInstanceOf(SqlText.Unknown.class));
  }

  @Test
  void substitutesTheArgumentsOfALiteralFormatPattern() {
    List<SqlText> sql = calls(Analyzed.dao(Analyzed.JDBC_TEMPLATE + "\nimport java.util.Locale;",
        "  static final String T = \"item\";\n  JdbcTemplate jdbc;\n"
            + "  void a(long id, String name) {\n"
            + "    jdbc.update(String.format(\"UPDATE %s SET pct = 100%% WHERE id = %d\", T, 7));\n"
            + "    jdbc.update(String.format(Locale.ROOT, \"UPDATE %2$s SET a = ? WHERE id = %1$s\", \"?\", T), id);\n"
            + "    jdbc.update(\"\"\"\n        UPDATE %s SET a = ? WHERE id = ?\"\"\".formatted(T), name, id);\n"
            + "    jdbc.update(String.format(\"UPDATE item SET a = %s\", name));\n"
            + "    jdbc.update(String.format(\"UPDATE item SET a = %.2f\", 1.5));\n"
            + "    jdbc.update(String.format(\"UPDATE %s SET a = ? WHERE id = ? AND %<s.v = 1\", T), id);\n"
            + "  }")).stream().map(c -> c.sql()).toList();

    assertThat(text(sql.get(0))).isEqualTo("UPDATE {com.acme.Dao.T} SET pct = 100% WHERE id = 7");
    assertThat(text(sql.get(1))).isEqualTo("UPDATE {com.acme.Dao.T} SET a = ? WHERE id = ?");
    assertThat(text(sql.get(2))).isEqualTo("UPDATE {com.acme.Dao.T} SET a = ? WHERE id = ?");
    assertThat(sql.get(3)).isInstanceOf(SqlText.Unknown.class);
    assertThat(sql.get(4)).isInstanceOf(SqlText.Unknown.class);
    assertThat(sql.get(5)).isInstanceOf(SqlText.Unknown.class);
  }

  @Test
  void joinsLiteralPartsWithTheDelimiter() {
    SqlText sql = onlyCall(jdbc(
        "    jdbc.update(String.join(\" \", \"UPDATE item\", \"SET a = ?\", \"WHERE id = ?\"), v, id);")).sql();

    assertThat(text(sql)).isEqualTo("UPDATE item SET a = ? WHERE id = ?");
  }

  @Test
  void addsEachPlusEqualsBeforeTheCallAndMarksConditionalOnes() {
    List<SqlText> sql = calls(jdbc("""
            String always = "UPDATE item SET a = ?";
            always += " WHERE id = ?";
            jdbc.update(always, v, id);
            String sometimes = "UPDATE item SET a = ?";
            if (v > 1) sometimes += ", b = ?";
            sometimes += " WHERE id = ?";
            jdbc.update(sometimes, v, id);""")).stream().map(c -> c.sql()).toList();

    assertThat(text(sql.get(0))).isEqualTo("UPDATE item SET a = ? WHERE id = ?");
    assertThat(resolved(sql.get(0)).withBranches()).isFalse();
    assertThat(resolved(sql.get(1)).text()).contains("UPDATE item SET a = ?, b = ? WHERE id = ?");
    assertThat(resolved(sql.get(1)).withBranches()).isTrue();
  }
}
