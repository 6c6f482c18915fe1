package dev.lostguard.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The project's tables, built by applying every {@link SchemaChange} in migration order. */
public final class Schema {

  private final Map<String, TableDefinition> tables;

  private Schema(Map<String, TableDefinition> tables) {
    this.tables = tables;
  }

  public static Schema of(List<SchemaChange> changesInOrder) {
    Map<String, MutableTable> tables = new TreeMap<>();
    Map<String, MutableTable> dropped = new TreeMap<>();
    for (SchemaChange change : changesInOrder) {
      apply(tables, dropped, change);
    }
    Map<String, TableDefinition> frozen = new TreeMap<>();
    tables.forEach((name, table) -> frozen.put(name, table.freeze()));
    return new Schema(frozen);
  }

  public Optional<TableDefinition> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  public Map<String, TableDefinition> tables() {
    return tables;
  }

  /**
   * @param dropped the last definition of each table dropped so far: a table created again without a
   *     key keeps the key it had ({@link #keepKey})
   */
  private static void apply(Map<String, MutableTable> tables, Map<String, MutableTable> dropped, SchemaChange change) {
    if (change.table() == null) {
      return; // a changelog property: it names types, it changes no table
    }
    if (change instanceof SchemaChange.CreateTable create) {
      if (create.ifNotExists() && tables.containsKey(create.table())) {
        return;
      }
      MutableTable table = new MutableTable(create.table(), create.location());
      create.columns().forEach(c -> table.columns.put(c.name(), c));
      table.primaryKey.addAll(create.primaryKey());
      table.uniqueKeys.addAll(create.uniqueKeys());
      MutableTable before = tables.containsKey(create.table()) ? tables.get(create.table()) : dropped.get(create.table());
      keepKey(before, table);
      tables.put(create.table(), table);
      return;
    }
    if (change instanceof SchemaChange.DropTable drop) {
      MutableTable gone = tables.remove(drop.table());
      if (gone != null) {
        dropped.put(drop.table(), gone);
      }
      return;
    }
    MutableTable table = tables.get(change.table());
    if (table == null) {
      return; // an ALTER of a table this project never creates: nothing to refine
    }
    if (change instanceof SchemaChange.AddColumn add) {
      table.columns.put(add.column().name(), add.column());
    } else if (change instanceof SchemaChange.DropColumn drop) {
      table.columns.remove(drop.column());
      table.primaryKey.remove(drop.column());
      table.uniqueKeys.removeIf(key -> key.contains(drop.column()));
    } else if (change instanceof SchemaChange.RenameColumn rename) {
      table.renameColumn(rename.from(), rename.to());
    } else if (change instanceof SchemaChange.ChangeColumnType retype) {
      ColumnDefinition old = table.columns.get(retype.column());
      if (old != null) {
        table.columns.put(
            old.name(), new ColumnDefinition(old.name(), retype.type(), retype.category(), old.location()));
      }
    } else if (change instanceof SchemaChange.AddPrimaryKey pk) {
      table.primaryKey.clear();
      table.primaryKey.addAll(pk.columns());
    } else if (change instanceof SchemaChange.AddUnique unique) {
      table.uniqueKeys.add(unique.columns());
    } else if (change instanceof SchemaChange.RenameTable rename) {
      tables.remove(rename.table());
      tables.put(rename.to(), table.renamed(rename.to()));
    }
  }

  /**
   * A table created again without a primary key keeps the one it had when all its columns are still
   * there: projects ship the same schema for several databases ({@code sql/mysql/app.sql},
   * {@code sql/postgres/app.sql}, ...), and a variant that adds its keys in a later statement of its
   * own dialect ({@code ADD PRIMARY KEY CLUSTERED}, {@code ADD CONSTRAINT NOT CLUSTER PRIMARY KEY})
   * that does not parse would otherwise leave every table without a key, and no update single-row.
   */
  private static void keepKey(MutableTable before, MutableTable created) {
    if (before == null || !created.primaryKey.isEmpty() || before.primaryKey.isEmpty()
        || !created.columns.keySet().containsAll(before.primaryKey)) {
      return;
    }
    created.primaryKey.addAll(before.primaryKey);
  }

  private static final class MutableTable {
    private final String name;
    private final Location location;
    private final LinkedHashMap<String, ColumnDefinition> columns = new LinkedHashMap<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<List<String>> uniqueKeys = new ArrayList<>();

    MutableTable(String name, Location location) {
      this.name = name;
      this.location = location;
    }

    void renameColumn(String from, String to) {
      ColumnDefinition old = columns.remove(from);
      if (old != null) {
        columns.put(to, new ColumnDefinition(to, old.type(), old.category(), old.location()));
      }
      primaryKey.replaceAll(c -> c.equals(from) ? to : c);
      uniqueKeys.replaceAll(key -> key.stream().map(c -> c.equals(from) ? to : c).toList());
    }

    MutableTable renamed(String newName) {
      MutableTable copy = new MutableTable(newName, location);
      copy.columns.putAll(columns);
      copy.primaryKey.addAll(primaryKey);
      copy.uniqueKeys.addAll(uniqueKeys);
      return copy;
    }

    TableDefinition freeze() {
      return new TableDefinition(
          name,
          Collections.unmodifiableMap(new LinkedHashMap<>(columns)),
          List.copyOf(primaryKey),
          uniqueKeys.stream().map(List::copyOf).toList(),
          location);
    }
  }
}
