package dev.lostguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ColumnDefinition;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.SchemaChange.AddColumn;
import dev.lostguard.model.SchemaChange.CreateTable;
import dev.lostguard.model.SchemaChange.DropTable;
import dev.lostguard.model.SourceRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlStatementParserTest {

  @Test
  void reportsABadStatementBesideAGoodOneAsOneErrorAndOneWriteSite() {
    FileFacts facts = new SqlFileAnalyzer().analyze("a.sql",
        "SELECT 1;\nUPDATE t SET SET = ;\n\nUPDATE t SET a = ? WHERE id = ?;", SourceRole.APPLICATION);
    assertThat(facts.statements()).isEqualTo(3);
    assertThat(facts.statementsUnparsed()).isEqualTo(1);
    assertThat(facts.writeSites()).hasSize(1);
    assertThat(facts.writeSites().get(0).location().startLine()).isEqualTo(4);
    ProcessingError error = facts.errors().get(0);
    assertThat(error.kind()).isEqualTo(ErrorKind.PARSE_SQL);
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.message()).startsWith("could not parse SQL statement: ").doesNotContain("\n");
    assertThat(error.message().length()).isLessThan(260);
  }

  @Test
  void listsTheFirstFewStatementsOfAFileInAnotherDialectAndCountsTheRestInOneError() {
    StringBuilder dameng = new StringBuilder("CREATE TABLE \"fastbee\".\"sys_dict_data\" (\"dict_code\" BIGINT, \"version\" INT);\n");
    for (int i = 1; i <= 7; i++) {
      dameng.append("ALTER TABLE \"fastbee\".\"t").append(i).append("\" ADD CONSTRAINT  NOT CLUSTER  PRIMARY KEY(\"id\") ;\n");
    }
    dameng.append("UPDATE sys_dict_data SET version = version + 1 WHERE dict_code = ?;\n");

    FileFacts facts = new SqlFileAnalyzer().analyze("dameng/fastbee.sql", dameng.toString(), SourceRole.APPLICATION);

    assertThat(facts.statementsUnparsed()).isEqualTo(7);
    assertThat(facts.errors()).extracting(ProcessingError::line).containsExactly(2, 3, 4, 5);
    assertThat(facts.errors().get(3).message())
        .isEqualTo("could not parse 4 more SQL statements of this file from here on (7 in all, the first 3 listed);"
            + " the statements that parsed are still used");
    assertThat(facts.schemaChanges()).isNotEmpty();
    assertThat(facts.writeSites()).hasSize(1);
    FileFacts few = new SqlFileAnalyzer().analyze("few.sql", "UPDATE t SET SET = ;\n".repeat(5), SourceRole.APPLICATION);
    assertThat(few.errors()).hasSize(5).allSatisfy(e -> assertThat(e.message()).startsWith("could not parse SQL statement: "));
  }

  @Test
  void readsMysqlBackslashEscapes() {
    assertThat(new SqlStatementParser().parse("UPDATE t SET a = 'it\\'s' WHERE id = 1").parsed()).isTrue();
  }

  @Test
  void readsMysqlUniqueIndexAndDropIndexIfExistsLikeTheirStandardSpellings() {
    FileFacts facts = new SqlFileAnalyzer().analyze("schema.sql", """
        CREATE TABLE config_key (
          id BIGINT NOT NULL,
          `key` VARCHAR(50),
          version INT NOT NULL,
          PRIMARY KEY (id),
          UNIQUE INDEX uniq_key (`key`)
        );
        ALTER TABLE config_key
          DROP INDEX IF EXISTS uniq_key,
          ADD UNIQUE INDEX uniq_key_v2 (`key`, version);
        """, SourceRole.APPLICATION);

    assertThat(facts.errors()).isEmpty();
    assertThat(facts.schemaChanges()).isNotEmpty();
    FileFacts partitioned = new SqlFileAnalyzer().analyze("audit.sql", """
        CREATE TABLE audit_log (id BIGINT NOT NULL, log_time DATETIME NOT NULL, PRIMARY KEY (id, log_time))
          ENGINE=InnoDB PARTITION BY RANGE (TO_DAYS(log_time)) (
            PARTITION p0 VALUES LESS THAN (TO_DAYS('2024-01-01')), PARTITION pmax VALUES LESS THAN MAXVALUE);
        """, SourceRole.APPLICATION);
    assertThat(partitioned.errors()).isEmpty();
    assertThat(partitioned.schemaChanges()).isNotEmpty();
    assertThat(MysqlIndexSpellings.respell("unique  index u (a); drop INDEX if exists u"))
        .isEqualTo("unique  KEY   u (a); drop INDEX           u")
        .hasSize("unique  index u (a); drop INDEX if exists u".length());
    assertThat(MysqlIndexSpellings.respell("PRIMARY KEY `id` (`id`), primary key(a)"))
        .isEqualTo("PRIMARY KEY      (`id`), primary key(a)");
  }

  @Test
  void readsColumnsNamedLikeAParserKeywordAsColumns() {
    FileFacts facts = new SqlFileAnalyzer().analyze("tasks.sql", """
        UPDATE scan_task SET output = ?, status = ? WHERE id = ?;
        UPDATE scan_task SET t.sample = ? WHERE output IS NULL AND id = ?;
        """, SourceRole.APPLICATION);

    assertThat(facts.errors()).isEmpty();
    assertThat(facts.writeSites()).hasSize(2);
    assertThat(facts.writeSites().get(0).assignments()).extracting(a -> a.column()).containsExactly("output", "status");
    assertThat(KeywordColumns.quote("SELECT a FROM t FULL JOIN u ON t.id = u.id")).isEqualTo("SELECT a FROM t FULL JOIN u ON t.id = u.id");
    assertThat(KeywordColumns.quote("ALTER TABLE secrets ADD COLUMN current BIGINT, ADD updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP"))
        .isEqualTo("ALTER TABLE secrets ADD COLUMN `current` BIGINT, ADD updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP");
    FileFacts keyword = new SqlFileAnalyzer().analyze("secrets.sql", """
        CREATE TABLE secrets (id BIGINT PRIMARY KEY, current BIGINT, version INT);
        UPDATE secrets SET current = ?, version = version + 1 WHERE id = ? AND version = ?;
        """, SourceRole.APPLICATION);
    assertThat(keyword.errors()).isEmpty();
    FileFacts renamed = new SqlFileAnalyzer().analyze("V2__rename.sql", """
        CREATE TABLE task_log (id BIGINT PRIMARY KEY, percent INT);
        CREATE TABLE ad_stat (id BIGINT PRIMARY KEY, view BIGINT);
        ALTER TABLE task_log CHANGE COLUMN percent task_percent int;
        ALTER TABLE ad_stat CHANGE COLUMN view view_total bigint;
        """, SourceRole.APPLICATION);
    assertThat(renamed.errors()).isEmpty();
    FileFacts onlyColumn = new SqlFileAnalyzer().analyze("notice.sql", """
        CREATE TABLE notice (id BIGINT PRIMARY KEY, title VARCHAR(64), only INT);
        UPDATE notice SET title = ?, only = ? WHERE id = ?;
        """, SourceRole.APPLICATION);
    assertThat(onlyColumn.errors()).isEmpty();
    assertThat(onlyColumn.writeSites()).singleElement()
        .satisfies(w -> assertThat(w.assignments()).extracting(a -> a.column()).containsExactly("title", "only"));
    FileFacts uniqueNamedBare = new SqlFileAnalyzer().analyze("V3__alerts.sql", """
        CREATE TABLE alert_object (id BIGINT PRIMARY KEY, alert_id VARCHAR(32), name VARCHAR(64), UNIQUE uq_alert_id (alert_id));
        ALTER TABLE alert_object ADD UNIQUE uq_name (name);
        """, SourceRole.APPLICATION);
    assertThat(uniqueNamedBare.errors()).isEmpty();
    assertThat(MysqlIndexSpellings.respell("CREATE TABLE t (a INT, UNIQUE uq_a (a))"))
        .isEqualTo("CREATE TABLE t (a INT, UNIQUE      (a))");
    assertThat(keyword.writeSites()).singleElement().satisfies(w -> assertThat(w.assignments().get(0).column()).isEqualTo("current"));
  }

  @Test
  void readsUnnamedIndexesIndexCommentsSequenceDefaultsAndAliasedDeletes() {
    FileFacts facts = new SqlFileAnalyzer().analyze("schema.sql", """
        CREATE TABLE t1 (id BIGINT NOT NULL, name VARCHAR(20), PRIMARY KEY (id), KEY (name), INDEX(name ASC));
        CREATE TABLE t2 (id BIGINT NOT NULL, name VARCHAR(20), PRIMARY KEY (id), UNIQUE KEY (name));
        CREATE TABLE t3 (id BIGINT NOT NULL DEFAULT nextval('t3_seq'::regclass) PRIMARY KEY, name VARCHAR(20));
        ALTER TABLE t1 ADD UNIQUE INDEX uk_n (name) USING BTREE COMMENT 'one name';
        DELETE a.* FROM t1 a WHERE a.id = ?;
        """, SourceRole.APPLICATION);

    assertThat(facts.errors()).isEmpty();
    assertThat(facts.writeSites()).singleElement().satisfies(w -> assertThat(w.table()).isEqualTo("t1"));
    String table = "(id INT, UNIQUE KEY (a), KEY (b), INDEX(c ASC))";
    assertThat(MysqlIndexSpellings.respell(table)).hasSameSizeAs(table).matches("\\(id INT, UNIQUE {5}\\(a\\) +\\)");
  }

  @Test
  void readsH2DropTableIfExistsAfterTheTableName() {
    FileFacts facts = new SqlFileAnalyzer().analyze("db/h2/schema.sql", """
        DROP TABLE vet_specialties IF EXISTS;
        DROP TABLE "PUBLIC".owners  IF  EXISTS;
        """, SourceRole.APPLICATION);

    assertThat(facts.errors()).isEmpty();
    assertThat(facts.schemaChanges()).containsExactly(new DropTable("vet_specialties"), new DropTable("owners"));
    assertThat(TableDdlSpellings.respell("DROP TABLE vets   IF EXISTS"))
        .isEqualTo("DROP TABLE IF EXISTS vets  ");
  }

  @Test
  void readsMysqlTableOptionsSeparatedByCommasAndAnEngineNamedLikeAParserKeyword() {
    FileFacts facts = new SqlFileAnalyzer().analyze("04.log-center.sql", """
        create table worker_node
        (
        id bigint not null auto_increment comment 'auto increment id',
        host_name varchar(64) not null comment 'host name, port',
        primary key(id)
        )
         comment='db workerid assigner, for uid generator',engine = innodb;
        CREATE TABLE `sys_log` (
          `id` bigint(20) NOT NULL AUTO_INCREMENT,
          `operation` varchar(1024) NOT NULL COMMENT '操作信息',
          PRIMARY KEY (`id`) USING BTREE
        ) ENGINE=archive DEFAULT CHARSET=utf8mb4;
        """, SourceRole.APPLICATION);

    assertThat(facts.errors()).isEmpty();
    assertThat(facts.schemaChanges()).hasSize(2).allSatisfy(change -> assertThat(change).isInstanceOf(CreateTable.class));
    CreateTable workerNode = (CreateTable) facts.schemaChanges().get(0);
    assertThat(workerNode.columns()).extracting(ColumnDefinition::name).containsExactly("id", "host_name");
    assertThat(workerNode.primaryKey()).containsExactly("id");
    assertThat(TableDdlSpellings.respell("CREATE TABLE t (a INT, b INT) COMMENT='x,y', ENGINE=InnoDB"))
        .isEqualTo("CREATE TABLE t (a INT, b INT) COMMENT='x,y'" + " ".repeat(", ENGINE=InnoDB".length()));
  }

  @Test
  void readsAnInlineForeignKeyWithItsReferentialAction() {
    FileFacts facts = new SqlFileAnalyzer().analyze("create_table.sql", """
        CREATE TABLE product (
            id           INTEGER      GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,   -- 商品Id（自動生成）
            name         VARCHAR(30)  NOT NULL UNIQUE,                                -- 商品名
            category_id  INTEGER      NOT NULL
                REFERENCES product_category (id) ON DELETE RESTRICT                    -- 外部キー
        );
        ALTER TABLE product ADD COLUMN maker_id INTEGER REFERENCES maker (id) ON DELETE SET NULL ON UPDATE NO ACTION;
        """, SourceRole.MIGRATION);

    assertThat(facts.errors()).isEmpty();
    CreateTable product = (CreateTable) facts.schemaChanges().get(0);
    assertThat(product.columns()).extracting(ColumnDefinition::name).containsExactly("id", "name", "category_id");
    assertThat(product.uniqueKeys()).containsExactly(List.of("name"));
    assertThat(facts.schemaChanges().get(1)).isInstanceOfSatisfying(AddColumn.class,
        added -> assertThat(added.column().name()).isEqualTo("maker_id"));
  }

  @Test
  void readsAPostgresIdentityColumnWithSequenceOptions() {
    FileFacts facts = new SqlFileAnalyzer().analyze("postgres/fastbee-v2.1.sql", """
        CREATE TABLE "public"."app_preferences" (
          "id" int8 NOT NULL GENERATED BY DEFAULT AS IDENTITY (START WITH 2 INCREMENT BY 1),
          "language" varchar(20)
        )
        ;
        """, SourceRole.APPLICATION);

    assertThat(facts.errors()).isEmpty();
    assertThat(facts.schemaChanges()).singleElement().isInstanceOfSatisfying(CreateTable.class,
        table -> assertThat(table.columns()).extracting(ColumnDefinition::name).containsExactly("id", "language"));
    assertThat(TableDdlSpellings.respell("CREATE TABLE t (id INT GENERATED ALWAYS AS IDENTITY (START 5), a INT)"))
        .isEqualTo("CREATE TABLE t (id INT GENERATED ALWAYS AS IDENTITY" + " ".repeat(" (START 5)".length()) + ", a INT)");
  }

  @Test
  void aNamedMysqlPrimaryKeyDeclaresTheKey() {
    FileFacts facts = new SqlFileAnalyzer().analyze("schema.sql", """
        CREATE TABLE `model` (
          `id` varchar(64) NOT NULL,
          `name` varchar(64),
          PRIMARY KEY `id` (`id`)
        ) ENGINE=InnoDB;
        """, SourceRole.APPLICATION);

    assertThat(facts.errors()).isEmpty();
    assertThat(facts.schemaChanges()).isNotEmpty();
  }

  @Test
  void acceptsCommandsThatCannotHideAWrite() {
    assertThat(new SqlStatementParser().parse("LOCK TABLES t WRITE").parsed()).isTrue();
    assertThat(new SqlStatementParser().parse("UPDATE t SET a = = 1").parsed()).isFalse();
  }

  @Test
  void reportsATimeoutAndLeavesNoNonDaemonThreadBehind() {
    String nested = "UPDATE t SET a = 1 WHERE id IN (" + "?, ".repeat(50_000) + "?) AND b = " + "f(".repeat(200)
        + "1" + ")".repeat(200);
    FileFacts facts = new SqlFileAnalyzer(new SqlSplitter(), new SqlStatementParser(1))
        .analyze("deep.sql", "UPDATE t SET a = 1 WHERE id = 1;\n" + nested + ";", SourceRole.APPLICATION);
    assertThat(facts.errors()).extracting(ProcessingError::kind).contains(ErrorKind.TIMEOUT);
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(t -> t.getName().startsWith("lostguard-sql") && !t.isDaemon())
        .isEmpty();
  }

  @Test
  void refusesPathologicalNestingQuickly() {
    String nested = "UPDATE t SET a = " + "(".repeat(20000) + "1" + ")".repeat(20000);
    ParseResult result = new SqlStatementParser().parse(nested);
    assertThat(result.parsed()).isFalse();
    assertThat(result.failure()).isEqualTo("statement nested too deeply");
  }

  @Test
  void keepsParsingAfterAStatementOverranItsTimeLimit() {
    new SqlStatementParser(1).parse("UPDATE t SET a = 1 WHERE id IN (" + "?, ".repeat(50_000) + "?)");
    assertThat(new SqlStatementParser().parse("UPDATE t SET a = 1").parsed()).isTrue();
  }

  @Test
  void rewritesPlaceholdersAndRemembersTheirSpelling() {
    Placeholders p = Placeholders.rewrite("UPDATE t SET a = #{a.b, jdbcType=X}, b = ${c}, c = $2 WHERE d = '#{x}'");
    assertThat(p.sql()).isEqualTo("UPDATE t SET a = :p_a_b, b = :c, c = ?2 WHERE d = '#{x}'");
    assertThat(p.parameterName("p_a_b")).isEqualTo("a.b");
    assertThat(p.restore(":p_a_b + ?2")).isEqualTo("#{a.b, jdbcType=X} + $2");
  }

  @Test
  void aBindMarkerGluedToTheNextKeywordEndsWhereMybatisPutsItsMarker() {
    String glued = "UPDATE programs_supported SET active = #{active}, modifiedBy = #{modifiedBy}"
        + "WHERE facilityId = #{facilityId} AND programId = #{program.id}";
    assertThat(Placeholders.rewrite(glued).sql()).contains(":modifiedBy WHERE");
    assertThat(new SqlStatementParser().parse(glued).parsed()).isTrue();
    assertThat(Placeholders.rewrite("SELECT * FROM ${prefix}_user").sql()).as("a table name spliced in")
        .isEqualTo("SELECT * FROM :prefix_user");
  }
}
