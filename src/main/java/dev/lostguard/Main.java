package dev.lostguard;

import dev.lostguard.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The command-line entry point: it only exits with what {@link Cli#run} returns. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
    System.exit(Cli.run(args, out, err, System.getenv(), System.console() != null));
  }
}
