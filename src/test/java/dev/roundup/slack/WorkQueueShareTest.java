package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.threads.CpuShare;
import dev.roundup.threads.WorkThreads;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A work pool kept to a share of a core rests between pieces of work, never during one. */
class WorkQueueShareTest {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long COMPUTED_NANOS = TimeUnit.MILLISECONDS.toNanos(30);

  @Test
  void at_half_a_core_the_next_piece_starts_no_sooner_than_the_last_one_computed()
      throws InterruptedException {
    AtomicLong firstEnded = new AtomicLong();
    AtomicLong secondStarted = new AtomicLong();
    CountDownLatch done = new CountDownLatch(1);
    try (WorkQueue queue = new WorkQueue(1, 10, null,
        WorkThreads.of("share-test-", WorkThreads.Priority.BACKGROUND), new CpuShare(50))) {
      assertThat(queue.submit(() -> {
        compute(COMPUTED_NANOS);
        firstEnded.set(System.nanoTime());
      })).isTrue();
      assertThat(queue.submit(() -> {
        secondStarted.set(System.nanoTime());
        done.countDown();
      })).isTrue();
      assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    }
    // The first piece computed at least 30 ms, so the thread rested at least as long.
    assertThat(secondStarted.get() - firstEnded.get()).isGreaterThanOrEqualTo(COMPUTED_NANOS);
  }

  /** Keeps the calling thread computing until it has used {@code nanos} of CPU. */
  private static void compute(long nanos) {
    long start = THREADS.getCurrentThreadCpuTime();
    long sink = 0;
    while (THREADS.getCurrentThreadCpuTime() - start < nanos) {
      for (int i = 0; i < 10_000; i++) {
        sink += i * 31L ^ sink;
      }
    }
    if (sink == 42) {
      System.out.print("");
    }
  }
}
