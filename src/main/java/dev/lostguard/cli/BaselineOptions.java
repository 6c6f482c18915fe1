package dev.lostguard.cli;

import dev.lostguard.model.Report;
import dev.lostguard.scan.Baseline;
import dev.lostguard.scan.BaselineFile;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code scan} options about accepted findings: compare findings with a baseline file, keep that
 * file current, and whether SARIF lists findings suppressed in source.
 */
final class BaselineOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Fail only on findings not in this baseline file (see 'lostguard baseline create');"
          + " accepted ones are still listed in JSON, marked 'unchanged'.")
  Path baseline;

  @Option(names = "--update-baseline", paramLabel = "FILE",
      description = "After the scan, write FILE with every unsuppressed finding that is not new (all of them"
          + " without --baseline): stale entries are pruned, new findings are not accepted.")
  Path update;

  @Option(names = "--include-suppressed",
      description = "List findings suppressed in source in SARIF too, marked as suppressed (GitHub code scanning"
          + " would show them as open alerts, so by default SARIF leaves them out).")
  boolean includeSuppressed;

  private Baseline loaded;

  /** Reads {@code --baseline} before the scan, so a bad file costs no scan: exit 2 with the reason. */
  void load() {
    if (baseline == null) {
      return;
    }
    try {
      loaded = BaselineFile.read(baseline);
    } catch (BaselineFile.Invalid e) {
      throw new ParameterException(command.commandLine(), e.getMessage());
    }
  }

  /** The report compared with the loaded baseline, or as it is when there is none. */
  Report apply(Report report) {
    return loaded == null ? report : loaded.applyTo(report);
  }

  /** Writes {@code --update-baseline}, if given. */
  void update(Report report) throws IOException {
    if (update != null) {
      ReportOutputs.writeAtomically(update, BaselineFile.render(Baseline.of(report.findings())));
    }
  }
}
