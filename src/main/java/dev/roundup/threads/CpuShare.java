package dev.roundup.threads;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps each thread of a work pool to a share of one core: after a piece of work that kept the
 * thread computing for C, the thread rests C × (100 − percent) / percent before it takes the next
 * piece. On a machine with few cores, summaries running flat out keep a core busy, and every
 * acknowledgement that arrives while the other core is also busy waits for the CPU; at half a core
 * the work leaves the acknowledgements twice the room, at the cost of a queue that drains half as
 * fast (beyond it Roundup answers "busy", as before). A piece of work itself is never slowed, so a
 * user asking on a quiet machine waits no longer; only the next piece starts later. The CPU time is
 * the thread's own ({@link ThreadMXBean#getCurrentThreadCpuTime}), so waiting on Slack or the
 * database costs no rest. Where the JVM cannot measure a thread's CPU time, nothing rests.
 */
public final class CpuShare {

  /** The whole core: no rest. */
  public static final CpuShare WHOLE = new CpuShare(100);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final int percent;
  private final boolean measured;
  private final ThreadLocal<long[]> started = ThreadLocal.withInitial(() -> new long[1]);

  /** @param percent of one core each thread may compute for, 1 to 100 */
  public CpuShare(int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("a share of a core is 1 to 100 percent, not " + percent);
    }
    this.percent = percent;
    this.measured = percent < 100 && THREADS.isCurrentThreadCpuTimeSupported();
  }

  public int percent() {
    return percent;
  }

  /** How long to rest after computing for {@code cpuNanos}, in nanoseconds. */
  long restAfter(long cpuNanos) {
    return Math.max(0, cpuNanos) * (100 - percent) / percent;
  }

  /** Called on the pool thread before a piece of work. */
  public void starting() {
    if (measured) {
      started.get()[0] = THREADS.getCurrentThreadCpuTime();
    }
  }

  /**
   * Called on the pool thread after the piece of work: rests as long as its share asks. An
   * interrupt (the pool is being stopped) ends the rest at once and stays set.
   */
  public void finished() {
    if (!measured) {
      return;
    }
    long rest = restAfter(THREADS.getCurrentThreadCpuTime() - started.get()[0]);
    long until = System.nanoTime() + rest;
    for (long left = rest; left > 0 && !Thread.currentThread().isInterrupted();
        left = until - System.nanoTime()) {
      LockSupport.parkNanos(this, left);
    }
  }
}
