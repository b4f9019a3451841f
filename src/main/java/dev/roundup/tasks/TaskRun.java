package dev.roundup.tasks;

import java.time.Instant;

/**
 * One run of a task, as recorded. {@code outcome} is {@code running} while it runs, then
 * {@code ok}, {@code failed}, or {@code refused} (the privacy rule stopped it and the task was
 * paused); {@code scheduledFor} is null for a run started by hand.
 */
public record TaskRun(long taskId, Instant scheduledFor, Instant startedAt, Instant endedAt,
    String outcome, String messageTs, String error) {

  public static final String RUNNING = "running";
  public static final String OK = "ok";
  public static final String FAILED = "failed";
  public static final String REFUSED = "refused";

  public boolean running() {
    return RUNNING.equals(outcome);
  }
}
