package dev.lostguard.sql;

import dev.lostguard.model.ErrorKind;
import dev.lostguard.model.FileFacts;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.SchemaChange;
import dev.lostguard.model.SourceRole;
import dev.lostguard.model.WriteSite;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL front-end for one file: splits it, parses each statement on its own and turns the trees into
 * schema changes and write sites. A statement that does not parse becomes a located processing error
 * (past a few in one file, one error counts the rest: {@link StatementErrorCap}) and the rest of the
 * file goes on; statements that cannot change the schema or write a row (SELECT,
 * plain INSERT, GRANT, ...) are only counted, and not parsed at all (see {@link StatementFilter}).
 */
public final class SqlFileAnalyzer {

  private final SqlSplitter splitter;
  private final SqlStatementParser parser;

  public SqlFileAnalyzer() {
    this(new SqlSplitter(), new SqlStatementParser());
  }

  public SqlFileAnalyzer(SqlSplitter splitter, SqlStatementParser parser) {
    this.splitter = splitter;
    this.parser = parser;
  }

  public FileFacts analyze(String path, String content, SourceRole role) {
    String text = content == null ? "" : content;
    ColumnLocator locator = new ColumnLocator(path, new LineIndex(text));
    SchemaChanges schema = new SchemaChanges(locator);
    WriteSites writes = new WriteSites(path, role);
    List<SchemaChange> changes = new ArrayList<>();
    List<WriteSite> sites = new ArrayList<>();
    List<ProcessingError> errors = new ArrayList<>();
    int statements = 0;
    int unparsed = 0;
    for (SqlChunk chunk : splitter.split(text)) {
      statements++;
      if (!StatementFilter.mayWriteOrDefine(chunk.text())) {
        continue;
      }
      ParseResult result = parser.parse(chunk.text());
      if (!result.parsed()) {
        unparsed++;
        ErrorKind kind = result.timedOut() ? ErrorKind.TIMEOUT : ErrorKind.PARSE_SQL;
        errors.add(new ProcessingError(kind, path, chunk.line(),
            "could not parse SQL statement: " + result.failure(), null));
        try {
          CreateTableFallback.read(chunk, locator).ifPresent(changes::add);
        } catch (RuntimeException e) {
          // The fallback is best effort; the parse error above already reports the statement.
        }
        continue;
      }
      try {
        changes.addAll(schema.of(result.statement(), chunk));
        writes.of(result.statement(), result.placeholders(), chunk).ifPresent(sites::add);
      } catch (RuntimeException | StackOverflowError e) {
        // A tree shape we did not foresee must cost one statement, never the file.
        unparsed++;
        errors.add(new ProcessingError(ErrorKind.PARSE_SQL, path, chunk.line(),
            "could not analyse SQL statement: " + e, null));
      }
    }
    return FileFacts.ofSql(path, role, statements, unparsed, List.copyOf(changes), List.copyOf(sites),
        StatementErrorCap.apply(errors));
  }
}
