package dev.roundup.threads;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the daemon threads of one of Roundup's work pools, named {@code prefix + n}, each running
 * at its pool's {@link Priority}: Java's lowest priority, and, on Linux, the nice value of the
 * priority set on the thread itself when it starts (see {@link OsPriority}). Acknowledgements run
 * on the HTTP server's threads at normal priority, so on a machine whose cores are all busy the
 * scheduler runs them first and the work takes what is left; on an idle machine nothing changes.
 */
public final class WorkThreads implements ThreadFactory {

  /** How far behind the acknowledgements a pool's threads run, as a Linux nice value. */
  public enum Priority {
    /** Ingestion and light replies: behind acknowledgements, ahead of summaries (nice 10). */
    BEHIND_ACKS(10),
    /** Summaries, questions, catch-ups, task runs and digests: CPU-bound, last in line (nice 19). */
    BACKGROUND(19);

    private final int nice;

    Priority(int nice) {
      this.nice = nice;
    }

    /** The nice value the pool's threads run at: 0 is normal, 19 the lowest. */
    public int nice() {
      return nice;
    }
  }

  private final String prefix;
  private final Priority priority;
  private final AtomicInteger count = new AtomicInteger();

  private WorkThreads(String prefix, Priority priority) {
    this.prefix = prefix;
    this.priority = priority;
  }

  /** Threads named {@code prefix + n} at {@code priority}. */
  public static WorkThreads of(String prefix, Priority priority) {
    return new WorkThreads(prefix, priority);
  }

  @Override
  public Thread newThread(Runnable work) {
    // The thread lowers itself as its first act: a nice value is set per thread (by its id on
    // Linux), and only the thread itself knows its id without native code.
    Thread thread = new Thread(() -> {
      OsPriority.lowerCurrentThread(priority.nice());
      work.run();
    }, prefix + count.incrementAndGet());
    thread.setDaemon(true);
    // What the JVM passes on to the OS with -XX:ThreadPriorityPolicy=1 (nice 4 on Linux); also
    // shows in thread dumps which threads are work.
    thread.setPriority(Thread.MIN_PRIORITY);
    return thread;
  }
}
