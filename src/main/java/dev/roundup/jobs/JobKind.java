package dev.roundup.jobs;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * One feature's scheduled items (tasks, digests), as the scheduler sees them: instants at which
 * some of them are due. The feature keeps each item's next run in its own table; planning an item
 * is making sure its instant has a trigger, and a firing runs every item due then ({@link
 * DueItems}). Obtained from {@link QuartzScheduler#register}, so a feature can only touch its own
 * instants and different kinds never meet.
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

  /**
   * Makes sure the items due at {@code when} fire then: one trigger per instant, however many
   * items share it (planning the same instant again costs nothing).
   */
  public void scheduleAt(Instant when) {
    scheduler.scheduleAt(name, when);
  }

  /** {@link #scheduleAt} for many instants (imports, benchmarks, the repair sweep). */
  public void scheduleAll(Collection<Instant> instants) {
    scheduler.scheduleAll(name, instants);
  }

  /**
   * Drops the firing at {@code when}: for an instant no item is due at any more (a firing of it
   * would find nothing to run), and for tests that lose a trigger as a failed write would.
   */
  public void unplan(Instant when) {
    scheduler.unplan(name, when);
  }

  /** True when a firing is planned at {@code when} (or running, or being recovered). */
  public boolean isPlanned(Instant when) {
    return scheduler.isPlanned(name, when);
  }

  /** The instants that have a firing planned: what a repair sweep compares with its items. */
  public Set<Instant> planned() {
    return scheduler.planned(name);
  }

  /** This node's id, which the feature stamps on the runs it claims. */
  public String nodeId() {
    return scheduler.nodeId();
  }
}
