package dev.lostguard.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table as the project's DDL leaves it after every migration.
 *
 * @param columns by lower-case name, in declaration order
 */
public record TableDefinition(
    String name,
    Map<String, ColumnDefinition> columns,
    List<String> primaryKey,
    List<List<String>> uniqueKeys,
    Location location) {

  public Optional<ColumnDefinition> column(String name) {
    return Optional.ofNullable(columns.get(name));
  }
}
