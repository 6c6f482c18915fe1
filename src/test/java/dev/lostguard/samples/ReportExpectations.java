package dev.lostguard.samples;

import dev.lostguard.model.Finding;
import dev.lostguard.model.ProcessingError;
import dev.lostguard.model.Report;
import dev.lostguard.rules.Rules;
import dev.lostguard.samples.ExpectationMarkers.FileExpectations;
import dev.lostguard.samples.ExpectationMarkers.Kind;
import dev.lostguard.samples.ExpectationMarkers.Marker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Holds a report to the expectation markers of the files it covers, strictly both ways. Each problem is
 * one readable line, {@code path:line: what is wrong}, sorted, so a failing harness says exactly which
 * marker or finding to look at.
 *
 * <p>A finding suppressed in source ({@code lostguard:ignore}, {@code @SuppressWarnings}) does not fire:
 * its line carries an {@code ok:} marker, and a suppression that stops working shows as an unexpected
 * finding there. A suppression that has no effect is an {@code ineffective-suppression} finding on the
 * line it governs, marked {@code ruleid:} like any other.
 */
final class ReportExpectations {

  private ReportExpectations() {}

  /** Every disagreement between the markers and the report; empty when they agree. */
  static List<String> problems(List<FileExpectations> expectations, Report report) {
    Set<String> problems = new TreeSet<>();
    problems.addAll(markerProblems(expectations));
    problems.addAll(findingProblems(expectations, report.findings()));
    problems.addAll(errorProblems(expectations, report.errors()));
    return List.copyOf(problems);
  }

  /**
   * Markers that cannot be true whatever the report: unknown ids, a target that is only a comment, or two
   * markers that say different things about the same rule on the same line.
   */
  static List<String> markerProblems(List<FileExpectations> expectations) {
    List<String> problems = new ArrayList<>();
    for (FileExpectations file : expectations) {
      Map<String, Kind> claims = new TreeMap<>();
      for (Marker marker : file.markers()) {
        for (String id : marker.ruleIds()) {
          Kind earlier = claims.putIfAbsent(marker.targetLine() + " " + id, marker.kind());
          if (earlier != null && earlier != marker.kind()) {
            problems.add(file.path() + ":" + marker.targetLine() + ": both '" + earlier.keyword() + ":' and '"
                + marker.kind().keyword() + ":' markers name " + id);
          }
        }
      }
      for (Marker marker : file.markers()) {
        String at = file.path() + ":" + marker.markerLine() + ": '" + marker.kind().keyword() + ":' marker";
        for (String id : marker.ruleIds()) {
          if (!Rules.ids().contains(id)) {
            problems.add(at + " names unknown rule '" + id + "' (known: " + Rules.ids() + ")");
          }
        }
        if (isCommentOnly(marker.targetText())) {
          problems.add(at + " applies to line " + marker.targetLine() + ", which is only a comment: '"
              + marker.targetText() + "'; put the marker right above the statement");
        }
      }
    }
    return problems;
  }

  private static boolean isCommentOnly(String text) {
    return text.startsWith("--") || text.startsWith("//") || (text.startsWith("<!--") && text.endsWith("-->"));
  }

  private static List<String> findingProblems(List<FileExpectations> expectations, List<Finding> findings) {
    Map<String, FileExpectations> byPath = new TreeMap<>();
    expectations.forEach(file -> byPath.put(file.path(), file));
    Set<String> fired = new TreeSet<>();
    List<String> problems = new ArrayList<>();

    for (Finding finding : findings) {
      if (finding.suppression() != null) {
        continue;
      }
      String path = finding.location().path();
      int line = finding.location().startLine();
      String rule = finding.ruleId();
      fired.add(key(path, line, rule));
      String at = path + ":" + line + ": " + rule;
      if (!Rules.ids().contains(rule)) {
        problems.add(at + " is not a known rule id (known: " + Rules.ids() + ")");
        continue;
      }
      FileExpectations file = byPath.get(path);
      if (file == null) {
        problems.add(at + " fired in a file with no markers: " + finding.message());
      } else if (has(file.expectedFindings(), line, rule) || has(file.todoOks(), line, rule)) {
        continue;
      } else if (has(file.okLines(), line, rule)) {
        problems.add(at + " fired on a line marked 'ok: " + rule + "': " + finding.message());
      } else if (has(file.todoRuleIds(), line, rule)) {
        problems.add(at + " now fires: change its 'todoruleid:' marker to 'ruleid:'");
      } else {
        problems.add(at + " fired on a line with no 'ruleid: " + rule + "' marker: " + finding.message());
      }
    }

    for (FileExpectations file : expectations) {
      forEachMarked(file.expectedFindings(), (line, rule) -> {
        if (!fired.contains(key(file.path(), line, rule))) {
          problems.add(file.path() + ":" + line + ": expected " + rule + " (marked 'ruleid:'), but it did not fire");
        }
      });
      forEachMarked(file.todoOks(), (line, rule) -> {
        if (!fired.contains(key(file.path(), line, rule))) {
          problems.add(file.path() + ":" + line + ": " + rule
              + " no longer fires: change its 'todook:' marker to 'ok:'");
        }
      });
    }
    return problems;
  }

  private static List<String> errorProblems(List<FileExpectations> expectations, List<ProcessingError> errors) {
    Map<String, FileExpectations> byPath = new TreeMap<>();
    expectations.forEach(file -> byPath.put(file.path(), file));
    List<String> problems = new ArrayList<>();

    for (ProcessingError error : errors) {
      FileExpectations file = byPath.get(error.path());
      List<String> announced =
          file == null || error.line() == null ? List.of() : file.expectedErrors().getOrDefault(error.line(), List.of());
      if (announced.stream().noneMatch(error.message()::contains)) {
        problems.add(error.path() + ":" + (error.line() == null ? "-" : error.line()) + ": unannounced "
            + error.kind().label() + " error: " + error.message());
      }
    }

    for (FileExpectations file : expectations) {
      file.expectedErrors().forEach((line, substrings) -> {
        for (String substring : substrings) {
          boolean reported = errors.stream()
              .anyMatch(error -> error.path().equals(file.path())
                  && error.line() != null
                  && error.line() == line.intValue()
                  && error.message().contains(substring));
          if (!reported) {
            problems.add(file.path() + ":" + line + ": expected a processing error containing '" + substring
                + "', but none was reported there");
          }
        }
      });
    }
    return problems;
  }

  private interface LineRule {
    void accept(int line, String rule);
  }

  private static void forEachMarked(Map<Integer, Set<String>> marked, LineRule action) {
    marked.forEach((line, rules) -> rules.forEach(rule -> action.accept(line, rule)));
  }

  private static boolean has(Map<Integer, Set<String>> marked, int line, String rule) {
    return marked.getOrDefault(line, Set.of()).contains(rule);
  }

  private static String key(String path, int line, String rule) {
    return path + "\u0000" + line + "\u0000" + rule;
  }
}
