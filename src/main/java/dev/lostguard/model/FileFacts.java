package dev.lostguard.model;

import java.util.List;

/**
 * Everything a front-end learned from one file. Front-ends run in parallel and return these; the scan
 * combines them in path order, so the result never depends on thread scheduling.
 *
 * @param statements statements seen (parsed or not)
 * @param statementsUnparsed statements the parser rejected; each has an entry in {@code errors}
 * @param schemaChanges DDL effects in the order the file declares them
 */
public record FileFacts(
    String path,
    SourceRole role,
    int statements,
    int statementsUnparsed,
    List<SchemaChange> schemaChanges,
    List<WriteSite> writeSites,
    List<ProcessingError> errors) {

  public static FileFacts failed(String path, SourceRole role, ProcessingError error) {
    return new FileFacts(path, role, 0, 0, List.of(), List.of(), List.of(error));
  }
}
