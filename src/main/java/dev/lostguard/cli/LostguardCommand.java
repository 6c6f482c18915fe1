package dev.lostguard.cli;

import dev.lostguard.scan.ToolVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The root command: only subcommands, help and version. */
@Command(
    name = "lostguard",
    mixinStandardHelpOptions = true,
    versionProvider = LostguardCommand.Version.class,
    description = "Finds lost-update risks: writes that can silently overwrite a newer edit because they"
        + " lack (or break) an optimistic-locking check.",
    subcommands = {ScanCommand.class, InitCommand.class, BaselineCommand.class, RulesCommand.class, SchemaCommand.class},
    exitCodeListHeading = "%nExit codes:%n")
public final class LostguardCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"lostguard " + ToolVersion.current()};
    }
  }
}
