package dev.lostguard.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Checks the {@code --format}, {@code --output} and {@code --sarif-category} options together, before
 * anything is scanned: every mistake is a usage error with a one-line reason.
 */
final class FormatTargets {

  private FormatTargets() {}

  /**
   * The reports to write: {@code text} on standard output when no {@code --format} is given, the one
   * format into {@code output} when that is given.
   */
  static List<FormatTarget> resolve(
      CommandLine commandLine, List<FormatTarget> formats, Path output, String sarifCategory) {
    List<FormatTarget> targets = formats.isEmpty() ? List.of(new FormatTarget(OutputFormat.text, null)) : formats;
    if (output != null) {
      if (targets.size() > 1) {
        throw new ParameterException(
            commandLine, "--output needs exactly one --format; give each format its own file with FORMAT:FILE");
      }
      if (!targets.get(0).toStandardOutput()) {
        throw new ParameterException(commandLine, "--output and --format FORMAT:FILE both name a file; use one");
      }
      targets = List.of(new FormatTarget(targets.get(0).format(), output));
    }
    if (targets.stream().filter(FormatTarget::toStandardOutput).count() > 1) {
      throw new ParameterException(
          commandLine, "at most one --format may write to standard output; add :FILE to the others");
    }
    Set<Path> files = new HashSet<>();
    for (FormatTarget target : targets) {
      if (!target.toStandardOutput() && !files.add(target.file().toAbsolutePath().normalize())) {
        throw new ParameterException(commandLine, "two formats would write to the same file: " + target.file());
      }
    }
    if (sarifCategory != null && targets.stream().noneMatch(t -> t.format() == OutputFormat.sarif)) {
      throw new ParameterException(commandLine, "--sarif-category needs --format sarif");
    }
    return List.copyOf(targets);
  }
}
