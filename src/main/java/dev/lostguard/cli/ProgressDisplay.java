package dev.lostguard.cli;

import dev.lostguard.scan.ScanProgress;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints a scan's phase and units done on standard error, throttled: on a terminal one line rewritten
 * with {@code \r} at most every 250 ms, otherwise a plain line when a phase starts and ends and at most
 * every 5 s in between. Verbose adds each phase's wall time.
 */
final class ProgressDisplay implements ScanProgress {

  private static final long TERMINAL_INTERVAL = TimeUnit.MILLISECONDS.toNanos(250);
  private static final long PLAIN_INTERVAL = TimeUnit.SECONDS.toNanos(5);
  private static final Map<String, String> UNITS = Map.of("parse", "files", "sql", "SQL calls");

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean verbose;
  private final long interval;
  private final AtomicInteger done = new AtomicInteger();
  private volatile long lastPrinted;
  private String phase;
  private int total;
  private long phaseStarted;
  private int lineLength;

  ProgressDisplay(PrintWriter err, boolean terminal, boolean verbose) {
    this.err = err;
    this.terminal = terminal;
    this.verbose = verbose;
    this.interval = terminal ? TERMINAL_INTERVAL : PLAIN_INTERVAL;
  }

  @Override
  public synchronized void phase(String name, int units) {
    endPhase();
    phase = name;
    total = units;
    done.set(0);
    phaseStarted = System.nanoTime();
    print();
  }

  @Override
  public void advanced() {
    int count = done.incrementAndGet();
    if (count == total || System.nanoTime() - lastPrinted >= interval) {
      synchronized (this) {
        print();
      }
    }
  }

  @Override
  public synchronized void finished() {
    endPhase();
    phase = null;
    if (terminal && lineLength > 0) {
      err.print("\r" + " ".repeat(lineLength) + "\r");
      lineLength = 0;
    }
    err.flush();
  }

  private void endPhase() {
    if (phase != null && verbose) {
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - phaseStarted);
      emit(status() + " done in " + millis + " ms", true);
    }
  }

  private void print() {
    if (phase != null) {
      emit(status(), false);
    }
  }

  private String status() {
    String unit = UNITS.get(phase);
    return "lostguard: " + phase + (unit == null || total == 0 ? "" : " " + done.get() + "/" + total + " " + unit);
  }

  /** On a terminal, a line that stays (or is rewritten); elsewhere always a line of its own. */
  private void emit(String line, boolean keep) {
    lastPrinted = System.nanoTime();
    if (terminal) {
      err.print("\r" + line + " ".repeat(Math.max(0, lineLength - line.length())) + (keep ? "\n" : ""));
      lineLength = keep ? 0 : line.length();
    } else {
      err.println(line);
    }
    err.flush();
  }
}
