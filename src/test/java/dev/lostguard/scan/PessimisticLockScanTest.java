package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PessimisticLockScanTest {

  private static final String SCHEMA = """
      CREATE TABLE wallet (id BIGINT PRIMARY KEY, owner VARCHAR(64), balance DECIMAL(12, 2), note TEXT);
      """;
  private static final String MAPPER_XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <mapper namespace="org.acme.wallet.WalletMapper">
        <select id="selectForUpdate" resultType="org.acme.wallet.Wallet">
          SELECT id, owner, balance, note FROM wallet WHERE id = #{id}
          <if test="lock"> FOR UPDATE</if>
        </select>
        <update id="updateBalance">
          UPDATE wallet SET balance = #{balance}, note = #{note} WHERE id = #{id}
        </update>
      </mapper>
      """;
  private static final String MAPPER = """
      package org.acme.wallet;

      import org.apache.ibatis.annotations.Param;

      public interface WalletMapper {
        Wallet selectForUpdate(@Param("id") long id, @Param("lock") boolean lock);
        int updateBalance(Wallet wallet);
      }
      """;
  private static final String SERVICE = """
      package org.acme.wallet;

      import java.math.BigDecimal;

      public class WalletService {
        private final WalletMapper wallets;
        public WalletService(WalletMapper wallets) { this.wallets = wallets; }

        public void pay(long id, BigDecimal amount, String note) {
          Wallet wallet = wallets.selectForUpdate(id, true);
          wallet.setBalance(wallet.getBalance().subtract(amount));
          wallet.setNote(note);
          wallets.updateBalance(wallet);
        }
      %s
      }
      """;
  private static final String UNLOCKED_CALLER = """
        public void correct(Wallet wallet) {
          wallets.updateBalance(wallet);
        }
      """;

  @TempDir Path root;

  private List<String> findings(String extraCaller) throws IOException {
    TempProject.write(root, "src/main/resources/schema.sql", SCHEMA);
    TempProject.write(root, "src/main/resources/mappers/WalletMapper.xml", MAPPER_XML);
    TempProject.write(root, "src/main/java/org/acme/wallet/WalletMapper.java", MAPPER);
    TempProject.write(root, "src/main/java/org/acme/wallet/WalletService.java", SERVICE.formatted(extraCaller));
    Report report = TempProject.scan(root);
    return report.findings().stream().map(f -> f.ruleId() + " " + f.location().path()).toList();
  }

  @Test
  void aWriteWhoseEveryCallerFirstLocksTheRowThroughTheSameMapperIsNoLostUpdate() throws IOException {
    assertThat(findings("")).isEmpty();
  }

  @Test
  void oneCallerWithoutTheLockKeepsTheWriteReported() throws IOException {
    assertThat(findings(UNLOCKED_CALLER))
        .containsExactly("unversioned-table-update src/main/resources/mappers/WalletMapper.xml");
  }

  private static final String JDBI_DAO = """
      package org.acme.counter;

      import org.jdbi.v3.sqlobject.customizer.Bind;
      import org.jdbi.v3.sqlobject.customizer.Define;
      import org.jdbi.v3.sqlobject.statement.SqlQuery;
      import org.jdbi.v3.sqlobject.statement.SqlUpdate;

      public interface CounterDao {
        @SqlQuery("SELECT next_value FROM counter WHERE name = :name <if(forUpdate)> FOR UPDATE <endif>")
        long get(@Bind("name") String name, @Define("forUpdate") boolean forUpdate);

        @SqlUpdate("UPDATE counter SET next_value = :value WHERE name = :name")
        void set(@Bind("name") String name, @Bind("value") long value);
      }
      """;
  private static final String JDBI_SERVICE = """
      package org.acme.counter;

      public class Numbers {
        private final CounterDao counters;
        public Numbers(CounterDao counters) { this.counters = counters; }
        public long next(String name) {
          long value = counters.get(name, true);
          counters.set(name, value + 1);
          return value;
        }
      }
      """;

  @Test
  void aJdbiQueryThatLocksWhenItsTemplateFlagSaysSoProtectsTheDaosWriteAfterIt() throws IOException {
    TempProject.write(root, "src/main/resources/schema.sql",
        "CREATE TABLE counter (name VARCHAR(64) PRIMARY KEY, next_value BIGINT NOT NULL);");
    TempProject.write(root, "src/main/java/org/acme/counter/CounterDao.java", JDBI_DAO);
    TempProject.write(root, "src/main/java/org/acme/counter/Numbers.java", JDBI_SERVICE);

    assertThat(TempProject.scan(root).findings()).extracting(Finding::ruleId).isEmpty();
  }
}
