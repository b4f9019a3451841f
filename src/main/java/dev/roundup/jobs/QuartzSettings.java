package dev.roundup.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;

/**
 * How Quartz runs on Roundup's database.
 *
 * @param threads          Quartz worker threads: instants whose firings run at once (each firing
 *                         hands its items to the run pool and waits for them)
 * @param runThreads       the run pool: items (task runs, digests) running at once on this node
 * @param clustered        true when several nodes share one PostgreSQL database
 * @param postgres         picks Quartz's PostgreSQL delegate (bytea) instead of the standard one
 * @param misfireThreshold how late a trigger may be before Quartz treats it as misfired
 * @param checkinInterval  how often a clustered node tells the others it is alive; a node silent
 *                         for this long plus 7.5 s is taken for dead and its firings are re-run
 * @param nodeId           this process's id in the cluster, stamped on the runs it claims
 */
public record QuartzSettings(int threads, int runThreads, boolean clustered, boolean postgres,
    Duration misfireThreshold, Duration checkinInterval, String nodeId) {

  public static final String SCHEDULER_NAME = "roundup";
  /** Quartz's own default check-in interval. */
  public static final Duration DEFAULT_CHECKIN = Duration.ofMillis(7_500);
  /**
   * The node id of a scheduler that is not clustered. It stays the same across restarts, because
   * a lone node recovers, at start-up, the firings it was running when it stopped by this id.
   */
  public static final String SINGLE_NODE = "single";

  /** {@code threads} Quartz and run-pool threads, Quartz's default check-in, a fresh node id. */
  public QuartzSettings(int threads, boolean clustered, boolean postgres, Duration misfireThreshold) {
    this(threads, threads, clustered, postgres, misfireThreshold, DEFAULT_CHECKIN, nodeId(clustered));
  }

  public QuartzSettings {
    if (threads < 1 || runThreads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (clustered && !postgres) {
      // Embedded H2 cannot be shared between processes, so a cluster on it would be a lie.
      throw new IllegalArgumentException("a clustered scheduler needs PostgreSQL");
    }
    if (nodeId == null || nodeId.isBlank() || nodeId.length() > 120) {
      throw new IllegalArgumentException("a node id is 1 to 120 characters");
    }
  }

  /**
   * A node id: {@link #SINGLE_NODE} unless clustered; in a cluster, unique per process (host,
   * process id and a random part), since two live nodes with one id would share one set of
   * Quartz's records, and a restarted node must not be mistaken for the one that died.
   */
  public static String nodeId(boolean clustered) {
    if (!clustered) {
      return SINGLE_NODE;
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    host = host.length() > 60 ? host.substring(0, 60) : host;
    return host + "-" + ProcessHandle.current().pid() + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }
}
