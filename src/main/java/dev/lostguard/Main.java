package dev.lostguard;

import dev.lostguard.cli.Cli;
import dev.lostguard.cli.QuickJvm;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * The command-line entry point: it only exits with what {@link Cli#run} returns, in a JVM that
 * compiles quickly ({@link QuickJvm}).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    OptionalInt relaunched = QuickJvm.run(Main.class, args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.getAsInt());
    }
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
    System.exit(Cli.run(args, out, err, System.getenv(), System.console() != null));
  }
}
