package dev.lostguard.model;

/**
 * A row of the table inventory.
 *
 * @param versionColumn null when the table has none (or none is known)
 * @param writeSites write statements on the table anywhere in the project
 * @param guardedWriteSites those that compare the version
 */
public record TableSummary(
    String name, String versionColumn, VersionSource versionSource, int writeSites, int guardedWriteSites) {}
