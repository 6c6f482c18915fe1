package dev.lostguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lostguard init [DIR]}: writes a starter {@code lostguard.json} that explains every key. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Write a starter lostguard.json, with comments explaining each key. Never overwrites a file.")
final class InitCommand implements Callable<Integer> {

  private static final String STARTER = "/dev/lostguard/cli/lostguard-starter.json";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "Folder to write it in (default: .).")
  Path directory = Path.of(".");

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path target = directory.resolve("lostguard.json");
    if (!Files.isDirectory(directory)) {
      err.println("lostguard: init: not a directory: " + directory);
      return ExitCode.USAGE.code();
    }
    Path hidden = directory.resolve(".lostguard.json");
    if (Files.exists(hidden)) {
      err.println("lostguard: init: " + hidden + " already exists; not writing a lostguard.json beside it");
      return ExitCode.USAGE.code();
    }
    try (InputStream starter = InitCommand.class.getResourceAsStream(STARTER)) {
      if (starter == null) {
        throw new IllegalStateException(STARTER + " is missing from the build");
      }
      Files.write(target, starter.readAllBytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      err.println("lostguard: init: " + target + " already exists; not overwriting it");
      return ExitCode.USAGE.code();
    }
    spec.commandLine().getOut().println("wrote " + target);
    return ExitCode.CLEAN.code();
  }
}
