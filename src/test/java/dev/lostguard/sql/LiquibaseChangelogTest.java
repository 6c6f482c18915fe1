package dev.lostguard.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.lostguard.model.ColumnDefinition;
import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.Location;
import dev.lostguard.model.Schema;
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
import dev.lostguard.model.SchemaInclude;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.TableDefinition;
import dev.lostguard.model.TypeCategory;
import dev.lostguard.model.WriteKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiquibaseChangelogTest {

  private static final String XML_HEAD = """
      <?xml version="1.0" encoding="UTF-8"?>
      <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
              https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.9.xsd">
      """;

  private final LiquibaseChangelogAnalyzer analyzer = new LiquibaseChangelogAnalyzer();

  private FileFacts read(String path, String content) {
    return analyzer.analyze(path, content, SourceRole.MIGRATION);
  }

  private List<SchemaChange> changes(String path, String content) {
    FileFacts facts = read(path, content);
    assertThat(facts.errors()).isEmpty();
    return facts.schemaChanges();
  }

  private List<SchemaChange> xmlChanges(String changeSetBody) {
    return changes("db/changelog/c.xml",
        XML_HEAD + "<changeSet id=\"1\" author=\"a\">\n" + changeSetBody + "\n</changeSet>\n</databaseChangeLog>\n");
  }

  @Test
  void readsCreateTableColumnsTypesKeysAndColumnLinesFromXml() {
    List<SchemaChange> changes = xmlChanges("""
          <createTable tableName="Orders">
            <column name="id" type="BIGINT" autoIncrement="true">
              <constraints primaryKey="true" nullable="false"/>
            </column>
            <column name="code" type="VARCHAR(20)">
              <constraints unique="true"/>
            </column>
            <column
                name="version"
                type="java.sql.Types.INTEGER"/>
            <column name="updated_at" type="${timestamp.type}"/>
          </createTable>""");

    CreateTable table = (CreateTable) changes.get(0);
    assertThat(table.table()).isEqualTo("orders");
    assertThat(table.location()).isEqualTo(Location.point("db/changelog/c.xml", 7, 1));
    assertThat(table.columns()).extracting(ColumnDefinition::name, ColumnDefinition::type, ColumnDefinition::category)
        .containsExactly(
            tuple("id", "BIGINT", TypeCategory.INTEGRAL),
            tuple("code", "VARCHAR(20)", TypeCategory.TEXT),
            tuple("version", "INTEGER", TypeCategory.INTEGRAL),
            tuple("updated_at", "${timestamp.type}", TypeCategory.UNKNOWN)); // resolved project-wide later
    assertThat(table.columns().get(2).location().startLine()).isEqualTo(14); // the line of its '<'
    assertThat(table.primaryKey()).containsExactly("id");
    assertThat(table.uniqueKeys()).containsExactly(List.of("code"));
  }

  @Test
  void turnsEachAlterationIntoTheSchemaChangeDdlWouldGive() {
    List<SchemaChange> changes = xmlChanges("""
          <addColumn tableName="orders">
            <column name="version" type="INT"><constraints unique="true"/></column>
          </addColumn>
          <dropColumn tableName="orders" columnName="legacy"/>
          <dropColumn tableName="orders"><column name="a"/><column name="b"/></dropColumn>
          <renameColumn tableName="orders" oldColumnName="rev" newColumnName="revision"/>
          <renameTable oldTableName="orders" newTableName="purchase_order"/>
          <dropTable tableName="tmp"/>
          <addPrimaryKey tableName="purchase_order" columnNames="id, tenant_id"/>
          <addUniqueConstraint tableName="purchase_order" columnNames="code"/>
          <modifyDataType tableName="purchase_order" columnName="version" newDataType="BIGINT"/>
          <createIndex tableName="purchase_order" indexName="ix"><column name="code"/></createIndex>""");

    assertThat(changes).hasSize(11);
    assertThat(changes.get(0)).isInstanceOfSatisfying(AddColumn.class, add -> {
      assertThat(add.table()).isEqualTo("orders");
      assertThat(add.column().name()).isEqualTo("version");
      assertThat(add.column().location().startLine()).isEqualTo(8);
    });
    assertThat(changes.subList(1, 11)).containsExactly(
        new AddUnique("orders", List.of("version")),
        new DropColumn("orders", "legacy"),
        new DropColumn("orders", "a"),
        new DropColumn("orders", "b"),
        new RenameColumn("orders", "rev", "revision"),
        new RenameTable("orders", "purchase_order"),
        new DropTable("tmp"),
        new AddPrimaryKey("purchase_order", List.of("id", "tenant_id")),
        new AddUnique("purchase_order", List.of("code")),
        new ChangeColumnType("purchase_order", "version", "BIGINT", TypeCategory.INTEGRAL));
  }

  @Test
  void skipsRollbackBlocksAndPreconditions() {
    List<SchemaChange> changes = xmlChanges("""
          <preConditions><tableExists tableName="x"/></preConditions>
          <createTable tableName="x"><column name="id" type="INT"/></createTable>
          <rollback><dropTable tableName="x"/></rollback>""");

    assertThat(changes).singleElement().isInstanceOf(CreateTable.class);
  }

  @Test
  void readsYamlChangelogsLikeXmlWithTheLineOfEachColumn() {
    List<SchemaChange> changes = changes("db/changelog/c.yaml", """
        databaseChangeLog:
          - changeSet:
              id: 1
              author: a
              changes:
                - createTable:
                    tableName: invoice
                    columns:
                      - column:
                          name: id
                          type: BIGINT
                          constraints:
                            primaryKey: true
                      - column:
                          name: version
                          type: TIMESTAMP
                - addColumn:
                    tableName: invoice
                    columns:
                      - column: {name: memo, type: VARCHAR(100)}
              rollback:
                - dropTable:
                    tableName: invoice
        """);

    assertThat(changes).hasSize(2);
    CreateTable table = (CreateTable) changes.get(0);
    assertThat(table.primaryKey()).containsExactly("id");
    assertThat(table.columns().get(1).category()).isEqualTo(TypeCategory.TEMPORAL);
    assertThat(table.columns().get(1).location()).isEqualTo(Location.point("db/changelog/c.yaml", 14, 15));
    assertThat(((AddColumn) changes.get(1)).column().name()).isEqualTo("memo");
  }

  @Test
  void readsJsonChangelogs() {
    List<SchemaChange> changes = changes("db/changelog/c.json", """
        {"databaseChangeLog": [
          {"changeSet": {"id": "1", "author": "a", "changes": [
            {"createTable": {"tableName": "note", "columns": [
              {"column": {"name": "id", "type": "INT", "constraints": {"primaryKey": true}}},
              {"column": {"name": "lock_version", "type": "INT"}}]}}]}}]}
        """);

    Schema schema = Schema.of(changes);
    TableDefinition note = schema.table("note").orElseThrow();
    assertThat(note.columns()).containsOnlyKeys("id", "lock_version");
    assertThat(note.primaryKey()).containsExactly("id");
  }

  @Test
  void feedsInlineSqlToTheSqlFrontEndAtTheChangelogsLines() {
    FileFacts facts = read("db/changelog/c.xml", XML_HEAD + """
        <changeSet id="1" author="a">
          <sql>
            ALTER TABLE orders ADD COLUMN version INT;
            UPDATE orders SET status = 'NEW' WHERE id = 1;
          </sql>
        </changeSet>
        <changeSet id="2" author="a">
          <sql splitStatements="true"><comment>cleanup</comment>DELETE FROM orders WHERE id = 2</sql>
        </changeSet>
        </databaseChangeLog>
        """);

    assertThat(facts.errors()).isEmpty();
    assertThat(facts.schemaChanges()).singleElement().isInstanceOf(AddColumn.class);
    assertThat(facts.writeSites()).extracting(w -> w.kind(), w -> w.location().startLine())
        .containsExactly(tuple(WriteKind.UPDATE, 9), tuple(WriteKind.DELETE, 13));
    assertThat(facts.statements()).isEqualTo(3);
  }

  @Test
  void readsInlineSqlOfYamlBlockScalarsAtTheirLines() {
    FileFacts facts = read("db/changelog/c.yml", """
        databaseChangeLog:
          - changeSet:
              id: 1
              author: a
              changes:
                - sql:
                    sql: |
                      UPDATE orders SET status = 'NEW'
                       WHERE id = 1;
        """);

    assertThat(facts.writeSites()).singleElement().satisfies(w -> assertThat(w.location().startLine()).isEqualTo(8));
  }

  @Test
  void recordsIncludesAndSqlFilesWithTheirPlaceAmongTheChanges() {
    FileFacts facts = read("db/changelog/master.xml", XML_HEAD + """
        <include file="changes/001.xml" relativeToChangelogFile="true"/>
        <changeSet id="1" author="a">
          <createTable tableName="a"><column name="id" type="INT"/></createTable>
          <sqlFile path="db/changelog/sql/views.sql"/>
        </changeSet>
        <includeAll path="db/changelog/later/"/>
        </databaseChangeLog>
        """);

    assertThat(facts.includes()).extracting(
            SchemaInclude::target, SchemaInclude::relativeToFile, SchemaInclude::folder, SchemaInclude::position)
        .containsExactly(
            tuple("changes/001.xml", true, false, 0),
            tuple("db/changelog/sql/views.sql", false, false, 1),
            tuple("db/changelog/later/", false, true, 1));
  }

  @Test
  void ignoresXmlYamlAndJsonThatAreNotChangelogs() {
    assertThat(read("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>").statements()).isZero();
    assertThat(read("application.yml", "spring:\n  datasource:\n    url: jdbc:h2:mem:x\n").errors()).isEmpty();
    assertThat(read("package.json", "{\"name\": \"x\"}").schemaChanges()).isEmpty();
    assertThat(LiquibaseChangelogAnalyzer.mayRead("Mapper.XML")).isTrue();
    assertThat(LiquibaseChangelogAnalyzer.mayRead("schema.sql")).isFalse();
  }

  @Test
  void aMalformedChangelogIsALocatedDiagnostic() {
    FileFacts xml = read("db/changelog/bad.xml", XML_HEAD + "<changeSet id=\"1\">\n<createTable tableName=\"a\">\n"
        + "</changeSet>\n</databaseChangeLog>\n");
    FileFacts yaml = read("db/changelog/bad.yaml", "databaseChangeLog:\n  - changeSet:\n      id: [1\n");

    assertThat(xml.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_CHANGELOG);
      assertThat(e.line()).isEqualTo(8); // the mismatched </changeSet>
      assertThat(e.message()).startsWith("could not read Liquibase changelog: ");
    });
    assertThat(yaml.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_CHANGELOG);
      assertThat(e.line()).isGreaterThanOrEqualTo(3);
    });
  }

  @Test
  void neverReadsALocalFileThroughAnExternalEntity(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "stolen_table");
    String hostile = """
        <?xml version="1.0"?>
        <!DOCTYPE databaseChangeLog [ <!ENTITY xxe SYSTEM "%s"> ]>
        <databaseChangeLog>
          <changeSet id="1" author="a">
            <createTable tableName="&xxe;"><column name="id" type="INT"/></createTable>
          </changeSet>
        </databaseChangeLog>
        """.formatted(secret.toUri());

    FileFacts facts = read("db/changelog/hostile.xml", hostile);

    assertThat(facts.schemaChanges()).noneMatch(c -> c.table().contains("stolen"));
    assertThat(facts.errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(ErrorKind.PARSE_CHANGELOG);
      assertThat(e.message()).doesNotContain("stolen_table");
    });
  }

  @Test
  void aChangelogDeclaringARemoteDtdParsesWithoutLoadingIt() {
    List<SchemaChange> changes = changes("db/changelog/dtd.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE databaseChangeLog SYSTEM "http://unreachable.invalid/dbchangelog.dtd">
        <databaseChangeLog>
          <changeSet id="1" author="a"><dropTable tableName="old"/></changeSet>
        </databaseChangeLog>
        """);

    assertThat(changes).containsExactly(new DropTable("old"));
  }

  @Test
  void neverExpandsXmlEntitiesOrYamlAliases() {
    String laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE databaseChangeLog [
          <!ENTITY a "aaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
        ]>
        <databaseChangeLog><changeSet id="1" author="a"><sql>&c;</sql></changeSet></databaseChangeLog>
        """;
    StringBuilder yaml = new StringBuilder("databaseChangeLog:\n  - changeSet:\n      a0: &a0 [x, x]\n");
    for (int i = 1; i < 60; i++) {
      yaml.append("      a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
          .append(i - 1).append("]\n");
    }

    FileFacts xml = read("db/changelog/laughs.xml", laughs);
    assertThat(xml.statements()).isZero(); // the internal entities were never expanded into the <sql>
    // Streaming YAML reports an alias where it stands and never copies the anchored value.
    FileFacts aliases = read("db/changelog/laughs.yaml", yaml.toString());
    assertThat(aliases.schemaChanges()).isEmpty();
    assertThat(aliases.errors()).isEmpty();
  }

  @Test
  void deepNestingIsADiagnosticAndNeverAStackOverflow() {
    String yaml = "databaseChangeLog:\n  - changeSet:\n      x: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";
    String json = "{\"databaseChangeLog\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}";
    String xml = "<databaseChangeLog>" + "<a>".repeat(50_000) + "</a>".repeat(50_000) + "</databaseChangeLog>";

    assertThat(read("db/changelog/deep.yaml", yaml).errors()).extracting(e -> e.kind())
        .containsExactly(ErrorKind.PARSE_CHANGELOG);
    assertThat(read("db/changelog/deep.json", json).errors()).extracting(e -> e.kind())
        .containsExactly(ErrorKind.PARSE_CHANGELOG);
    assertThat(read("db/changelog/deep.xml", xml).schemaChanges()).isEmpty(); // read with a stack, not recursion
  }

  @Test
  void formattedSqlChangelogsSplitAroundTheirChangesetComments() {
    FileFacts facts = new SqlFileAnalyzer().analyze("db/changelog/001.sql", """
        --liquibase formatted sql

        --changeset alice:1
        CREATE TABLE ticket (id BIGINT PRIMARY KEY, title VARCHAR(80), version INT);
        --rollback DROP TABLE ticket;

        --changeset alice:2 splitStatements:true endDelimiter:;
        ALTER TABLE ticket ADD COLUMN owner VARCHAR(40);
        --rollback ALTER TABLE ticket DROP COLUMN owner;
        """, SourceRole.MIGRATION);

    assertThat(facts.errors()).isEmpty();
    assertThat(facts.statements()).isEqualTo(2);
    TableDefinition ticket = Schema.of(facts.schemaChanges()).table("ticket").orElseThrow();
    assertThat(ticket.columns()).containsOnlyKeys("id", "title", "version", "owner");
    assertThat(ticket.column("version").orElseThrow().location().startLine()).isEqualTo(4);
  }
}
