package dev.lostguard.model;

import java.util.List;

/**
 * One DDL effect, in the order its script declares it. The scan applies the changes of all scripts in
 * migration order to build the project's {@link Schema}.
 */
public sealed interface SchemaChange {

  /** Lower-case, unqualified, unquoted name of the table the change applies to. */
  String table();

  /**
   * {@code CREATE TABLE}.
   *
   * @param ifNotExists a second definition with {@code IF NOT EXISTS} leaves an existing table alone
   * @param primaryKey lower-case column names, empty when none is declared
   * @param uniqueKeys each a list of lower-case column names
   */
  record CreateTable(
      String table,
      boolean ifNotExists,
      List<ColumnDefinition> columns,
      List<String> primaryKey,
      List<List<String>> uniqueKeys,
      Location location)
      implements SchemaChange {}

  record AddColumn(String table, ColumnDefinition column) implements SchemaChange {}

  record DropColumn(String table, String column) implements SchemaChange {}

  record RenameColumn(String table, String from, String to) implements SchemaChange {}

  /** {@code ALTER TABLE ... ALTER/MODIFY COLUMN ... TYPE}. */
  record ChangeColumnType(String table, String column, String type, TypeCategory category)
      implements SchemaChange {}

  record AddPrimaryKey(String table, List<String> columns) implements SchemaChange {}

  record AddUnique(String table, List<String> columns) implements SchemaChange {}

  record DropTable(String table) implements SchemaChange {}

  record RenameTable(String table, String to) implements SchemaChange {}

  /**
   * A Liquibase changelog {@code <property name value dbms>}: column types such as {@code ${id.type}}
   * name it. It changes no table; the scan resolves types with every property of the project.
   *
   * @param dbms the databases the value is for ({@code postgresql}, {@code mysql,h2}), or null for all
   */
  record ChangelogProperty(String name, String value, String dbms) implements SchemaChange {

    @Override
    public String table() {
      return null;
    }
  }
}
