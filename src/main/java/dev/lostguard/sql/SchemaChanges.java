package dev.lostguard.sql;

import dev.lostguard.model.ColumnDefinition;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.schema.Table;

/** Turns DDL trees into {@link SchemaChange}s in statement order; other statements give none. */
final class SchemaChanges {

  /** UNIQUE as a word of a column's specs ({@code NOT NULL UNIQUE}), compiled once: every column asks. */
  private static final Pattern UNIQUE_SPEC = Pattern.compile("(^|.*\\s)UNIQUE(\\s.*|$)");

  private final ColumnLocator locator;

  SchemaChanges(ColumnLocator locator) {
    this.locator = locator;
  }

  List<SchemaChange> of(Statement statement, SqlChunk chunk) {
    if (statement instanceof net.sf.jsqlparser.statement.create.table.CreateTable create && create.getTable() != null) {
      return List.of(create(create, chunk));
    }
    if (statement instanceof Alter alter && alter.getTable() != null) {
      return alter(alter, chunk);
    }
    if (statement instanceof CreateIndex index && index.getTable() != null && index.getIndex() != null
        && isUnique(index.getIndex().getType())) {
      return List.of(new AddUnique(table(index.getTable()), columnsOf(index.getIndex())));
    }
    if (statement instanceof Drop drop && "TABLE".equalsIgnoreCase(drop.getType()) && drop.getName() != null) {
      return List.of(new DropTable(table(drop.getName())));
    }
    if (statement instanceof RenameTableStatement rename) {
      List<SchemaChange> changes = new ArrayList<>();
      for (Map.Entry<Table, Table> e : rename.getTableNames()) {
        changes.add(new RenameTable(table(e.getKey()), table(e.getValue())));
      }
      return changes;
    }
    return List.of();
  }

  private CreateTable create(net.sf.jsqlparser.statement.create.table.CreateTable create, SqlChunk chunk) {
    String table = table(create.getTable());
    List<ColumnDefinition> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    List<List<String>> uniqueKeys = new ArrayList<>();
    ColumnLocator.Cursor cursor = locator.cursor(chunk);
    for (var definition : nonNull(create.getColumnDefinitions())) {
      String name = SqlNames.normalize(definition.getColumnName());
      columns.add(column(name, definition.getColDataType(), cursor.find(definition.getColumnName())));
      String specs = String.join(" ", nonNull(definition.getColumnSpecs())).toUpperCase(Locale.ROOT);
      if (specs.contains("PRIMARY KEY")) {
        primaryKey.add(name);
      } else if (UNIQUE_SPEC.matcher(specs).matches()) {
        uniqueKeys.add(List.of(name));
      }
    }
    for (Index index : nonNull(create.getIndexes())) {
      List<String> keyColumns = columnsOf(index);
      if (isPrimary(index.getType()) && primaryKey.isEmpty()) {
        primaryKey.addAll(keyColumns);
      } else if (isUnique(index.getType())) {
        uniqueKeys.add(keyColumns);
      }
    }
    Location location = locator.location(chunk);
    return new CreateTable(table, create.isIfNotExists(), List.copyOf(columns), List.copyOf(primaryKey),
        List.copyOf(uniqueKeys), location);
  }

  private List<SchemaChange> alter(Alter alter, SqlChunk chunk) {
    String table = table(alter.getTable());
    List<SchemaChange> changes = new ArrayList<>();
    ColumnLocator.Cursor cursor = locator.cursor(chunk);
    for (AlterExpression e : nonNull(alter.getAlterExpressions())) {
      AlterOperation operation = e.getOperation();
      if (operation == null) {
        continue;
      }
      switch (operation) {
        case ADD -> added(table, e, cursor, changes);
        case DROP -> {
          if (e.getColumnName() != null && e.getConstraintName() == null && e.getIndex() == null) {
            changes.add(new DropColumn(table, SqlNames.normalize(e.getColumnName())));
          }
        }
        case RENAME -> {
          if (e.getColumnOldName() != null && e.getColumnName() != null) {
            changes.add(new RenameColumn(table, SqlNames.normalize(e.getColumnOldName()),
                SqlNames.normalize(e.getColumnName())));
          }
        }
        case RENAME_TABLE -> {
          if (e.getNewTableName() != null) {
            changes.add(new RenameTable(table, SqlNames.normalize(e.getNewTableName())));
          }
        }
        case ALTER, MODIFY, CHANGE -> changed(table, e, changes);
        default -> { }
      }
    }
    return changes;
  }

  private void added(String table, AlterExpression e, ColumnLocator.Cursor cursor, List<SchemaChange> changes) {
    if (e.getColDataTypeList() != null) {
      for (var definition : e.getColDataTypeList()) {
        String name = SqlNames.normalize(definition.getColumnName());
        changes.add(new AddColumn(table, column(name, definition.getColDataType(), cursor.find(definition.getColumnName()))));
      }
    }
    if (e.getPkColumns() != null && !e.getPkColumns().isEmpty()) {
      changes.add(new AddPrimaryKey(table, SqlNames.normalizeAll(e.getPkColumns())));
    }
    if (e.getUkColumns() != null && !e.getUkColumns().isEmpty()) {
      changes.add(new AddUnique(table, SqlNames.normalizeAll(e.getUkColumns())));
    }
    Index index = e.getIndex();
    if (index != null && !columnsOf(index).isEmpty()) {
      if (isPrimary(index.getType())) {
        changes.add(new AddPrimaryKey(table, columnsOf(index)));
      } else if (isUnique(index.getType())) {
        changes.add(new AddUnique(table, columnsOf(index)));
      }
    }
  }

  // ALTER COLUMN c TYPE t, MODIFY c t, CHANGE old new t: only a new type (or name) matters here.
  private static void changed(String table, AlterExpression e, List<SchemaChange> changes) {
    for (var definition : nonNull(e.getColDataTypeList())) {
      String name = SqlNames.normalize(definition.getColumnName());
      if (e.getColumnOldName() != null && !SqlNames.normalize(e.getColumnOldName()).equals(name)) {
        changes.add(new RenameColumn(table, SqlNames.normalize(e.getColumnOldName()), name));
      }
      String type = typeText(definition.getColDataType());
      if (type != null) {
        changes.add(new ChangeColumnType(table, name, type, ColumnTypes.categorize(type)));
      }
    }
  }

  private static ColumnDefinition column(String name, ColDataType dataType, Location location) {
    String type = typeText(dataType);
    return new ColumnDefinition(name, type, ColumnTypes.categorize(type), location);
  }

  static String typeText(ColDataType dataType) {
    if (dataType == null || dataType.getDataType() == null || dataType.getDataType().isBlank()) {
      return null;
    }
    String text = dataType.toString().strip();
    return text.isEmpty() ? null : text;
  }

  // A CHECK constraint is an Index without columns, and getColumnsNames() then throws.
  private static List<String> columnsOf(Index index) {
    return index.getColumns() == null ? List.of() : SqlNames.normalizeAll(index.getColumnsNames());
  }

  private static boolean isPrimary(String type) {
    return type != null && type.toUpperCase(Locale.ROOT).contains("PRIMARY");
  }

  private static boolean isUnique(String type) {
    return type != null && type.toUpperCase(Locale.ROOT).contains("UNIQUE");
  }

  private static String table(Table table) {
    return SqlNames.normalize(table.getFullyQualifiedName());
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
