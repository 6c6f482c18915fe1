package dev.lostguard.model;

import java.util.List;

/**
 * The result of one scan: what every reporter renders. Lists are sorted (findings by location, tables
 * by name, errors by path and line) so the same input gives byte-identical output.
 */
public record Report(
    String toolName,
    String toolVersion,
    Summary summary,
    List<TableSummary> tables,
    List<Finding> findings,
    List<ProcessingError> errors) {}
