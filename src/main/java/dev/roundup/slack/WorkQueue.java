package dev.roundup.slack;

import dev.roundup.store.Workspace;
import dev.roundup.store.ProcessedEvents;
import dev.roundup.threads.WorkThreads;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded pool that does listener work after the ack. Events are claimed by id in the database
 * before they run, so a retried or duplicated delivery does nothing; the claim happens on the pool,
 * not on the request thread, so acks stay fast. Its threads run behind the acknowledgements at the
 * OS level ({@link WorkThreads}).
 */
public final class WorkQueue implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WorkQueue.class);

  private final ThreadPoolExecutor pool;
  private final ProcessedEvents processed;

  /** The pool of light work (replies, Home refreshes): behind the acks, ahead of summaries. */
  public WorkQueue(int threads, int capacity, ProcessedEvents processed) {
    this(threads, capacity, processed, WorkThreads.of("roundup-work-", WorkThreads.Priority.BEHIND_ACKS));
  }

  /** @param threadFactory names the pool's threads and sets how far behind the acks they run */
  public WorkQueue(int threads, int capacity, ProcessedEvents processed, ThreadFactory threadFactory) {
    this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(capacity), threadFactory);
    this.pool.allowCoreThreadTimeOut(true);
    this.processed = processed;
  }

  /**
   * Runs the work once per event id.
   *
   * @return false when the pool is full (the caller tells the user Roundup is busy)
   */
  public boolean submitOnce(String eventId, Runnable work) {
    return submit(() -> {
      if (eventId == null || processed.claim(eventId)) {
        work.run();
      } else {
        log.info("Event {} already handled; ignoring the repeat delivery", eventId);
      }
    });
  }

  /** Work waiting for a thread (what {@code /metrics} shows as the work queue's depth). */
  public int queued() {
    return pool.getQueue().size();
  }

  /** Work running now. */
  public int active() {
    return pool.getActiveCount();
  }

  /** Runs the work, for the workspace current now; false when the pool is full. */
  public boolean submit(Runnable work) {
    try {
      pool.execute(Workspace.bound(() -> {
        try {
          work.run();
        } catch (RuntimeException e) {
          log.error("Background work failed", e);
        }
      }));
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /**
   * Takes no more work and waits, up to {@code timeout}, for what was accepted to finish (a
   * graceful stop). Answers how much was still queued or running when the time ran out: work for
   * requests Slack has already had acknowledged, which is logged, as it is not redelivered.
   */
  public int drain(java.time.Duration timeout) throws InterruptedException {
    pool.shutdown();
    if (pool.awaitTermination(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
      return 0;
    }
    int left = pool.getQueue().size() + pool.getActiveCount();
    log.warn("Stopping with {} piece(s) of acknowledged work not done", left);
    return left;
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
