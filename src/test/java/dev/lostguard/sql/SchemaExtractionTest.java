package dev.lostguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.ColumnDefinition;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.SchemaChange;
import dev.lostguard.model.SchemaChange.AddColumn;
import dev.lostguard.model.SchemaChange.AddPrimaryKey;
import dev.lostguard.model.SchemaChange.AddUnique;
import dev.lostguard.model.SchemaChange.ChangeColumnType;
import dev.lostguard.model.SchemaChange.CreateTable;
import dev.lostguard.model.SchemaChange.DropColumn;
import dev.lostguard.model.SchemaChange.DropTable;
import dev.lostguard.model.SchemaChange.RenameColumn;
import dev.lostguard.model.SchemaChange.RenameTable;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.TypeCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaExtractionTest {

  private final SqlFileAnalyzer analyzer = new SqlFileAnalyzer();

  private List<SchemaChange> changes(String sql) {
    FileFacts facts = analyzer.analyze("V1__s.sql", sql, SourceRole.MIGRATION);
    assertThat(facts.errors()).isEmpty();
    return facts.schemaChanges();
  }

  @Test
  void readsCreateTableColumnsKeysAndColumnLines() {
    CreateTable table = (CreateTable) changes("""
        -- schema
        CREATE TABLE IF NOT EXISTS "App"."Orders" (
          id BIGINT NOT NULL,
          "Status" VARCHAR(20),
          version INT DEFAULT 0,
          updated_at TIMESTAMP WITH TIME ZONE,
          code VARCHAR(10) UNIQUE,
          PRIMARY KEY (id),
          CONSTRAINT uq_orders UNIQUE (status, code)
        );""").get(0);
    assertThat(table.table()).isEqualTo("orders");
    assertThat(table.ifNotExists()).isTrue();
    assertThat(table.location().startLine()).isEqualTo(2);
    assertThat(table.columns()).extracting(ColumnDefinition::name, ColumnDefinition::category).containsExactly(
        org.assertj.core.groups.Tuple.tuple("id", TypeCategory.INTEGRAL),
        org.assertj.core.groups.Tuple.tuple("status", TypeCategory.TEXT),
        org.assertj.core.groups.Tuple.tuple("version", TypeCategory.INTEGRAL),
        org.assertj.core.groups.Tuple.tuple("updated_at", TypeCategory.TEMPORAL),
        org.assertj.core.groups.Tuple.tuple("code", TypeCategory.TEXT));
    assertThat(table.columns().get(2).location()).isEqualTo(Location.point("V1__s.sql", 5, 3));
    assertThat(table.columns().get(1).location()).isEqualTo(Location.point("V1__s.sql", 4, 3));
    assertThat(table.primaryKey()).containsExactly("id");
    assertThat(table.uniqueKeys()).containsExactly(List.of("code"), List.of("status", "code"));
  }

  @Test
  void readsPrimaryKeyFromTheColumnSpec() {
    CreateTable table = (CreateTable) changes("CREATE TABLE `shop`.`item` (`id` int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY, "
        + "name varchar(10)) ENGINE=InnoDB").get(0);
    assertThat(table.table()).isEqualTo("item");
    assertThat(table.primaryKey()).containsExactly("id");
    assertThat(table.ifNotExists()).isFalse();
  }

  @Test
  void readsAlterTableChangesInOrder() {
    assertThat(changes("""
        ALTER TABLE orders ADD COLUMN version BIGINT, ADD COLUMN note TEXT;
        ALTER TABLE orders DROP COLUMN legacy;
        ALTER TABLE orders RENAME COLUMN lock_ver TO row_version;
        ALTER TABLE orders ALTER COLUMN version TYPE INTEGER;
        ALTER TABLE orders MODIFY note VARCHAR(100);
        ALTER TABLE orders ADD PRIMARY KEY (id);
        ALTER TABLE orders ADD CONSTRAINT uq UNIQUE (code);
        CREATE UNIQUE INDEX ix ON public.orders (tenant, code);
        CREATE INDEX plain_ix ON orders (status);
        ALTER TABLE orders RENAME TO purchase_orders;
        DROP TABLE IF EXISTS [dbo].[old_orders];
        """))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("column.location")
        .containsExactly(
            new AddColumn("orders", new ColumnDefinition("version", "BIGINT", TypeCategory.INTEGRAL, null)),
            new AddColumn("orders", new ColumnDefinition("note", "TEXT", TypeCategory.TEXT, null)),
            new DropColumn("orders", "legacy"),
            new RenameColumn("orders", "lock_ver", "row_version"),
            new ChangeColumnType("orders", "version", "INTEGER", TypeCategory.INTEGRAL),
            new ChangeColumnType("orders", "note", "VARCHAR (100)", TypeCategory.TEXT),
            new AddPrimaryKey("orders", List.of("id")),
            new AddUnique("orders", List.of("code")),
            new AddUnique("orders", List.of("tenant", "code")),
            new RenameTable("orders", "purchase_orders"),
            new DropTable("old_orders"));
  }

  @Test
  void locatesAnAddedColumnOnItsLine() {
    AddColumn add = (AddColumn) changes("ALTER TABLE t\n  ADD COLUMN version TIMESTAMP;").get(0);
    assertThat(add.column().location()).isEqualTo(Location.point("V1__s.sql", 2, 14));
    assertThat(add.column().category()).isEqualTo(TypeCategory.TEMPORAL);
  }

  @Test
  void sortsColumnTypesIntoCategories() {
    assertThat(ColumnTypes.categorize("bigserial")).isEqualTo(TypeCategory.INTEGRAL);
    assertThat(ColumnTypes.categorize("NUMBER(10)")).isEqualTo(TypeCategory.INTEGRAL);
    assertThat(ColumnTypes.categorize("numeric(10, 0)")).isEqualTo(TypeCategory.INTEGRAL);
    assertThat(ColumnTypes.categorize("DECIMAL(10,2)")).isEqualTo(TypeCategory.OTHER);
    assertThat(ColumnTypes.categorize("int unsigned")).isEqualTo(TypeCategory.INTEGRAL);
    assertThat(ColumnTypes.categorize("datetime(6)")).isEqualTo(TypeCategory.TEMPORAL);
    assertThat(ColumnTypes.categorize("timestamptz")).isEqualTo(TypeCategory.TEMPORAL);
    assertThat(ColumnTypes.categorize("character varying(20)")).isEqualTo(TypeCategory.TEXT);
    assertThat(ColumnTypes.categorize("nvarchar(max)")).isEqualTo(TypeCategory.TEXT);
    assertThat(ColumnTypes.categorize("uuid")).isEqualTo(TypeCategory.OTHER);
    assertThat(ColumnTypes.categorize("double precision")).isEqualTo(TypeCategory.OTHER);
    assertThat(ColumnTypes.categorize(null)).isEqualTo(TypeCategory.UNKNOWN);
  }

  @Test
  void fallsBackToReadingColumnsOfACreateTableTheParserRejects() {
    FileFacts facts = analyzer.analyze("s.sql", """
        CREATE TABLE accounts (
          id bigint PRIMARY KEY,
          version integer NOT NULL WEIRD_OPTION(1) ~~,
          updated_at timestamp with time zone,
          UNIQUE (email)
        ) EXOTIC STORAGE;""", SourceRole.MIGRATION);
    assertThat(facts.errors()).hasSize(1);
    assertThat(facts.statementsUnparsed()).isEqualTo(1);
    CreateTable table = (CreateTable) facts.schemaChanges().get(0);
    assertThat(table.table()).isEqualTo("accounts");
    assertThat(table.columns()).extracting(ColumnDefinition::name, ColumnDefinition::type, ColumnDefinition::category)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("id", "bigint", TypeCategory.INTEGRAL),
            org.assertj.core.groups.Tuple.tuple("version", "integer", TypeCategory.INTEGRAL),
            org.assertj.core.groups.Tuple.tuple("updated_at", "timestamp with time zone", TypeCategory.TEMPORAL));
    assertThat(table.columns().get(1).location()).isEqualTo(Location.point("s.sql", 3, 3));
    assertThat(table.primaryKey()).containsExactly("id");
    assertThat(table.uniqueKeys()).containsExactly(List.of("email"));
  }
}
