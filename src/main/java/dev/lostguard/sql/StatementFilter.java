package dev.lostguard.sql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, before parsing, whether a statement can write a row or change the schema. The others
 * (SELECT, a plain INSERT, GRANT, SET ...) cannot lose an update: they are counted but not parsed.
 * That keeps data dumps (megabytes of INSERT) cheap and keeps the error list to statements whose
 * analysis matters.
 */
final class StatementFilter {

  private static final Set<String> INSERTS = Set.of("insert", "upsert");
  private static final Set<String> ALWAYS = Set.of("update", "delete", "merge", "with");
  private static final Pattern UPSERT =
      Pattern.compile("\\bon\\s+conflict\\b|\\bon\\s+duplicate\\s+key\\s+update\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern INSERT_OR_REPLACE =
      Pattern.compile("^[\\s(]*insert\\s+or\\s+replace\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREATE_TABLE_OR_UNIQUE_INDEX =
      Pattern.compile("\\btable\\b|\\bunique\\s+(\\w+\\s+)?index\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TABLE = Pattern.compile("^\\s*\\w+\\s+table\\b", Pattern.CASE_INSENSITIVE);
  /** ALTER TABLE clauses that change neither columns nor keys: foreign keys, triggers, ownership. */
  private static final Pattern ALTER_WITHOUT_SCHEMA_EFFECT =
      Pattern.compile(
          "\\b(foreign\\s+key|trigger|owner\\s+to|drop\\s+constraint|replica\\s+identity"
              + "|set\\s+tablespace|set\\s+schema|cluster\\s+on)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEMA_EFFECT =
      Pattern.compile("\\b(column|primary\\s+key|unique|rename)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WRITE_KEYWORD =
      Pattern.compile("\\b(update|delete|merge)\\b", Pattern.CASE_INSENSITIVE);

  private StatementFilter() {}

  static boolean mayWriteOrDefine(String statement) {
    String code = CodeMask.of(statement);
    String first = firstWord(code);
    if (first.equals("replace") || INSERT_OR_REPLACE.matcher(code).find()) {
      return true; // REPLACE deletes the existing row and inserts the new one
    }
    if (INSERTS.contains(first)) {
      return UPSERT.matcher(code).find();
    }
    if (ALWAYS.contains(first)) {
      return true;
    }
    switch (first) {
      case "create":
        if (CREATE_TABLE_OR_UNIQUE_INDEX.matcher(head(code)).find()) {
          return true;
        }
        break;
      case "alter":
        if (TABLE.matcher(code).find()) {
          return !ALTER_WITHOUT_SCHEMA_EFFECT.matcher(code).find() || SCHEMA_EFFECT.matcher(code).find();
        }
        break;
      case "drop":
      case "rename":
        if (TABLE.matcher(code).find()) {
          return true;
        }
        break;
      default:
        break;
    }
    // Routines, DO blocks and the like can hide writes: parse them so that a failure is reported.
    return !first.equals("select") && WRITE_KEYWORD.matcher(code).find();
  }

  private static String firstWord(String code) {
    int i = 0;
    while (i < code.length() && (Character.isWhitespace(code.charAt(i)) || code.charAt(i) == '(')) {
      i++;
    }
    int start = i;
    while (i < code.length() && Character.isLetter(code.charAt(i))) {
      i++;
    }
    return code.substring(start, i).toLowerCase(Locale.ROOT);
  }

  /** The first words of a DDL statement, where {@code TABLE} or {@code INDEX} would stand. */
  private static String head(String code) {
    return code.substring(0, Math.min(code.length(), 120));
  }
}
