package dev.roundup.app;

import dev.roundup.schedule.FireHandler;
import dev.roundup.schedule.Firing;

/**
 * Routes Quartz firings to the feature that planned them. The Quartz adapter has one id space;
 * tasks use their (positive) ids as they are and digests plan under the negated subscription id
 * (see {@code DigestScheduler}), so the sign tells them apart without the schedule package knowing
 * either feature.
 */
final class ScheduledItems implements FireHandler {

  private final FireHandler tasks;
  private final FireHandler digests;

  ScheduledItems(FireHandler tasks, FireHandler digests) {
    this.tasks = tasks;
    this.digests = digests;
  }

  @Override
  public void fire(Firing firing) {
    if (firing.id() < 0) {
      digests.fire(new Firing(-firing.id(), firing.scheduledFor(), firing.firedAt()));
    } else {
      tasks.fire(firing);
    }
  }
}
