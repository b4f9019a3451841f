package dev.roundup.tasks;

import java.time.Instant;

/**
 * One run of a task, as recorded. {@code outcome} is {@code ok} or {@code failed};
 * {@code scheduledFor} is null for a run started by hand.
 */
public record TaskRun(long taskId, Instant scheduledFor, Instant startedAt, Instant endedAt,
    String outcome, String messageTs, String error) {

  public static final String OK = "ok";
  public static final String FAILED = "failed";
}
