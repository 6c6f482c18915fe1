package dev.lostguard.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Report;
import dev.lostguard.rules.Rules;
import dev.lostguard.samples.ExpectationMarkers.FileExpectations;
import dev.lostguard.samples.ExpectationMarkers.Kind;
import dev.lostguard.samples.ExpectationMarkers.Marker;
import dev.lostguard.scan.ScanRequest;
import dev.lostguard.scan.Scanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one harness: scans every app under {@code samples/} whole and holds the report to the expectation
 * markers in its files, strictly both ways. Each problem is reported as {@code path:line: what is wrong}.
 */
class SamplesHarnessTest {

  private static final Path SAMPLES = Path.of(System.getProperty("basedir", "."), "samples");

  /**
   * Rules that need not have samples yet, each with the reason (none at present). Once a rule gets both a
   * {@code ruleid} and an {@code ok} marker, its entry must go.
   */
  private static final Map<String, String> RULES_WITHOUT_SAMPLES_YET = Map.of();

  static Stream<String> sampleApps() throws IOException {
    try (Stream<Path> children = Files.list(SAMPLES)) {
      return children.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleApps")
  void reportMatchesTheMarkers(String sampleApp) throws IOException {
    Path dir = SAMPLES.resolve(sampleApp);
    List<FileExpectations> expectations = expectationsOf(dir);
    Report report = new Scanner().scan(ScanRequest.ofDirectory(dir));

    List<String> problems = ReportExpectations.problems(expectations, report);

    assertThat(problems)
        .withFailMessage(() -> "samples/" + sampleApp + " disagrees with its markers:\n  "
            + String.join("\n  ", problems))
        .isEmpty();
  }

  /** Marker mistakes need no scan: run them on their own so they show even while the scanner is broken. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleApps")
  void markersNameKnownRulesAndSitAboveCode(String sampleApp) throws IOException {
    List<String> problems = ReportExpectations.markerProblems(expectationsOf(SAMPLES.resolve(sampleApp)));

    assertThat(problems)
        .withFailMessage(() -> "samples/" + sampleApp + " has misplaced markers:\n  " + String.join("\n  ", problems))
        .isEmpty();
  }

  @Test
  void everyRuleHasARuleidAndAnOkMarkerInTheSamples() throws IOException {
    Map<Kind, Set<String>> covered = new TreeMap<>();
    for (String sampleApp : sampleApps().toList()) {
      for (FileExpectations file : expectationsOf(SAMPLES.resolve(sampleApp))) {
        for (Marker marker : file.markers()) {
          covered.computeIfAbsent(marker.kind(), kind -> new TreeSet<>()).addAll(marker.ruleIds());
        }
      }
    }
    Set<String> withRuleid = covered.getOrDefault(Kind.RULEID, Set.of());
    Set<String> withOk = covered.getOrDefault(Kind.OK, Set.of());

    List<String> problems = new ArrayList<>();
    for (String rule : Rules.ids()) {
      boolean complete = withRuleid.contains(rule) && withOk.contains(rule);
      if (RULES_WITHOUT_SAMPLES_YET.containsKey(rule)) {
        if (complete) {
          problems.add(rule + ": now has ruleid and ok markers; remove it from RULES_WITHOUT_SAMPLES_YET");
        }
        continue;
      }
      if (!withRuleid.contains(rule)) {
        problems.add(rule + ": no 'ruleid:' marker in any sample");
      }
      if (!withOk.contains(rule)) {
        problems.add(rule + ": no 'ok:' marker in any sample");
      }
    }
    for (String rule : RULES_WITHOUT_SAMPLES_YET.keySet()) {
      if (!Rules.ids().contains(rule)) {
        problems.add(rule + ": excused in RULES_WITHOUT_SAMPLES_YET but not a known rule");
      }
    }

    assertThat(problems)
        .withFailMessage(() -> "rule coverage of samples/:\n  " + String.join("\n  ", problems))
        .isEmpty();
  }

  private static List<FileExpectations> expectationsOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .sorted()
          .map(file -> {
            try {
              return ExpectationMarkers.read(file, relative(dir, file));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .toList();
    }
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }
}
