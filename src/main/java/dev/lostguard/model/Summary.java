package dev.lostguard.model;

import java.util.Map;

/**
 * Counts of what was read and found.
 *
 * @param files files read and analysed
 * @param filesSkipped files seen but not analysed (too large, unreadable, binary)
 * @param bySeverity finding counts keyed by severity label, most severe first
 * @param byRule finding counts keyed by rule id, sorted
 */
public record Summary(
    int files,
    int filesSkipped,
    int statements,
    int statementsUnparsed,
    int findings,
    Map<String, Integer> bySeverity,
    Map<String, Integer> byRule) {}
