package dev.lostguard.scan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per scan phase, in milliseconds. Only {@code --stats} shows it: reports carry no times. */
public final class ScanTimings {

  private final Map<String, Long> phases = new LinkedHashMap<>();
  private long last = System.nanoTime();

  /** Ends the current phase under {@code name}. */
  void lap(String name) {
    long now = System.nanoTime();
    phases.merge(name, (now - last) / 1_000_000, Long::sum);
    last = now;
  }

  public Map<String, Long> phases() {
    return Collections.unmodifiableMap(phases);
  }
}
