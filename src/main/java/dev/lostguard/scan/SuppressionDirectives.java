package dev.lostguard.scan;

import dev.lostguard.java.SuppressWarningsReader;
import dev.lostguard.model.Location;
import dev.lostguard.model.SuppressionDirective;
import dev.lostguard.model.SuppressionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the suppression directives of one file: whole-line {@code lostguard:ignore <rule-id> <reason>}
 * comments in the file's own syntax ({@code //} Java, {@code --} SQL, {@code <!-- -->} XML), and for
 * Java, {@code @SuppressWarnings("lostguard:<rule-id>")} annotations. A comment directive governs the
 * next line that is neither blank nor a whole-line comment, so expectation markers and other
 * directives may sit between it and the code. In Java it governs the whole statement that starts
 * there (up to the line ending in {@code ;}, <code>{</code> or <code>}</code>), because a finding
 * points at the call that runs the SQL, which a formatter may have moved below {@code int n =} or
 * an annotation. Files that never mention {@code lostguard:} cost one {@code contains}.
 */
final class SuppressionDirectives {

  private static final String PREFIX = "lostguard:";
  private static final Pattern IGNORE = Pattern.compile("^lostguard:ignore(?:\\s+(.*))?$");
  /** Separators people put between the rule id and the reason: {@code --}, {@code :}, {@code -}. */
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^(?:--|[:\\-\u2013\u2014])\\s*");
  /** How far a Java statement may run before a directive stops governing its lines. */
  private static final int MAX_STATEMENT_LINES = 12;
  private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s//[^\"]*$");

  private SuppressionDirectives() {}

  /** A file's comment syntax, by name; only whole-line comments hold directives. */
  private enum Syntax {
    JAVA(Pattern.compile("^//(.*)$")),
    SQL(Pattern.compile("^--(.*)$")),
    XML(Pattern.compile("^<!--(.*?)-->$"));

    private final Pattern wholeLineComment;

    Syntax(Pattern wholeLineComment) {
      this.wholeLineComment = wholeLineComment;
    }

    static Optional<Syntax> of(String path) {
      String name = path.toLowerCase(Locale.ROOT);
      if (name.endsWith(".java")) {
        return Optional.of(JAVA);
      }
      if (name.endsWith(".sql")) {
        return Optional.of(SQL);
      }
      return name.endsWith(".xml") ? Optional.of(XML) : Optional.empty();
    }

    Optional<String> commentText(String line) {
      Matcher matcher = wholeLineComment.matcher(line.strip());
      return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }
  }

  /** The directives of {@code text}, in line order; empty for files that carry none. */
  static List<SuppressionDirective> find(String path, String text) {
    Optional<Syntax> syntax = Syntax.of(path);
    if (syntax.isEmpty() || !text.contains(PREFIX)) {
      return List.of();
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<SuppressionDirective> directives = new ArrayList<>();
    for (int index = 0; index < lines.length; index++) {
      Optional<Matcher> ignore =
          syntax.get().commentText(lines[index]).map(IGNORE::matcher).filter(Matcher::matches);
      if (ignore.isPresent()) {
        directives.add(comment(path, lines, index, ignore.get().group(1), syntax.get()));
      }
    }
    if (syntax.get() == Syntax.JAVA && text.contains("SuppressWarnings")) {
      directives.addAll(SuppressWarningsReader.read(path, text, lines));
    }
    return List.copyOf(directives);
  }

  private static SuppressionDirective comment(String path, String[] lines, int index, String rest, Syntax syntax) {
    String[] parts = rest == null ? new String[0] : rest.strip().split("\\s+", 2);
    String ruleId = parts.length > 0 ? parts[0].replaceAll("[:,]+$", "") : "";
    String reason = parts.length > 1 ? LEADING_SEPARATOR.matcher(parts[1].strip()).replaceFirst("").strip() : "";
    int governed = 0;
    for (int next = index + 1; next < lines.length && governed == 0; next++) {
      if (!lines[next].isBlank() && syntax.commentText(lines[next]).isEmpty()) {
        governed = next + 1;
      }
    }
    int last = governed;
    if (syntax == Syntax.JAVA && governed > 0) {
      while (last < lines.length && last - governed < MAX_STATEMENT_LINES - 1 && !endsStatement(lines[last - 1])
          && !lines[last].isBlank()) {
        last++;
      }
    }
    String line = lines[index];
    int column = line.length() - line.stripLeading().length() + 1;
    int endColumn = Math.max(column, line.stripTrailing().length());
    Location location = new Location(path, index + 1, column, index + 1, endColumn);
    String folded = ("ignore " + ruleId + " " + reason).strip().replaceAll("\\s+", " ");
    return new SuppressionDirective(SuppressionKind.COMMENT, ruleId, reason, location, governed, last, folded);
  }

  private static boolean endsStatement(String line) {
    String code = TRAILING_COMMENT.matcher(line).replaceFirst("").stripTrailing();
    return code.endsWith(";") || code.endsWith("{") || code.endsWith("}");
  }
}
