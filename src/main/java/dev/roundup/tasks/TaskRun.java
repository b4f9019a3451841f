package dev.roundup.tasks;

import java.time.Instant;

/**
 * One run of a task, as recorded. {@code outcome} is {@code running} while it runs, then
 * {@code ok}, {@code failed}, or {@code refused} (the privacy rule stopped it and the task was
 * paused); {@code scheduledFor} is null for a run started by hand. {@code id} is the run's own id
 * (the key its message carries), {@code claimedBy} the node that claimed it.
 */
public record TaskRun(long taskId, Instant scheduledFor, Instant startedAt, Instant endedAt,
    String outcome, String messageTs, String error, long id, String claimedBy) {

  public static final String RUNNING = "running";
  public static final String OK = "ok";
  public static final String FAILED = "failed";
  public static final String REFUSED = "refused";

  public boolean running() {
    return RUNNING.equals(outcome);
  }

  /** The key the run's first message carries, so Slack can tell later whether it went out. */
  public String key() {
    return key(id);
  }

  static String key(long runId) {
    return "task-run-" + runId;
  }
}
