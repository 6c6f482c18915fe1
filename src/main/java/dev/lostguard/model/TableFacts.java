package dev.lostguard.model;

import java.util.Optional;

/**
 * A table's place in the inventory: its DDL (if any), its version column and where that came from.
 *
 * @param versionColumn lower-case column name, or {@code null} when the table has none
 * @param versionTemporal the version column has a date/time type: it is no reliable version
 */
public record TableFacts(
    String name,
    Optional<TableDefinition> definition,
    String versionColumn,
    VersionSource versionSource,
    boolean versionTemporal) {

  public boolean versioned() {
    return versionSource.versioned();
  }

  public boolean isVersionColumn(String column) {
    return versionColumn != null && versionColumn.equals(column);
  }
}
