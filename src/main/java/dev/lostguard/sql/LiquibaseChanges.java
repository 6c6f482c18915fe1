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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Turns one Liquibase change ({@code createTable}, {@code addColumn}, ...) into the same
 * {@link SchemaChange}s that DDL gives, so version columns, keys and types work unchanged. Changes
 * that cannot alter a table's columns or keys (indexes, foreign keys, data loads) give none.
 */
final class LiquibaseChanges {

  private static final ChangelogNode NO_CONSTRAINTS =
      new ChangelogNode("constraints", Map.of(), List.of(), "", 0, 0);

  /** The location of a line, at its first non-blank column. */
  private final IntFunction<Location> lineLocation;

  LiquibaseChanges(IntFunction<Location> lineLocation) {
    this.lineLocation = lineLocation;
  }

  List<SchemaChange> of(ChangelogNode change) {
    String table = name(change.attribute("tableName"));
    return switch (change.name()) {
      case "createTable" -> table == null ? List.of() : List.of(create(table, change));
      case "addColumn" -> table == null ? List.of() : added(table, change);
      case "dropColumn" -> table == null ? List.of() : dropped(table, change);
      case "renameColumn" -> renamed(table, change.attribute("oldColumnName"), change.attribute("newColumnName"));
      case "renameTable" -> renamedTable(change);
      case "dropTable" -> table == null ? List.of() : List.of(new DropTable(table));
      case "addPrimaryKey" -> keyed(table, change, true);
      case "addUniqueConstraint" -> keyed(table, change, false);
      case "modifyDataType" -> retyped(table, change);
      default -> List.of();
    };
  }

  private CreateTable create(String table, ChangelogNode change) {
    List<ColumnDefinition> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    List<List<String>> uniqueKeys = new ArrayList<>();
    for (ChangelogNode column : change.children("column")) {
      ColumnDefinition definition = column(column);
      if (definition == null) {
        continue;
      }
      columns.add(definition);
      ChangelogNode constraints = constraints(column);
      if (constraints.flag("primaryKey")) {
        primaryKey.add(definition.name());
      } else if (constraints.flag("unique")) {
        uniqueKeys.add(List.of(definition.name()));
      }
    }
    return new CreateTable(table, false, List.copyOf(columns), List.copyOf(primaryKey), List.copyOf(uniqueKeys),
        lineLocation.apply(change.line()));
  }

  private List<SchemaChange> added(String table, ChangelogNode change) {
    List<SchemaChange> changes = new ArrayList<>();
    for (ChangelogNode column : change.children("column")) {
      ColumnDefinition definition = column(column);
      if (definition == null) {
        continue;
      }
      changes.add(new AddColumn(table, definition));
      ChangelogNode constraints = constraints(column);
      if (constraints.flag("primaryKey")) {
        changes.add(new AddPrimaryKey(table, List.of(definition.name())));
      } else if (constraints.flag("unique")) {
        changes.add(new AddUnique(table, List.of(definition.name())));
      }
    }
    return changes;
  }

  private static List<SchemaChange> dropped(String table, ChangelogNode change) {
    List<SchemaChange> changes = new ArrayList<>();
    String single = name(change.attribute("columnName"));
    if (single != null) {
      changes.add(new DropColumn(table, single));
    }
    for (ChangelogNode column : change.children("column")) {
      String name = name(column.attribute("name"));
      if (name != null) {
        changes.add(new DropColumn(table, name));
      }
    }
    return changes;
  }

  private static List<SchemaChange> renamed(String table, String from, String to) {
    return table == null || name(from) == null || name(to) == null
        ? List.of()
        : List.of(new RenameColumn(table, name(from), name(to)));
  }

  private static List<SchemaChange> renamedTable(ChangelogNode change) {
    String from = name(change.attribute("oldTableName"));
    String to = name(change.attribute("newTableName"));
    return from == null || to == null ? List.of() : List.of(new RenameTable(from, to));
  }

  private static List<SchemaChange> keyed(String table, ChangelogNode change, boolean primary) {
    List<String> columns = names(change.attribute("columnNames"));
    if (table == null || columns.isEmpty()) {
      return List.of();
    }
    return List.of(primary ? new AddPrimaryKey(table, columns) : new AddUnique(table, columns));
  }

  private static List<SchemaChange> retyped(String table, ChangelogNode change) {
    String column = name(change.attribute("columnName"));
    String type = type(change.attribute("newDataType"));
    return table == null || column == null || type == null
        ? List.of()
        : List.of(new ChangeColumnType(table, column, type, ColumnTypes.categorize(type)));
  }

  private ColumnDefinition column(ChangelogNode column) {
    String name = name(column.attribute("name"));
    if (name == null) {
      return null;
    }
    String type = type(column.attribute("type"));
    return new ColumnDefinition(name, type, ColumnTypes.categorize(type), lineLocation.apply(column.line()));
  }

  private static ChangelogNode constraints(ChangelogNode column) {
    List<ChangelogNode> found = column.children("constraints");
    return found.isEmpty() ? NO_CONSTRAINTS : found.get(0);
  }

  /**
   * {@code java.sql.Types.TIMESTAMP} is {@code TIMESTAMP}; a {@code ${property}} type stays as written,
   * of unknown category, until {@link ChangelogProperties} resolves it project-wide.
   */
  static String type(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    return written.strip().replaceFirst("^(?i)java\\.sql\\.Types\\.", "");
  }

  private static String name(String written) {
    return written == null || written.isBlank() || written.contains("${") ? null : SqlNames.normalize(written.strip());
  }

  private static List<String> names(String written) {
    if (written == null) {
      return List.of();
    }
    return Arrays.stream(written.split(",")).map(LiquibaseChanges::name).filter(Objects::nonNull).toList();
  }
}
