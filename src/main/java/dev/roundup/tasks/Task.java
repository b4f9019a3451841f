package dev.roundup.tasks;

import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.Schedules;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A stored task. {@code nextRunAt} is null once a one-off has run (the task is finished);
 * {@code body} is the reminder text or the summary focus (may be empty).
 */
public record Task(
    long id,
    String ownerId,
    String teamId,
    ActionKind action,
    List<String> targets,
    String body,
    Destination destination,
    String phrase,
    String scheduleSpec,
    ZoneId zone,
    Instant createdAt,
    boolean paused,
    int consecutiveFailures,
    Instant lastRunAt,
    Instant nextRunAt) {

  public Task {
    targets = List.copyOf(targets);
  }

  public Schedule schedule() {
    return Schedules.fromSpec(scheduleSpec);
  }

  /** Counts against the per-user limit: neither paused nor finished. */
  public boolean active() {
    return !paused && nextRunAt != null;
  }

  public boolean finished() {
    return nextRunAt == null && !paused;
  }

  /** The request this task was made from, for editing. */
  public TaskRequest toRequest() {
    return new TaskRequest(action, targets, body, destination, phrase, schedule());
  }

  public Task withPaused(boolean value) {
    return new Task(id, ownerId, teamId, action, targets, body, destination, phrase, scheduleSpec,
        zone, createdAt, value, value ? consecutiveFailures : 0, lastRunAt, nextRunAt);
  }
}
