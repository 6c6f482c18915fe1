package dev.lostguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementFilterTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "UPDATE t SET a = ? WHERE id = ?",
      "delete from t where id = 1",
      "MERGE INTO t USING s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET a = s.a",
      "WITH x AS (SELECT 1) UPDATE t SET a = 1",
      "INSERT INTO t (id, a) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET a = EXCLUDED.a",
      "insert into t values (1, 2) on duplicate key update a = values(a)",
      "REPLACE INTO t (id, a) VALUES (?, ?)",
      "replace t set id = 1, a = 2",
      "INSERT OR REPLACE INTO t (id, a) VALUES (?, ?)",
      "CREATE TABLE t (id INT PRIMARY KEY)",
      "create unique index ux on t (email)",
      "ALTER TABLE t ADD COLUMN version INT",
      "ALTER TABLE t ADD CONSTRAINT uq UNIQUE (email)",
      "DROP TABLE t",
      "DO $$ BEGIN UPDATE t SET a = 1; END $$",
      "CREATE PROCEDURE p() BEGIN DELETE FROM t; END"
  })
  void parsesStatementsThatCanWriteOrDefineTables(String sql) {
    assertThat(StatementFilter.mayWriteOrDefine(sql)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM t WHERE note = 'update me'",
      "INSERT INTO t VALUES (1, 'delete', 'update')",
      "INSERT INTO audit SELECT * FROM t",
      "GRANT SELECT ON t TO app",
      "CREATE INDEX ix ON t (a)",
      "DROP INDEX ix",
      "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (b) REFERENCES u (id) ON DELETE CASCADE",
      "ALTER TABLE t DROP FOREIGN KEY fk",
      "ALTER TABLE t DISABLE TRIGGER ALL",
      "CREATE VIEW v AS SELECT a FROM t",
      "-- UPDATE t SET a = 1\nSET search_path = app"
  })
  void skipsStatementsThatCannotWriteARowOrChangeTheSchema(String sql) {
    assertThat(StatementFilter.mayWriteOrDefine(sql)).isFalse();
  }
}
