package dev.lostguard.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Semgrep-style expectation markers from a source file, in the file's own comment syntax.
 *
 * <p>A marker is a whole-line comment ({@code --} for SQL, {@code //} for Java, {@code <!-- -->} for
 * XML, {@code #} for YAML) whose text is one of {@code ruleid: a[, b]}, {@code ok: a[, b]},
 * {@code todoruleid: a[, b]}, {@code todook: a[, b]} or {@code error: <substring of the diagnostic>}.
 * It applies to the next line that is not blank, not another marker and not a {@code lostguard:}
 * directive comment. Any other comment is an ordinary line: a marker placed above a plain comment
 * targets that comment, which is why {@link Marker#targetText()} is kept for the harness to check.
 */
public final class ExpectationMarkers {

  /** What a marker claims about its target line. */
  public enum Kind {
    /** The rules must fire on the line. */
    RULEID("ruleid"),
    /** The rules must not fire on the line. */
    OK("ok"),
    /** A known false negative: the rules should fire but do not yet. */
    TODO_RULEID("todoruleid"),
    /** A known false positive: the rules fire but should not. */
    TODO_OK("todook"),
    /** A processing error whose message contains the given text is reported at the line. */
    ERROR("error");

    private final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }

    static Optional<Kind> ofKeyword(String keyword) {
      for (Kind kind : values()) {
        if (kind.keyword.equals(keyword)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One marker and the line it applies to.
   *
   * @param markerLine 1-based line of the comment itself
   * @param targetLine 1-based line the marker applies to
   * @param targetText that line, stripped
   * @param ruleIds the named rules, empty for {@link Kind#ERROR}
   * @param errorText the expected message substring for {@link Kind#ERROR}, otherwise null
   */
  public record Marker(
      Kind kind, int markerLine, int targetLine, String targetText, List<String> ruleIds, String errorText) {}

  /**
   * Every marker of one file, with the views the harness compares against a report.
   *
   * @param path the file's path as the report names it (relative, with {@code /})
   */
  public record FileExpectations(String path, List<Marker> markers) {

    /** Line -> rule ids that must fire there. */
    public Map<Integer, Set<String>> expectedFindings() {
      return ruleIdsByLine(Kind.RULEID);
    }

    /** Line -> rule ids that must not fire there. */
    public Map<Integer, Set<String>> okLines() {
      return ruleIdsByLine(Kind.OK);
    }

    /** Line -> rule ids known not to fire yet although they should. */
    public Map<Integer, Set<String>> todoRuleIds() {
      return ruleIdsByLine(Kind.TODO_RULEID);
    }

    /** Line -> rule ids known to fire although they should not. */
    public Map<Integer, Set<String>> todoOks() {
      return ruleIdsByLine(Kind.TODO_OK);
    }

    /** Line -> message substrings of the processing errors expected there. */
    public Map<Integer, List<String>> expectedErrors() {
      Map<Integer, List<String>> byLine = new TreeMap<>();
      for (Marker marker : markers) {
        if (marker.kind() == Kind.ERROR) {
          byLine.computeIfAbsent(marker.targetLine(), line -> new ArrayList<>()).add(marker.errorText());
        }
      }
      return byLine;
    }

    /** Every rule id any marker of this file names, sorted. */
    public Set<String> namedRuleIds() {
      Set<String> ids = new TreeSet<>();
      markers.forEach(marker -> ids.addAll(marker.ruleIds()));
      return ids;
    }

    private Map<Integer, Set<String>> ruleIdsByLine(Kind kind) {
      Map<Integer, Set<String>> byLine = new TreeMap<>();
      for (Marker marker : markers) {
        if (marker.kind() == kind) {
          byLine.computeIfAbsent(marker.targetLine(), line -> new TreeSet<>()).addAll(marker.ruleIds());
        }
      }
      return byLine;
    }
  }

  /** A file's comment syntax; only whole-line comments can hold markers. */
  public enum CommentSyntax {
    SQL(Pattern.compile("^--(.*)$")),
    JAVA(Pattern.compile("^//(.*)$")),
    XML(Pattern.compile("^<!--(.*?)-->$")),
    YAML(Pattern.compile("^#(.*)$"));

    private final Pattern wholeLineComment;

    CommentSyntax(Pattern wholeLineComment) {
      this.wholeLineComment = wholeLineComment;
    }

    /** The syntax for a file name, or empty when markers are not read from such files. */
    public static Optional<CommentSyntax> forFileName(String fileName) {
      String name = fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".sql")) {
        return Optional.of(SQL);
      }
      if (name.endsWith(".java")) {
        return Optional.of(JAVA);
      }
      if (name.endsWith(".xml")) {
        return Optional.of(XML);
      }
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return Optional.of(YAML);
      }
      return Optional.empty();
    }

    /** The text inside a whole-line comment, stripped, or empty when the line is not one. */
    Optional<String> commentText(String line) {
      Matcher matcher = wholeLineComment.matcher(line.strip());
      return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }
  }

  private static final Pattern MARKER = Pattern.compile("^(ruleid|ok|todoruleid|todook|error):(.*)$");
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String DIRECTIVE = "lostguard:";

  private ExpectationMarkers() {}

  /** Reads the markers of a file, or returns no markers when its type carries none. */
  public static FileExpectations read(Path file, String reportedPath) throws IOException {
    Optional<CommentSyntax> syntax = CommentSyntax.forFileName(file.getFileName().toString());
    if (syntax.isEmpty()) {
      return new FileExpectations(reportedPath, List.of());
    }
    return parse(reportedPath, Files.readString(file, StandardCharsets.UTF_8), syntax.get());
  }

  /**
   * Parses the markers of a source text.
   *
   * @throws IllegalArgumentException on a malformed marker or one with no line to apply to, naming
   *     the path and line
   */
  public static FileExpectations parse(String path, String source, CommentSyntax syntax) {
    List<String> lines = source.lines().toList();
    List<Marker> markers = new ArrayList<>();
    List<PendingMarker> pending = new ArrayList<>();
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      int lineNumber = index + 1;
      if (line.isBlank()) {
        continue;
      }
      Optional<String> comment = syntax.commentText(line);
      if (comment.isPresent() && comment.get().startsWith(DIRECTIVE)) {
        continue;
      }
      Optional<PendingMarker> marker = comment.flatMap(text -> marker(path, lineNumber, text));
      if (marker.isPresent()) {
        pending.add(marker.get());
        continue;
      }
      for (PendingMarker each : pending) {
        markers.add(
            new Marker(each.kind, each.line, lineNumber, line.strip(), each.ruleIds, each.errorText));
      }
      pending.clear();
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException(
          path + ":" + pending.get(0).line + ": marker has no following line to apply to");
    }
    return new FileExpectations(path, Collections.unmodifiableList(markers));
  }

  private record PendingMarker(Kind kind, int line, List<String> ruleIds, String errorText) {}

  private static Optional<PendingMarker> marker(String path, int line, String commentText) {
    Matcher matcher = MARKER.matcher(commentText);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Kind kind = Kind.ofKeyword(matcher.group(1)).orElseThrow();
    String argument = matcher.group(2).strip();
    if (argument.isEmpty()) {
      throw new IllegalArgumentException(path + ":" + line + ": empty '" + kind.keyword() + ":' marker");
    }
    if (kind == Kind.ERROR) {
      return Optional.of(new PendingMarker(kind, line, List.of(), argument));
    }
    List<String> ids = new ArrayList<>();
    for (String id : argument.split(",", -1)) {
      String trimmed = id.strip();
      if (!RULE_ID.matcher(trimmed).matches()) {
        throw new IllegalArgumentException(
            path + ":" + line + ": '" + kind.keyword() + ":' marker needs comma-separated kebab-case rule ids, got '"
                + argument + "'");
      }
      ids.add(trimmed);
    }
    return Optional.of(new PendingMarker(kind, line, List.copyOf(ids), null));
  }
}
