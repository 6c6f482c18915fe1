package dev.lostguard.scan;

import java.util.function.Function;

/**
 * What a running scan tells a progress display: the phase it entered and each unit of work done. A
 * listener never changes the report. Calls to {@link #advanced()} come from worker threads.
 */
public interface ScanProgress {

  /** Tells nobody. */
  ScanProgress NONE = new ScanProgress() {};

  /**
   * A phase begins ({@code walk}, {@code parse}, {@code sql}, {@code model}, {@code rules}).
   *
   * @param total units of work in it (files, SQL calls), or 0 when it is not counted
   */
  default void phase(String name, int total) {}

  /** One unit of the current phase is done. */
  default void advanced() {}

  /** The scan is over; a display clears its line. */
  default void finished() {}

  /** The same work, telling this listener when each input is done (also when it throws). */
  default <T, R> Function<T, R> counting(Function<T, R> work) {
    return input -> {
      try {
        return work.apply(input);
      } finally {
        advanced();
      }
    };
  }
}
