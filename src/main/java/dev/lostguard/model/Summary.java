package dev.lostguard.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of what was read and found.
 *
 * @param files files read and analysed
 * @param filesSkipped files seen but not analysed (too large, unreadable, binary)
 * @param testSourcesNotParsed Java test sources read but not parsed: without {@code --include-tests}
 *     a test source matters only for the entities it declares, and these declare none
 * @param generatedCriteriaNotParsed MyBatis Generator criteria classes ({@code *Example}) read but not
 *     parsed: they only collect WHERE conditions in memory, so nothing in them can change the report
 * @param generatedClientsNotParsed sources of a vendored API client generated from an OpenAPI or
 *     Swagger description, read but not parsed: the client is a library, like the jar it is generated to be
 * @param statementsUnresolved SQL executed from Java whose text cannot be known from source (built
 *     from variables or method calls, or a MyBatis statement that is one {@code ${sql}}): not analysed,
 *     never guessed
 * @param callsUnresolved calls between project methods whose target could not be determined from
 *     source: paths through them are not seen
 * @param statementsSetAside statements no project code runs (generated ones no code calls, data-access
 *     interface methods no code names: {@link UnreachedWrites}) and second copies of a mapper
 *     statement: in the table inventory, never findings
 * @param writesWithoutEntryPoint writes a rule flags that no entry point reaches, in a project where
 *     entry points reach other writes: not reported unless asked for ({@code --include-unreached})
 * @param findings open findings: neither suppressed nor accepted by a baseline (see {@link Finding#open})
 * @param bySeverity open finding counts keyed by severity label, most severe first
 * @param byRule open finding counts keyed by rule id, sorted
 */
public record Summary(
    int files,
    int filesSkipped,
    int testSourcesNotParsed,
    int generatedCriteriaNotParsed,
    int generatedClientsNotParsed,
    int statements,
    int statementsUnparsed,
    int statementsUnresolved,
    int callsUnresolved,
    int statementsSetAside,
    int writesWithoutEntryPoint,
    int findings,
    Map<String, Integer> bySeverity,
    Map<String, Integer> byRule) {

  /** This summary with the finding counts of the open ones among {@code all}. */
  public Summary countingOpen(List<Finding> all) {
    Map<String, Integer> severities = new LinkedHashMap<>();
    for (Severity severity : List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
      severities.put(severity.label(), 0);
    }
    Map<String, Integer> rules = new TreeMap<>();
    int open = 0;
    for (Finding finding : all) {
      if (finding.open()) {
        open++;
        severities.merge(finding.severity().label(), 1, Integer::sum);
        rules.merge(finding.ruleId(), 1, Integer::sum);
      }
    }
    return new Summary(
        files, filesSkipped, testSourcesNotParsed, generatedCriteriaNotParsed, generatedClientsNotParsed, statements,
        statementsUnparsed,
        statementsUnresolved, callsUnresolved, statementsSetAside, writesWithoutEntryPoint, open, severities, rules);
  }
}
