package dev.lostguard.sql;

import dev.lostguard.model.ColumnDefinition;
import dev.lostguard.model.SchemaChange.CreateTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the table name and columns of a {@code CREATE TABLE} the parser rejected. Real dumps carry
 * table options and column attributes no grammar knows, and losing a table's version column to one
 * exotic option would turn every finding on that table into "unknown". It reads the top-level,
 * comma-separated items of the column list: a column is a name then a type; {@code PRIMARY KEY} and
 * {@code UNIQUE} items and column attributes give the keys; other items are skipped.
 */
final class CreateTableFallback {

  private static final Pattern HEADER = Pattern.compile(
      "(?is)^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|LOCAL)\\s+)?(?:TEMPORARY\\s+|TEMP\\s+|UNLOGGED\\s+)?"
          + "TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?((?:\"[^\"]*\"|`[^`]*`|\\[[^]]*]|[^\\s(\"`\\[]+)+)\\s*\\(");
  private static final Set<String> NOT_COLUMNS = Set.of(
      "KEY", "INDEX", "FOREIGN", "CHECK", "FULLTEXT", "SPATIAL", "EXCLUDE", "PERIOD", "LIKE");
  private static final Set<String> TYPE_WORDS = Set.of(
      "with", "without", "time", "zone", "precision", "varying", "unsigned", "signed");
  private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");

  private CreateTableFallback() {}

  static Optional<CreateTable> read(SqlChunk chunk, ColumnLocator locator) {
    String text = chunk.text();
    Matcher header = HEADER.matcher(text);
    if (!header.find()) {
      return Optional.empty();
    }
    List<ColumnDefinition> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    List<List<String>> uniqueKeys = new ArrayList<>();
    for (int[] item : items(text, header.end())) {
      String body = text.substring(item[0], item[1]);
      String upper = body.toUpperCase(Locale.ROOT);
      String first = upper.split("[\\s(]", 2)[0];
      if (first.equals("CONSTRAINT")) {
        upper = upper.replaceFirst("^CONSTRAINT\\s+\\S+\\s+", "");
        body = body.replaceFirst("(?i)^CONSTRAINT\\s+\\S+\\s+", "");
        first = upper.split("[\\s(]", 2)[0];
      }
      if (first.equals("PRIMARY")) {
        primaryKey.addAll(keyColumns(body));
      } else if (first.equals("UNIQUE")) {
        uniqueKeys.add(keyColumns(body));
      } else if (!NOT_COLUMNS.contains(first) && !body.isBlank()) {
        String[] nameAndRest = splitName(body);
        String name = SqlNames.normalize(nameAndRest[0]);
        String type = type(nameAndRest[1]);
        columns.add(new ColumnDefinition(name, type, ColumnTypes.categorize(type), locator.at(chunk, item[0])));
        String attributes = nameAndRest[1].toUpperCase(Locale.ROOT);
        if (attributes.contains("PRIMARY KEY")) {
          primaryKey.add(name);
        } else if (attributes.matches("(?s).*\\bUNIQUE\\b.*")) {
          uniqueKeys.add(List.of(name));
        }
      }
    }
    return Optional.of(new CreateTable(SqlNames.normalize(header.group(2)), header.group(1) != null,
        List.copyOf(columns), List.copyOf(primaryKey), List.copyOf(uniqueKeys), locator.location(chunk)));
  }

  /** Start and end offsets of each top-level item between the opening parenthesis and its match. */
  private static List<int[]> items(String text, int from) {
    List<int[]> items = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int close = text.indexOf(c, i + 1);
        i = close < 0 ? text.length() : close;
      } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
        int eol = text.indexOf('\n', i);
        i = eol < 0 ? text.length() : eol;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && depth == 0 || c == ',' && depth == 0) {
        addItem(text, start, i, items);
        start = i + 1;
        if (c == ')') {
          return items;
        }
      } else if (c == ')') {
        depth--;
      }
    }
    addItem(text, start, text.length(), items);
    return items;
  }

  private static void addItem(String text, int start, int end, List<int[]> items) {
    int s = start;
    while (s < end) {
      if (Character.isWhitespace(text.charAt(s))) {
        s++;
      } else if (text.startsWith("--", s)) {
        int eol = text.indexOf('\n', s);
        s = eol < 0 || eol > end ? end : eol;
      } else {
        break;
      }
    }
    if (s < end) {
      items.add(new int[] {s, end});
    }
  }

  private static List<String> keyColumns(String body) {
    Matcher m = PARENS.matcher(body);
    return m.find() ? SqlNames.normalizeAll(List.of(m.group(1).split(","))) : List.of();
  }

  private static String[] splitName(String body) {
    char c = body.charAt(0);
    int end;
    if (c == '"' || c == '`' || c == '[') {
      int close = body.indexOf(c == '[' ? ']' : c, 1);
      end = close < 0 ? body.length() : close + 1;
    } else {
      end = 0;
      while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
        end++;
      }
    }
    return new String[] {body.substring(0, end), body.substring(end).strip()};
  }

  private static String type(String rest) {
    Matcher word = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*(\\s*\\([^)]*\\))?").matcher(rest);
    if (!word.find()) {
      return null;
    }
    StringBuilder type = new StringBuilder(word.group());
    String tail = rest.substring(word.end());
    Matcher more = Pattern.compile("^\\s+([A-Za-z]+)").matcher(tail);
    while (more.find() && TYPE_WORDS.contains(more.group(1).toLowerCase(Locale.ROOT))) {
      type.append(' ').append(more.group(1));
      tail = tail.substring(more.end());
      more = Pattern.compile("^\\s+([A-Za-z]+)").matcher(tail);
    }
    return type.toString();
  }
}
