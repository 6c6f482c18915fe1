package dev.lostguard.model;

import java.util.List;

/**
 * A row of the table inventory.
 *
 * @param versionColumn null when the table has none (or none is known)
 * @param writeSites write statements on the table anywhere in the project
 * @param guardedWriteSites those that compare the version
 * @param notes remarks worth a look, such as DDL and entity disagreeing about the version column
 */
public record TableSummary(
    String name,
    String versionColumn,
    VersionSource versionSource,
    int writeSites,
    int guardedWriteSites,
    List<String> notes) {

  /** A row with no notes. */
  public TableSummary(
      String name, String versionColumn, VersionSource versionSource, int writeSites, int guardedWriteSites) {
    this(name, versionColumn, versionSource, writeSites, guardedWriteSites, List.of());
  }
}
