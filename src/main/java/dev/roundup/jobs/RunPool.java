package dev.roundup.jobs;

import dev.roundup.threads.WorkThreads;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded pool that runs the items of the instants that fire: a fixed number of threads shared
 * by every firing, so 5,000 tasks due at 9:00 run a few at a time rather than 5,000 at once. An
 * item's work may go on after its thread is free (a post waiting for Slack's limits); the pool
 * tracks every item until that work is over, so shutdown can wait for it. Its threads run behind
 * the acknowledgements at the OS level ({@link WorkThreads}): a burst of runs never slows an ack.
 */
final class RunPool implements AutoCloseable {

  /** What became of one firing's items. */
  record Outcomes(int done, int failed, int handedBack) {}

  private static final Logger log = LoggerFactory.getLogger(RunPool.class);

  private final ThreadPoolExecutor pool;
  private final Set<CompletableFuture<?>> running = ConcurrentHashMap.newKeySet();

  RunPool(int threads) {
    this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), WorkThreads.of("roundup-run-", WorkThreads.Priority.BACKGROUND));
    this.pool.allowCoreThreadTimeOut(true);
  }

  /**
   * Runs {@code work} for each id on the pool; the answer completes when every item's work is over.
   * One item failing never stops the others: it is logged and counted.
   */
  CompletableFuture<Outcomes> runAll(String what, List<Long> ids,
      Function<Long, CompletionStage<?>> work) {
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger handedBack = new AtomicInteger();
    CompletableFuture<?>[] items = new CompletableFuture<?>[ids.size()];
    for (int i = 0; i < items.length; i++) {
      long id = ids.get(i);
      CompletableFuture<Void> item = CompletableFuture.supplyAsync(() -> work.apply(id), pool)
          .thenCompose(stage -> stage)
          .handle((result, error) -> {
            Throwable cause = unwrap(error);
            if (cause == null) {
              done.incrementAndGet();
            } else if (cause instanceof HandedBack) {
              handedBack.incrementAndGet();
            } else {
              failed.incrementAndGet();
              log.error("{} {} failed", what, id, cause);
            }
            return null;
          });
      running.add(item);
      item.whenComplete((v, e) -> running.remove(item));
      items[i] = item;
    }
    return CompletableFuture.allOf(items)
        .thenApply(v -> new Outcomes(done.get(), failed.get(), handedBack.get()));
  }

  /** Items whose work is not over yet (queued, running or waiting to post). */
  int inFlight() {
    running.removeIf(CompletableFuture::isDone);
    return running.size();
  }

  /** Items waiting for a thread of the pool. */
  int queued() {
    return pool.getQueue().size();
  }

  /** Waits until every item's work is over or the time is up; answers whether it all finished. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    CompletableFuture<Void> all = CompletableFuture.allOf(running.toArray(CompletableFuture<?>[]::new));
    try {
      all.get(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      // Each item handles its own failure; nothing to report here.
    }
    running.removeIf(CompletableFuture::isDone);
    return running.isEmpty();
  }

  private static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while (e instanceof CompletionException && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
