package dev.lostguard.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a front-end learned from one file. Front-ends run in parallel and return these; the scan
 * combines them in path order, so the result never depends on thread scheduling.
 *
 * @param statements statements seen (parsed or not)
 * @param statementsUnparsed statements the parser rejected; each has an entry in {@code errors}
 * @param schemaChanges DDL effects in the order the file declares them
 * @param writeSites writes whose SQL the file states in full ({@code .sql} files)
 * @param constants string constants the file declares (Java), for project-wide resolution
 * @param sqlCalls places that execute SQL text still to be resolved (Java)
 * @param entities JPA entities and mapped superclasses (Java)
 * @param types classes, interfaces, enums and records with their methods and calls (Java)
 * @param patterns how the code handles conflicts: version comparisons, retries, catches (Java)
 * @param mappers MyBatis XML mappers, whose dynamic SQL is rendered once all files are known (XML)
 * @param includes other schema files this changelog applies in place (Liquibase), in file order
 * @param operations the operations an OpenAPI or Swagger spec declares (YAML, JSON)
 */
public record FileFacts(
    String path,
    SourceRole role,
    int statements,
    int statementsUnparsed,
    List<SchemaChange> schemaChanges,
    List<WriteSite> writeSites,
    List<StringConstant> constants,
    List<SqlCall> sqlCalls,
    List<EntityFacts> entities,
    List<TypeFacts> types,
    List<CodePattern> patterns,
    List<ProcessingError> errors,
    List<MapperFacts> mappers,
    List<SchemaInclude> includes,
    List<ApiOperation> operations) {

  /** The facts of a MyBatis XML mapper: its statements are counted now and rendered project-wide. */
  public static FileFacts ofMapper(
      String path, SourceRole role, int statements, List<MapperFacts> mappers, List<ProcessingError> errors) {
    return new FileFacts(
        path, role, statements, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), errors,
        mappers, List.of(), List.of());
  }

  /** A file read but not analysed: it contributes nothing. */
  public static FileFacts empty(String path, SourceRole role) {
    return ofMapper(path, role, 0, List.of(), List.of());
  }

  /** The facts of a Java source: constants, SQL calls, entities, types and conflict handling. */
  public static FileFacts ofJava(
      String path,
      SourceRole role,
      List<StringConstant> constants,
      List<SqlCall> sqlCalls,
      List<EntityFacts> entities,
      List<TypeFacts> types,
      List<CodePattern> patterns) {
    return new FileFacts(
        path, role, 0, 0, List.of(), List.of(), constants, sqlCalls, entities, types, patterns, List.of(), List.of(),
        List.of(), List.of());
  }

  public static FileFacts failed(String path, SourceRole role, ProcessingError error) {
    return new FileFacts(
        path, role, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(error),
        List.of(), List.of(), List.of());
  }

  /** The facts of a SQL script: statements, DDL and writes, nothing to resolve. */
  public static FileFacts ofSql(
      String path,
      SourceRole role,
      int statements,
      int statementsUnparsed,
      List<SchemaChange> schemaChanges,
      List<WriteSite> writeSites,
      List<ProcessingError> errors) {
    return new FileFacts(
        path, role, statements, statementsUnparsed, schemaChanges, writeSites, List.of(), List.of(), List.of(),
        List.of(), List.of(), errors, List.of(), List.of(), List.of());
  }

  /** The facts of an OpenAPI or Swagger spec: its operations, nothing else. */
  public static FileFacts ofSpec(
      String path, SourceRole role, List<ApiOperation> operations, List<ProcessingError> errors) {
    return new FileFacts(
        path, role, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), errors,
        List.of(), List.of(), List.copyOf(operations));
  }

  /** The same facts with other constants (a SQL file's text as the constant a Java locator names). */
  public FileFacts withConstants(List<StringConstant> replaced) {
    return new FileFacts(
        path, role, statements, statementsUnparsed, schemaChanges, writeSites, List.copyOf(replaced), sqlCalls,
        entities, types, patterns, errors, mappers, includes, operations);
  }

  /** The same facts with the schema files a changelog includes. */
  public FileFacts withIncludes(List<SchemaInclude> included) {
    return new FileFacts(
        path, role, statements, statementsUnparsed, schemaChanges, writeSites, constants, sqlCalls, entities, types,
        patterns, errors, mappers, List.copyOf(included), operations);
  }

  /** The same facts with one more error (an encoding warning found while reading). */
  public FileFacts withError(ProcessingError error) {
    List<ProcessingError> all = new ArrayList<>(errors);
    all.add(error);
    return new FileFacts(
        path, role, statements, statementsUnparsed, schemaChanges, writeSites, constants, sqlCalls, entities, types,
        patterns, List.copyOf(all), mappers, includes, operations);
  }
}
