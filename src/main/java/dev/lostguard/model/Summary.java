package dev.lostguard.model;

import java.util.Map;

/**
 * Counts of what was read and found.
 *
 * @param files files read and analysed
 * @param filesSkipped files seen but not analysed (too large, unreadable, binary)
 * @param testSourcesNotParsed Java test sources read but not parsed: without {@code --include-tests}
 *     a test source matters only for the entities it declares, and these declare none
 * @param statementsUnresolved SQL executed from Java whose text cannot be known from source (built
 *     from variables or method calls, or a MyBatis statement that is one {@code ${sql}}): not analysed,
 *     never guessed
 * @param callsUnresolved calls between project methods whose target could not be determined from
 *     source: paths through them are not seen
 * @param statementsSetAside generated statements (MyBatis Generator) that no project code reaches:
 *     in the table inventory, never findings
 * @param bySeverity finding counts keyed by severity label, most severe first
 * @param byRule finding counts keyed by rule id, sorted
 */
public record Summary(
    int files,
    int filesSkipped,
    int testSourcesNotParsed,
    int statements,
    int statementsUnparsed,
    int statementsUnresolved,
    int callsUnresolved,
    int statementsSetAside,
    int findings,
    Map<String, Integer> bySeverity,
    Map<String, Integer> byRule) {}
