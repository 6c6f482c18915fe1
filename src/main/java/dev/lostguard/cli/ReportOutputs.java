package dev.lostguard.cli;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import dev.lostguard.report.GitLabCodeQualityReporter;
import dev.lostguard.report.JUnitXmlReporter;
import dev.lostguard.report.JsonReporter;
import dev.lostguard.report.MarkdownReporter;
import dev.lostguard.report.Reporter;
import dev.lostguard.report.SarifReporter;
import dev.lostguard.report.TextReporter;
import dev.lostguard.rules.RuleCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Renders one report in every requested format and writes each where it goes: files atomically,
 * at most one to standard output.
 *
 * @param root the report root (SARIF's {@code %SRCROOT%})
 * @param sarifCategory SARIF's analysis category, or null
 * @param color whether text on standard output may be coloured (files never are)
 * @param quiet text without its summary
 * @param includeSuppressed SARIF lists suppressed findings too, marked as suppressed in source
 */
record ReportOutputs(Path root, String sarifCategory, boolean color, boolean quiet, boolean includeSuppressed) {

  void write(Report report, List<FormatTarget> targets, PrintWriter out) throws IOException {
    for (FormatTarget target : targets) {
      StringWriter rendered = new StringWriter();
      reporter(target).write(shown(report, target.format()), rendered);
      if (target.toStandardOutput()) {
        out.print(rendered);
        out.flush();
      } else {
        writeAtomically(target.file(), rendered.toString());
      }
    }
  }

  /**
   * Accepted findings (suppressed, baselined) stay in JSON and the text summary; CI formats show what
   * needs action, and SARIF the suppressed ones too with {@code --include-suppressed}.
   */
  private Report shown(Report report, OutputFormat format) {
    return switch (format) {
      case text, json -> report;
      case sarif -> report.keeping(f -> f.open() || (includeSuppressed && f.suppression() != null));
      case gitlab, junit -> report.keeping(Finding::open);
      case markdown -> report; // shows the open findings and says how many others it leaves out
    };
  }

  private Reporter reporter(FormatTarget target) {
    return switch (target.format()) {
      case text -> new TextReporter(new TextReporter.Options(target.toStandardOutput() && color, quiet));
      case json -> new JsonReporter();
      case sarif -> new SarifReporter(RuleCatalog.builtIn(), new SarifReporter.Options(root, sarifCategory));
      case gitlab -> new GitLabCodeQualityReporter();
      case junit -> new JUnitXmlReporter(RuleCatalog.builtIn());
      case markdown -> new MarkdownReporter();
    };
  }

  /** Readers of FILE never see half a report: write beside it, then move into place. */
  static void writeAtomically(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, ".lostguard-", ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      keepOrdinaryPermissions(temporary, absolute);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * A temporary file is private to its owner; a report is read by later CI steps, often as another
   * user. It gets the permissions of the file it replaces, or {@code rw-r--r--}.
   */
  private static void keepOrdinaryPermissions(Path temporary, Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    view.setPermissions(
        Files.exists(target) ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--"));
  }
}
