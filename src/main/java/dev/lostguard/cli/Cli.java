package dev.lostguard.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** Builds the command line and runs it; {@code Main} and the tests both come through here. */
public final class Cli {

  private Cli() {}

  /**
   * Runs lostguard with the given arguments, printing only to {@code out} and {@code err}.
   *
   * @param environment the process environment (for {@code NO_COLOR}, {@code TERM})
   * @param interactive whether standard output is a terminal (for {@code --color=auto})
   * @return the exit code
   */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, boolean interactive) {
    CommandLine commandLine =
        new CommandLine(new LostguardCommand(), new Factory(environment, interactive))
            .setOut(out)
            .setErr(err)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setParameterExceptionHandler(
                (e, arguments) -> {
                  CommandLine cmd = e.getCommandLine();
                  cmd.getErr().println("lostguard: " + e.getMessage());
                  cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
                  cmd.getErr().flush();
                  return ExitCode.USAGE.code();
                })
            .setExecutionExceptionHandler(
                (e, cmd, parseResult) -> {
                  cmd.getErr().println("lostguard: internal error: " + e);
                  cmd.getErr().flush();
                  return ExitCode.INTERNAL_ERROR.code();
                });
    // One list, from the enum, for the root command and for scan.
    commandLine.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
    commandLine.getSubcommands().get("scan").getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Creates the scan command with the environment; everything else the default way. */
  private record Factory(Map<String, String> environment, boolean interactive) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ScanCommand.class) {
        return type.cast(new ScanCommand(environment, interactive));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
