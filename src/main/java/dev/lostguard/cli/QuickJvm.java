package dev.lostguard.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs lostguard again in a JVM that stops at the quick compiler ({@code -XX:TieredStopAtLevel=1}).
 *
 * <p>A scan is a batch job of seconds to a minute over code each JVM sees once: the optimizing
 * compiler spends more processor time compiling the parsers and the analysis than its faster code
 * saves, and on a two-core CI runner it takes a core from the parser. Measured on two cores, the
 * quick compiler alone takes 35 to 40% off the wall time of a scan, on apps from 60 to 4,400 Java
 * files. A plain {@code java -jar lostguard.jar} cannot say so itself, so it starts one child JVM with
 * the same options plus that one, passes its standard streams and returns its exit code.
 *
 * <p>It runs in place instead when the JVM was given options about compiling, agents or debugging
 * (the user chose), when {@code LOSTGUARD_QUICK_JVM=0}, when lostguard is not running from its jar,
 * or when the child cannot be started.
 */
public final class QuickJvm {

  /** Set on the child: it is the relaunched JVM, and never relaunches again. */
  static final String MARKER = "lostguard.quickJvm";
  static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
  static final String SWITCH = "LOSTGUARD_QUICK_JVM";

  /** Options that say the user set up this JVM on purpose: a second one would ignore or fight them. */
  private static final List<String> CHOSEN_OPTIONS = List.of(
      "tiered", "compil", "-xint", "-xcomp", "jvmci", "agent", "jdwp", "-xdebug", "-xrun", "flightrecord");

  private QuickJvm() {}

  /**
   * The child's exit code, or empty when lostguard should run in this JVM.
   *
   * @param main the class whose {@code main} the child runs
   */
  public static OptionalInt run(Class<?> main, String[] args) {
    Optional<List<String>> command = command(javaBinary(), ownJar(),
        ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getenv(), System.getProperty(MARKER) != null,
        main.getName(), args);
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty(); // no process allowed here: the scan runs in this JVM, only slower
    }
    // A CI runner that stops this process on a time-out stops the scan with it.
    Thread stopChild = new Thread(child::destroy, "lostguard-stop-child");
    Runtime.getRuntime().addShutdownHook(stopChild);
    try {
      return OptionalInt.of(child.waitFor());
    } catch (InterruptedException e) {
      child.destroy();
      Thread.currentThread().interrupt();
      return OptionalInt.of(130);
    }
  }

  /**
   * The child's command line, or empty when this JVM should run the scan itself.
   *
   * @param java the {@code java} launcher of this JVM, when known
   * @param jar the jar lostguard runs from, when it runs from one
   * @param jvmOptions the options this JVM was started with
   * @param relaunched whether this JVM is already the child
   */
  static Optional<List<String>> command(Optional<String> java, Optional<Path> jar, List<String> jvmOptions,
      Map<String, String> environment, boolean relaunched, String mainClass, String[] args) {
    if (relaunched || java.isEmpty() || jar.isEmpty() || "0".equals(environment.get(SWITCH))) {
      return Optional.empty();
    }
    for (String option : jvmOptions) {
      String lower = option.toLowerCase(Locale.ROOT);
      if (CHOSEN_OPTIONS.stream().anyMatch(lower::contains)) {
        return Optional.empty();
      }
    }
    List<String> command = new ArrayList<>();
    command.add(java.get());
    command.addAll(jvmOptions);
    command.add(QUICK_COMPILER);
    command.add("-D" + MARKER + "=true");
    command.add("-cp");
    command.add(jar.get().toString());
    command.add(mainClass);
    command.addAll(List.of(args));
    return Optional.of(List.copyOf(command));
  }

  private static Optional<String> javaBinary() {
    return ProcessHandle.current().info().command().filter(path -> Files.isExecutable(Path.of(path)));
  }

  /** The jar this class was loaded from; empty when it runs from a classes folder (tests, an IDE). */
  private static Optional<Path> ownJar() {
    try {
      var source = QuickJvm.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Path.of(source.getLocation().toURI());
      return path.toString().endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** How this JVM compiles, for {@code --stats}. */
  static String describe() {
    return System.getProperty(MARKER) != null ? "quick compiler (" + QUICK_COMPILER + ", relaunched)" : "as started";
  }
}
