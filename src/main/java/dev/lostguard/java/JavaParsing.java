package dev.lostguard.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.Problem;
import java.util.Optional;

/**
 * The one javaparser configuration of lostguard, shared by the front-end and the parse-only floor so
 * that the benchmark measures the same work: the newest language level (older levels reject modern
 * code whose tree is complete), no symbol resolution, tokens kept (without them nodes lose their
 * line numbers).
 */
public final class JavaParsing {

  private JavaParsing() {}

  /** A parser for one thread: javaparser instances are not thread-safe. */
  public static JavaParser newParser() {
    ParserConfiguration configuration =
        new ParserConfiguration()
            .setLanguageLevel(LanguageLevel.JAVA_25)
            .setAttributeComments(false)
            .setStoreTokens(true);
    return new JavaParser(configuration);
  }

  /**
   * The tree, or the first problem as a one-line message with its line.
   *
   * @return the compilation unit when the source parsed (possibly with recoverable problems)
   */
  public static Result parse(JavaParser parser, String source) {
    ParseResult<CompilationUnit> result = parser.parse(source);
    Optional<CompilationUnit> unit = result.getResult();
    if (result.isSuccessful() && unit.isPresent()) {
      return new Result(unit, Optional.empty(), Optional.empty());
    }
    Problem problem = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
    Integer line =
        problem == null
            ? null
            : problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(null);
    String message = problem == null ? "could not parse Java source" : firstLine(problem.getMessage());
    return new Result(Optional.empty(), Optional.of(message), Optional.ofNullable(line));
  }

  /** A parse outcome: a tree, or a message and (when known) the line it concerns. */
  public record Result(Optional<CompilationUnit> unit, Optional<String> problem, Optional<Integer> line) {}

  private static String firstLine(String message) {
    String first = message == null ? "" : message.strip().lines().findFirst().orElse("");
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }
}
