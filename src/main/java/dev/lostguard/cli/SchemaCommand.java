package dev.lostguard.cli;

import dev.lostguard.report.ReportSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lostguard schema}: prints the JSON Schema of {@code scan --format json}. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of the JSON report (scan --format json).")
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ReportSchema.text());
    spec.commandLine().getOut().flush();
    return ExitCode.CLEAN.code();
  }
}
