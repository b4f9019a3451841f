package dev.roundup.eval;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs an eval's parallel work in a pool of its own size, so a parallel stream inside uses that
 * many threads rather than the common pool's.
 */
final class EvalPool {

  private EvalPool() {}

  static <T> T run(int parallelism, Callable<T> work) {
    ForkJoinPool pool = new ForkJoinPool(parallelism);
    try {
      return pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("eval interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
