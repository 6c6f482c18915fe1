package dev.lostguard.model;

import java.util.List;

/**
 * One statement that can overwrite or remove an existing row, as a front-end found it. Front-ends
 * record only what the statement says; whether a column is the table's version is decided
 * project-wide in {@link ProjectModel}.
 *
 * @param location the statement's first token
 * @param table lower-case, unqualified, unquoted name of the written table
 * @param tableAsWritten the name as the statement spells it, for messages
 * @param assignments the SET list (the update part of an upsert or merge); empty for a DELETE
 * @param where the filter; for an upsert, the conflict target pins one row and {@code where} is NONE
 * @param guard for an upsert or merge, the condition under which the existing row is overwritten
 *     ({@code ON CONFLICT ... DO UPDATE ... WHERE}, {@code WHEN MATCHED AND ...}); empty otherwise
 * @param text the statement as written
 * @param normalizedText whitespace, case and literals folded; the basis of fingerprints
 */
public record WriteSite(
    Location location,
    WriteKind kind,
    String table,
    String tableAsWritten,
    List<Assignment> assignments,
    WhereClause where,
    List<Predicate> guard,
    String text,
    String normalizedText,
    SourceRole role) {}
