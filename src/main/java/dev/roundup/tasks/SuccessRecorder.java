package dev.roundup.tasks;

import dev.roundup.threads.WorkThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records scheduled runs that posted in batches (group commit): one writer thread takes whatever
 * has finished since its last write and records it in one transaction
 * ({@link TaskRepository#recordScheduledSuccesses}). When runs finish one at a time each is
 * written at once; when 5,000 finish within seconds at 9:00 they share a few dozen commits instead
 * of taking 5,000. A run is over only once its record is committed: the answer completes then.
 */
final class SuccessRecorder implements AutoCloseable {

  /** Most runs in one transaction. */
  static final int MAX_BATCH = 500;
  private static final Logger log = LoggerFactory.getLogger(SuccessRecorder.class);

  private record Pending(TaskRepository.Success success, CompletableFuture<Boolean> planned) {}

  private final TaskRepository tasks;
  private final IntConsumer batchSizes;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closed;

  /** @param batchSizes told the size of each batch written (for the metrics) */
  SuccessRecorder(TaskRepository tasks, IntConsumer batchSizes) {
    this.tasks = tasks;
    this.batchSizes = batchSizes;
    this.writer = WorkThreads.of("roundup-run-records-", WorkThreads.Priority.BEHIND_ACKS)
        .newThread(this::write);
    this.writer.start();
  }

  /** Queues the record; completes with whether the task's next run was planned, once committed. */
  CompletableFuture<Boolean> record(TaskRepository.Success success) {
    CompletableFuture<Boolean> planned = new CompletableFuture<>();
    if (closed) {
      // Stopping: write it here rather than lose it.
      writeNow(List.of(new Pending(success, planned)));
      return planned;
    }
    queue.add(new Pending(success, planned));
    return planned;
  }

  private void write() {
    List<Pending> batch = new ArrayList<>();
    while (!closed || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
      } catch (InterruptedException e) {
        if (queue.isEmpty()) {
          return;
        }
      }
      queue.drainTo(batch, MAX_BATCH - batch.size());
      writeNow(batch);
      batch.clear();
    }
  }

  private void writeNow(List<Pending> batch) {
    try {
      boolean[] planned = tasks.recordScheduledSuccesses(
          batch.stream().map(Pending::success).toList());
      batchSizes.accept(batch.size());
      for (int i = 0; i < planned.length; i++) {
        batch.get(i).planned().complete(planned[i]);
      }
    } catch (RuntimeException e) {
      log.error("Could not record {} task run(s)", batch.size(), e);
      batch.forEach(p -> p.planned().completeExceptionally(e));
    }
  }

  /** Writes what is queued, then stops the writer. */
  @Override
  public void close() {
    closed = true;
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // A record queued as the writer stopped.
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    if (!left.isEmpty()) {
      writeNow(left);
    }
  }
}
