package dev.lostguard.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Report;
import dev.lostguard.samples.ExpectationMarkers.CommentSyntax;
import dev.lostguard.samples.ExpectationMarkers.FileExpectations;
import dev.lostguard.scan.ScanRequest;
import dev.lostguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An inline Java project written to a folder, scanned whole and held to its expectation markers. */
final class MarkedProject {

  private MarkedProject() {}

  /** Writes {@code files} (relative path to Java source) below {@code root}, scans it and checks the markers. */
  static Report scan(Path root, Map<String, String> files) throws IOException {
    List<FileExpectations> expectations = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
      expectations.add(ExpectationMarkers.parse(file.getKey(), file.getValue(), CommentSyntax.JAVA));
    }
    Report report = new Scanner().scan(new ScanRequest(List.of(root), root, List.of(), 2, false, List.of()));
    List<String> problems = ReportExpectations.problems(expectations, report);
    assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
    return report;
  }
}
