package dev.lostguard.cli;

import dev.lostguard.scan.ScanProgress;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --progress} and {@code --verbose}: what a scan tells standard error while it runs. */
final class ProgressOptions {

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
      description = "Show files done and the phase on standard error: ${COMPLETION-CANDIDATES}"
          + " (default: ${DEFAULT-VALUE}, when interactive).")
  ProgressMode progress;

  @Option(names = {"-v", "--verbose"},
      description = "Progress with each phase's wall time, also when not interactive (not with --progress=never).")
  boolean verbose;

  /** The display for this run; {@code --quiet} silences it. */
  ScanProgress display(PrintWriter err, boolean interactive, boolean quiet) {
    boolean shown = progress.enabled(interactive) || (verbose && progress == ProgressMode.auto);
    if (quiet || !shown) {
      return ScanProgress.NONE;
    }
    return new ProgressDisplay(err, interactive, verbose);
  }
}
