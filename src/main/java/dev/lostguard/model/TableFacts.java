package dev.lostguard.model;

import java.util.List;
import java.util.Optional;

/**
 * A table's place in the inventory: its DDL and entity (if any), its version column and where that
 * came from.
 *
 * @param versionColumn lower-case column name, or {@code null} when the table has none
 * @param versionTemporal the version column has a date/time type: it is no reliable version
 * @param entity the JPA entity mapped to the table, if any
 * @param notes inventory remarks, such as DDL and entity disagreeing about the version column
 */
public record TableFacts(
    String name,
    Optional<TableDefinition> definition,
    String versionColumn,
    VersionSource versionSource,
    boolean versionTemporal,
    Optional<ResolvedEntity> entity,
    List<String> notes) {

  public boolean versioned() {
    return versionSource.versioned();
  }

  public boolean isVersionColumn(String column) {
    return versionColumn != null && versionColumn.equals(column);
  }

  /** Columns whose writes are no user edit for this table: {@code @OptimisticLock(excluded = true)}. */
  public List<String> entityBookkeepingColumns() {
    return entity.map(ResolvedEntity::bookkeepingColumns).orElse(List.of());
  }

  /**
   * The column holds a short value people choose ({@link ShortValues#isShortChoice}), as the DDL
   * declares it, or by its name when no DDL does.
   */
  public boolean holdsShortChoice(String column) {
    return definition.flatMap(d -> d.column(column)).map(ShortValues::isShortChoice)
        .orElseGet(() -> ShortValues.namedShortChoice(column));
  }
}
