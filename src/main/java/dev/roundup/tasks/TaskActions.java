package dev.roundup.tasks;

import dev.roundup.slack.MessagePart;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Does what a task says: posts the reminder, or summarizes its channels over the time since the
 * previous run (the schedule's usual period for the first run) and posts the result.
 */
public final class TaskActions {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM, h:mm a", Locale.ENGLISH);

  private final ChannelPoster poster;
  private final ChannelDigest digest;

  TaskActions(ChannelPoster poster, ChannelDigest digest) {
    this.poster = poster;
    this.digest = digest;
  }

  /**
   * @param now     when the run starts
   * @param lateFor the planned time when this run is late (after downtime), else null
   * @return the ts of the (first) message posted
   */
  String perform(Task task, Instant now, Instant lateFor) {
    String late = lateFor == null ? null : "(late: scheduled for " + when(lateFor, now, task) + ")";
    return switch (task.action()) {
      case REMIND -> poster.text(task.destination(), ":alarm_clock: Reminder: " + task.body()
          + (task.ownerId().equals(task.targets().get(0)) ? "" : " _(from <@" + task.ownerId() + ">)_")
          + (late == null ? "" : " " + late));
      case SUMMARIZE, DIGEST -> {
        Instant since = task.lastRunAt() != null ? task.lastRunAt()
            : TaskRunner.firstWindowStart(task.schedule(), lateFor != null ? lateFor : now);
        String window = "since " + when(since, now, task);
        List<MessagePart> parts = digest.render(task.targets(), since, task.body(), window, late);
        yield poster.post(task.destination(), parts);
      }
    };
  }

  /** "9:00 AM" on the same local day, else "Fri 20 Nov, 9:00 AM", in the task's zone. */
  static String when(Instant at, Instant now, Task task) {
    ZonedDateTime local = at.atZone(task.zone());
    boolean sameDay = local.toLocalDate().equals(now.atZone(task.zone()).toLocalDate());
    return (sameDay ? TIME : DAY_TIME).format(local);
  }
}
