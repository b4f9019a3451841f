package dev.roundup.threads;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the daemon threads of one of Roundup's work pools, named {@code prefix + n}, at Java's
 * lowest priority (it reaches Linux only with {@code -XX:ThreadPriorityPolicy=1}: nice 4) and, when
 * the JVM runs with {@code -Droundup.work.renice=true}, at their pool's {@link Priority} as a nice
 * value set by the thread itself when it starts (see {@link OsPriority}). Acknowledgements run on
 * the HTTP server's threads at normal priority, so on a machine whose cores are all busy with
 * Roundup's own work the scheduler runs them first; on an idle machine nothing changes.
 */
public final class WorkThreads implements ThreadFactory {

  /**
   * How far behind the acknowledgements a pool's threads run, as a Linux nice value. Not the
   * lowest there is: every safepoint (each garbage collection) waits for every Java thread, and
   * on a machine busy with other processes a thread at nice 19 can take tens of milliseconds to
   * be given the CPU it needs to get there, while the acknowledging threads wait stopped
   * (measured: the time to reach safepoints tripled beside the same build at normal priority).
   * At nice 10 the work gets about a ninth of the CPU an acknowledgement gets when both want it.
   */
  public enum Priority {
    /** Ingestion and light replies: behind acknowledgements, ahead of summaries (nice 5). */
    BEHIND_ACKS(5),
    /** Summaries, questions, catch-ups, task runs and digests: CPU-bound, last in line (nice 10). */
    BACKGROUND(10);

    private final int nice;

    Priority(int nice) {
      this.nice = nice;
    }

    /** The nice value the pool's threads run at: 0 is normal, 19 the lowest. */
    public int nice() {
      return nice;
    }
  }

  /**
   * The JVM option that turns the OS-level lowering on ({@code -Droundup.work.renice=true}). Off by
   * default: measured on a machine shared with other busy processes, acknowledgements were slower
   * with it, not faster (see the README, "Acknowledgements first").
   */
  public static final String RENICE = "roundup.work.renice";

  private final String prefix;
  private final Priority priority;
  private final boolean renice;
  private final AtomicInteger count = new AtomicInteger();

  private WorkThreads(String prefix, Priority priority, boolean renice) {
    this.prefix = prefix;
    this.priority = priority;
    this.renice = renice;
  }

  /** Threads named {@code prefix + n} at {@code priority}, reniced when {@link #RENICE} is on. */
  public static WorkThreads of(String prefix, Priority priority) {
    return new WorkThreads(prefix, priority, Boolean.getBoolean(RENICE));
  }

  /** The same, reniced or not whatever the JVM option says (tests). */
  static WorkThreads of(String prefix, Priority priority, boolean renice) {
    return new WorkThreads(prefix, priority, renice);
  }

  @Override
  public Thread newThread(Runnable work) {
    // The thread lowers itself as its first act: a nice value is set per thread (by its id on
    // Linux), and only the thread itself knows its id without native code.
    Runnable lowered = renice ? () -> {
      OsPriority.lowerCurrentThread(priority.nice());
      work.run();
    } : work;
    Thread thread = new Thread(lowered, prefix + count.incrementAndGet());
    thread.setDaemon(true);
    // What the JVM passes on to the OS with -XX:ThreadPriorityPolicy=1 (nice 4 on Linux); also
    // shows in thread dumps which threads are work.
    thread.setPriority(Thread.MIN_PRIORITY);
    return thread;
  }
}
