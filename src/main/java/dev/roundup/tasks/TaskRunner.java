package dev.roundup.tasks;

import dev.roundup.schedule.FireHandler;
import dev.roundup.schedule.Firing;
import dev.roundup.schedule.QuartzScheduler;
import dev.roundup.schedule.Schedule;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.SlackErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task when Quartz says it is due (or when its owner says "run now"): performs the action,
 * records the run, tells the owner about failures (pausing the task after too many in a row), and
 * plans the next run from the schedule. Missed runs are skipped: the next run is the first one
 * after now, so a task that was due several times during downtime runs once.
 */
public final class TaskRunner implements FireHandler {

  private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

  private final TaskRepository tasks;
  private final TaskActions actions;
  private final ChannelPoster poster;
  private final QuartzScheduler scheduler;
  private final TaskLimits limits;
  private final Clock clock;
  private final Consumer<String> changed;

  /** @param changed told the owner's id after each run, so their App Home can be refreshed */
  public TaskRunner(TaskRepository tasks, TaskActions actions, ChannelPoster poster,
      QuartzScheduler scheduler, TaskLimits limits, Clock clock, Consumer<String> changed) {
    this.tasks = tasks;
    this.actions = actions;
    this.poster = poster;
    this.scheduler = scheduler;
    this.limits = limits;
    this.clock = clock;
    this.changed = changed;
  }

  @Override
  public void fire(Firing firing) {
    Optional<Task> found = tasks.find(firing.id());
    if (found.isEmpty() || found.get().paused()) {
      // Deleted or paused between planning and firing: nothing to do and nothing to plan.
      log.info("Task {} fired but is {}; skipping", firing.id(), found.isEmpty() ? "gone" : "paused");
      return;
    }
    Task task = found.get();
    boolean late = firing.lateBy(limits.lateAfter());
    Task after = run(task, firing.scheduledFor(), late ? firing.scheduledFor() : null);
    if (!after.paused()) {
      Instant from = max(firing.scheduledFor(), clock.instant());
      Optional<ZonedDateTime> next = task.schedule().nextAfter(from.atZone(task.zone()));
      after = withNextRun(after, next.map(ZonedDateTime::toInstant).orElse(null));
      next.ifPresent(n -> scheduler.scheduleAt(task.id(), n.toInstant()));
    }
    tasks.update(after);
    changed.accept(task.ownerId());
  }

  /** Runs a task now, by hand; the planned runs stay as they are. */
  public TaskRun runNow(Task task) {
    Task after = run(task, null, null);
    tasks.update(after);
    changed.accept(task.ownerId());
    List<TaskRun> runs = tasks.runs(task.id());
    return runs.get(runs.size() - 1);
  }

  /** Performs, records and reacts to failure; returns the task with its new counters. */
  private Task run(Task task, Instant scheduledFor, Instant lateFor) {
    Instant started = clock.instant();
    try {
      String ts = actions.perform(task, started, lateFor);
      tasks.recordRun(new TaskRun(task.id(), scheduledFor, started, clock.instant(), TaskRun.OK, ts, null));
      return withCounters(task, started, 0, false);
    } catch (SlackCallException e) {
      log.warn("Task {} of {} failed: {}", task.id(), task.ownerId(), e.getMessage());
      return failed(task, scheduledFor, started, SlackErrors.explain(e), e.error());
    } catch (RuntimeException e) {
      log.error("Task {} of {} failed", task.id(), task.ownerId(), e);
      return failed(task, scheduledFor, started,
          "Something went wrong on my side; it has been logged.", e.toString());
    }
  }

  private Task failed(Task task, Instant scheduledFor, Instant started, String why, String error) {
    tasks.recordRun(new TaskRun(task.id(), scheduledFor, started, clock.instant(), TaskRun.FAILED, null, error));
    int failures = task.consecutiveFailures() + 1;
    boolean pause = failures >= limits.failuresBeforePause();
    String what = "task " + task.id() + " (" + task.toRequest().describeAction(task.ownerId()) + ")";
    String message = ":warning: Your " + what + " failed: " + why;
    if (pause) {
      scheduler.unschedule(task.id());
      message += "\n:double_vertical_bar: It failed " + failures + " times in a row, so I paused it. "
          + "Fix the cause, then `/task resume " + task.id() + "`.";
    }
    tell(task.ownerId(), message);
    return withCounters(task, started, failures, pause);
  }

  private void tell(String ownerId, String text) {
    try {
      poster.text(Destination.dm(ownerId), text);
    } catch (SlackCallException e) {
      log.warn("Could not tell {} about a failed task: {}", ownerId, e.getMessage());
    }
  }

  private static Task withCounters(Task t, Instant ranAt, int failures, boolean paused) {
    return new Task(t.id(), t.ownerId(), t.teamId(), t.action(), t.targets(), t.body(), t.destination(),
        t.phrase(), t.scheduleSpec(), t.zone(), t.createdAt(), paused || t.paused(), failures, ranAt,
        t.nextRunAt());
  }

  private static Task withNextRun(Task t, Instant next) {
    return new Task(t.id(), t.ownerId(), t.teamId(), t.action(), t.targets(), t.body(), t.destination(),
        t.phrase(), t.scheduleSpec(), t.zone(), t.createdAt(), t.paused(), t.consecutiveFailures(),
        t.lastRunAt(), next);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The start of the window a summary covers when there is no previous run. */
  static Instant firstWindowStart(Schedule schedule, Instant runAt) {
    Duration period = schedule.typicalPeriod();
    return runAt.minus(period.isZero() ? Duration.ofDays(1) : period);
  }
}
