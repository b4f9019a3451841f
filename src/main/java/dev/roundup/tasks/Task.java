package dev.roundup.tasks;

import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.Schedules;
import dev.roundup.slack.Destination;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A stored task. {@code nextRunAt} is null once a one-off has run (the task is finished);
 * {@code body} is the reminder text or the summary focus (may be empty); {@code pauseReason} says
 * why Roundup paused it (null when the owner did, or it runs); {@code leftOut} is what its last run
 * had to leave out under the privacy rule (null when nothing); {@code stoppedBy} is the person who
 * stopped a reminder posted in their direct messages by someone else (null when nobody did).
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
    Instant nextRunAt,
    String pauseReason,
    String leftOut,
    String stoppedBy) {

  public Task {
    targets = List.copyOf(targets);
  }

  /** A task nobody it reminds has stopped. */
  public Task(long id, String ownerId, String teamId, ActionKind action, List<String> targets,
      String body, Destination destination, String phrase, String scheduleSpec, ZoneId zone,
      Instant createdAt, boolean paused, int consecutiveFailures, Instant lastRunAt,
      Instant nextRunAt, String pauseReason, String leftOut) {
    this(id, ownerId, teamId, action, targets, body, destination, phrase, scheduleSpec, zone,
        createdAt, paused, consecutiveFailures, lastRunAt, nextRunAt, pauseReason, leftOut, null);
  }

  /**
   * Whether the person this reminder posts to stopped it: while it still reminds them, their stop
   * holds against its owner (no resume, no run now). An owner who changes whom it reminds may
   * resume it.
   */
  public boolean stoppedByWhomItReminds() {
    return stoppedBy != null && remindsSomeoneElse().filter(stoppedBy::equals).isPresent();
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

  /**
   * The person whose DM this reminder posts in when that is not its owner: they may stop it
   * ({@link TaskService#stopByRecipient}); empty for any other task.
   */
  public Optional<String> remindsSomeoneElse() {
    return action == ActionKind.REMIND && destination.kind() == Destination.Kind.DM
        && !destination.channelId().equals(ownerId) ? Optional.of(destination.channelId()) : Optional.empty();
  }

  /** The request this task was made from, for editing. */
  public TaskRequest toRequest() {
    return new TaskRequest(action, targets, body, destination, phrase, schedule());
  }

  /** A new task as asked for, not yet stored. */
  public static Task draft(String ownerId, String teamId, TaskRequest r, Instant createdAt, Instant nextRunAt) {
    Schedule s = r.schedule();
    return new Task(0, ownerId, teamId, r.action(), r.targets(), r.body(), r.destination(), r.phrase(),
        s.spec(), s.zone(), createdAt, false, 0, null, nextRunAt, null, null);
  }
}
