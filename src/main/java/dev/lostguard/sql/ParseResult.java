package dev.lostguard.sql;

import net.sf.jsqlparser.statement.Statement;

/**
 * What {@link SqlStatementParser} made of one statement: a tree, or the reason there is none.
 *
 * @param statement the parsed tree, or {@code null} on failure
 * @param placeholders the rewritten bind parameters, to map names and texts back to the source
 * @param failure the first line of the parser's complaint, or {@code null} on success
 * @param timedOut the parser gave up after its time limit
 */
public record ParseResult(
    Statement statement, Placeholders placeholders, String failure, boolean timedOut) {

  public boolean parsed() {
    return statement != null;
  }
}
