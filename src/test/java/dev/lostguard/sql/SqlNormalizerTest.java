package dev.lostguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlNormalizerTest {

  @Test
  void givesTheSameTextForAReformattedStatement() {
    String a = "UPDATE Orders\n   SET status='PAID', version=version+1 -- bump\n WHERE id = 42 AND version = ?";
    String b = "update orders set /* x */ STATUS = 'NEW' , VERSION = VERSION + 1 where ID=7 and VERSION=?";
    assertThat(SqlNormalizer.normalize(a)).isEqualTo(SqlNormalizer.normalize(b))
        .isEqualTo("update orders set status = ?, version = version + ? where id = ? and version = ?");
  }

  @Test
  void foldsQuotedNamesAndEveryParameterSpelling() {
    assertThat(SqlNormalizer.normalize("UPDATE \"App\".`T` SET a = :a, b = #{b}, c = $1, d = ?2 WHERE x::int IN (1.5e3, 2)"))
        .isEqualTo("update app.t set a = ?, b = ?, c = ?, d = ? where x : : int in(?, ?)");
  }

  @Test
  void keepsFunctionCallsCompact() {
    assertThat(SqlNormalizer.normalize("SELECT COUNT( * ) FROM t")).isEqualTo("select count(*) from t");
  }
}
