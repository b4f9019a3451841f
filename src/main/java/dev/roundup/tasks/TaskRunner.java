package dev.roundup.tasks;

import dev.roundup.jobs.FireHandler;
import dev.roundup.jobs.Firing;
import dev.roundup.jobs.JobKind;
import dev.roundup.schedule.Schedule;
import dev.roundup.slack.Poster;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.SlackErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task when Quartz says it is due (or when its owner says "run now"). A scheduled run is
 * claimed in the database first ({@link TaskRepository#claimRun}), so a second firing of the same
 * planned run — another node, the repair sweep, a retried trigger — does nothing. The run performs
 * the action, records it, tells the owner about failures (pausing after too many in a row) and
 * about channels the privacy rule left out, pauses a task that can no longer do anything it was
 * asked, and plans the next run. Missed runs are skipped: the next run is the first one after now,
 * so a task due several times during downtime runs once.
 */
public final class TaskRunner implements FireHandler {

  /** A run still marked running after this long was cut short (the node stopped mid-run). */
  static final Duration ABANDONED_AFTER = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

  private final TaskRepository tasks;
  private final TaskActions actions;
  private final Poster poster;
  private final TaskLimits limits;
  private final Clock clock;
  private final Consumer<String> changed;
  private volatile JobKind jobs;

  /** @param changed told the owner's id after each run, so their App Home can be refreshed */
  TaskRunner(TaskRepository tasks, TaskActions actions, Poster poster, TaskLimits limits, Clock clock,
      Consumer<String> changed) {
    this.tasks = tasks;
    this.actions = actions;
    this.poster = poster;
    this.limits = limits;
    this.clock = clock;
    this.changed = changed;
  }

  /** The job kind this runner's firings come from; set once, when the kind is registered. */
  void plannedBy(JobKind jobs) {
    this.jobs = jobs;
  }

  /**
   * Quartz fired a planned run. It runs when it is due by Roundup's clock: a firing ahead of that
   * clock is ignored (in production the two agree; a clock moved by hand, as in the sandbox, runs
   * what is due through {@link #runDue()}).
   */
  @Override
  public void fire(Firing firing) {
    if (firing.scheduledFor().isAfter(clock.instant())) {
      log.debug("Task {} fired for {}, ahead of Roundup's clock ({}); ignored", firing.id(),
          firing.scheduledFor(), clock.instant());
      return;
    }
    runPlanned(firing);
  }

  /** Runs the planned run the firing names, unless it is stale or claimed; answers whether it ran. */
  private boolean runPlanned(Firing firing) {
    Optional<Task> found = tasks.find(firing.id());
    if (found.isEmpty() || found.get().paused()) {
      // Deleted or paused between planning and firing: nothing to do and nothing to plan.
      log.info("Task {} fired but is {}; skipping", firing.id(), found.isEmpty() ? "gone" : "paused");
      return false;
    }
    Task task = found.get();
    Instant planned = firing.scheduledFor().truncatedTo(ChronoUnit.MILLIS);
    if (task.nextRunAt() == null || planned.isBefore(task.nextRunAt().truncatedTo(ChronoUnit.MILLIS))) {
      log.info("Task {} fired for {}, but its next run is {}; skipping", task.id(), planned, task.nextRunAt());
      return false;
    }
    Optional<Long> claim = tasks.claimRun(task.id(), planned, clock.instant());
    if (claim.isEmpty()) {
      alreadyClaimed(task, planned);
      return false;
    }
    boolean late = firing.lateBy(limits.lateAfter());
    run(task, claim.get(), late ? planned : null);
    planNext(task, planned);
    changed.accept(task.ownerId());
    return true;
  }

  /** Runs a task now, by hand; the planned runs stay as they are. */
  public TaskRun runNow(Task task) {
    long runId = tasks.claimRun(task.id(), null, clock.instant()).orElseThrow();
    run(task, runId, null);
    changed.accept(task.ownerId());
    List<TaskRun> runs = tasks.runs(task.id());
    return runs.get(runs.size() - 1);
  }

  /**
   * Runs every task due by Roundup's clock, as if each trigger had fired now: for a clock that is
   * moved by hand (the sandbox's "jump to Friday 16:00") and for tests. Claims keep a run that
   * Quartz fires as well from happening twice. Answers how many ran.
   */
  public int runDue() {
    Instant now = clock.instant();
    int ran = 0;
    for (Map.Entry<Long, Instant> due : tasks.dueBy(now).entrySet()) {
      ran += runPlanned(new Firing(due.getKey(), due.getValue(), now)) ? 1 : 0;
    }
    return ran;
  }

  /**
   * Gives every active task whose next run has no trigger one: a trigger lost between the
   * database write and Quartz's, or dropped by an upgrade. A run of that time that already
   * happened (the node stopped before planning the next) is not repeated: its firing finds the
   * claim and moves the schedule on. Answers how many were repaired.
   */
  public int repairTriggers() {
    JobKind kind = jobs;
    Set<Long> planned = kind.planned();
    int repaired = 0;
    for (Map.Entry<Long, Instant> e : tasks.activeNextRuns().entrySet()) {
      if (!planned.contains(e.getKey())) {
        kind.scheduleAt(e.getKey(), e.getValue());
        repaired++;
      }
    }
    if (repaired > 0) {
      log.info("Planned {} task run(s) that had no trigger", repaired);
    }
    return repaired;
  }

  /**
   * This planned run was claimed before. When that run is over (or was abandoned by a node that
   * stopped), only the next run may be missing: plan it. A run in progress plans its own.
   */
  private void alreadyClaimed(Task task, Instant planned) {
    Optional<TaskRun> run = tasks.runFor(task.id(), planned);
    boolean abandoned = run.isPresent() && run.get().running()
        && run.get().startedAt().plus(ABANDONED_AFTER).isBefore(clock.instant());
    if (run.isPresent() && (!run.get().running() || abandoned)) {
      log.info("Task {} already ran for {}; planning its next run", task.id(), planned);
      planNext(task, planned);
    } else {
      log.info("Task {} is already running for {}; skipping this firing", task.id(), planned);
    }
  }

  /** Performs, records and reacts to the outcome. */
  private void run(Task task, long runId, Instant lateFor) {
    Instant started = clock.instant();
    try {
      TaskActions.Outcome outcome = actions.perform(task, started, lateFor);
      // A run that cannot go ahead says everything in the pause message.
      tellLeftOut(task, outcome.leftOut(), outcome.pauseReason() == null);
      if (outcome.pauseReason() != null) {
        tasks.finishRun(runId, clock.instant(), TaskRun.REFUSED, null, outcome.pauseReason());
        pauseForAccess(task, outcome.pauseReason());
        return;
      }
      tasks.finishRun(runId, clock.instant(), TaskRun.OK, outcome.ts(), null);
      tasks.recordOutcome(task.id(), true, started);
    } catch (SlackCallException e) {
      log.warn("Task {} of {} failed: {}", task.id(), task.ownerId(), e.getMessage());
      failed(task, runId, started, SlackErrors.explain(e), e.error());
    } catch (RuntimeException e) {
      log.error("Task {} of {} failed", task.id(), task.ownerId(), e);
      failed(task, runId, started, "Something went wrong on my side; it has been logged.", e.toString());
    }
  }

  private void failed(Task task, long runId, Instant started, String why, String error) {
    tasks.finishRun(runId, clock.instant(), TaskRun.FAILED, null, error);
    int failures = tasks.recordOutcome(task.id(), false, started);
    String message = ":warning: Your " + what(task) + " failed: " + why;
    if (failures >= limits.failuresBeforePause()) {
      tasks.pause(task.id(), "it failed " + failures + " times in a row (" + why + ")");
      jobs.unschedule(task.id());
      message += "\n:double_vertical_bar: It failed " + failures + " times in a row, so I paused it. "
          + "Fix the cause, then `/task resume " + task.id() + "`.";
    }
    tell(task.ownerId(), message);
  }

  /** The owner may no longer have this run's channels read or posted where it says: pause it. */
  private void pauseForAccess(Task task, String reason) {
    tasks.pause(task.id(), reason);
    jobs.unschedule(task.id());
    tell(task.ownerId(), ":double_vertical_bar: I paused your " + what(task) + ": " + reason
        + "\nOnce that's fixed, `/task resume " + task.id() + "` starts it again.");
  }

  /** Tells the owner which channels were left out, when that changed since the last run. */
  private void tellLeftOut(Task task, List<String> leftOut, boolean tell) {
    String now = leftOut.isEmpty() ? null : String.join("\n", leftOut);
    if (Objects.equals(now, task.leftOut())) {
      return;
    }
    tasks.setLeftOut(task.id(), now);
    if (now != null && tell) {
      tell(task.ownerId(), ":information_source: Your " + what(task) + " ran without some of its "
          + "channels:\n" + now);
    }
  }

  /** Plans the run after {@code planned}, unless the task was edited or paused meanwhile. */
  private void planNext(Task task, Instant planned) {
    Instant from = max(planned, clock.instant());
    Optional<Instant> next = task.schedule().nextAfter(from.atZone(task.zone()))
        .map(ZonedDateTime::toInstant).map(i -> i.truncatedTo(ChronoUnit.MILLIS));
    if (tasks.advance(task.id(), task.scheduleSpec(), next.orElse(null))) {
      next.ifPresent(n -> jobs.scheduleAt(task.id(), n));
    }
  }

  private void tell(String ownerId, String text) {
    try {
      poster.dm(ownerId, text);
    } catch (SlackCallException e) {
      log.warn("Could not tell {} about their task: {}", ownerId, e.getMessage());
    }
  }

  private static String what(Task task) {
    return "task " + task.id() + " (" + task.toRequest().describeAction(task.ownerId()) + ")";
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
