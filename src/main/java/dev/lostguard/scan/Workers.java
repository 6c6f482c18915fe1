package dev.lostguard.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A fixed pool of daemon worker threads with a large stack (deeply nested expressions recurse deeply
 * in the parsers). Results come back in input order, so output never depends on scheduling.
 */
final class Workers implements AutoCloseable {

  private static final long STACK_BYTES = 64L * 1024 * 1024;

  private final ExecutorService pool;

  Workers(int threads) {
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), daemonThreads());
  }

  /**
   * Applies {@code work} to every input in parallel.
   *
   * @param failed the result for an input whose work threw (it never aborts the others)
   */
  <T, R> List<R> map(List<T> inputs, Function<T, R> work, BiFunction<T, Throwable, R> failed) {
    List<Future<R>> futures = new ArrayList<>(inputs.size());
    for (T input : inputs) {
      futures.add(pool.submit(() -> work.apply(input)));
    }
    List<R> results = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      try {
        results.add(futures.get(i).get());
      } catch (ExecutionException e) {
        results.add(failed.apply(inputs.get(i), e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("scan interrupted", e);
      }
    }
    return results;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(null, task, "lostguard-scan-" + count.incrementAndGet(), STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
  }
}
