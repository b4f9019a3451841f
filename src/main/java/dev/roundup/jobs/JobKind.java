package dev.roundup.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One feature's scheduled items (tasks, digests): plans and cancels their runs in the shared
 * scheduler. Obtained from {@link QuartzScheduler#register}, so a feature can only touch its own
 * items and ids of different kinds never meet.
 */
public final class JobKind {

  private final String name;
  private final QuartzScheduler scheduler;

  JobKind(String name, QuartzScheduler scheduler) {
    this.name = name;
    this.scheduler = scheduler;
  }

  public String name() {
    return name;
  }

  /** Runs item {@code id} once at {@code when}, replacing any run already planned for it. */
  public void scheduleAt(long id, Instant when) {
    scheduler.scheduleAt(name, id, when);
  }

  /** {@link #scheduleAt} for many items in one transaction (imports, benchmarks). */
  public void scheduleAll(Map<Long, Instant> runs) {
    scheduler.scheduleAll(name, runs);
  }

  /** Forgets item {@code id}'s planned run, if any. */
  public void unschedule(long id) {
    scheduler.unschedule(name, id);
  }

  /** When item {@code id} is next planned to run, if it is planned at all. */
  public Optional<Instant> nextFireTime(long id) {
    return scheduler.nextFireTime(name, id);
  }

  /** The ids that have a run planned (what a repair sweep compares with the feature's own table). */
  public Set<Long> planned() {
    return scheduler.planned(name);
  }
}
