package dev.lostguard.cli;

import dev.lostguard.model.Report;
import dev.lostguard.scan.Baseline;
import dev.lostguard.scan.BaselineFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code lostguard baseline create}: accept today's findings so that CI fails only on new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
    description = "Write a baseline: the findings a project accepts for now.",
    subcommands = {BaselineCommand.Create.class})
final class BaselineCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      customSynopsis = "lostguard baseline create [-hV] -o=FILE [SCAN-ARGUMENTS...]",
      description = {
        "Scan and write every unsuppressed finding to FILE; 'scan --baseline FILE' then fails only on new ones.",
        "Any other argument is passed to 'scan' (PATH, --root, --exclude, --include-tests, --version-column,"
            + " --threads): fingerprints hold paths relative to the scan root, so scan the same way later."
      })
  static final class Create implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
        description = "The baseline file to write (atomically).")
    Path output;

    @Unmatched List<String> scanArguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      ScanCommand scan = new ScanCommand(Map.of(), false);
      Report report;
      try {
        new CommandLine(scan).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(scanArguments.toArray(String[]::new));
        report = scan.scanOnly();
      } catch (ParameterException e) {
        // Report it against this command, so that the usage hint names 'baseline create'.
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      Baseline baseline = Baseline.of(report.findings());
      ReportOutputs.writeAtomically(output, BaselineFile.render(baseline));
      PrintWriter err = spec.commandLine().getErr();
      err.printf("lostguard: wrote %d baseline entries (%d findings) to %s%n",
          baseline.entries().size(), baseline.entries().stream().mapToInt(e -> e.count()).sum(), output);
      err.flush();
      return ExitCode.CLEAN.code();
    }
  }
}
