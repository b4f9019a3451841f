package dev.roundup.tasks;

import dev.roundup.store.Workspace;
import dev.roundup.jobs.FireHandler;
import dev.roundup.jobs.Firing;
import dev.roundup.jobs.HandedBack;
import dev.roundup.jobs.JobKind;
import dev.roundup.schedule.Schedule;
import dev.roundup.slack.Destination;
import dev.roundup.slack.OutboundQueue;
import dev.roundup.slack.PostedCheck;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task when its instant fires (or when its owner says "run now"). A scheduled run is
 * claimed in the database first ({@link TaskRuns#claim}), so a second firing of the same
 * planned run — another node, the repair sweep, a retried trigger — does nothing. The run performs
 * the action (its post waits its turn in the outbound queue, holding no thread), records it, tells
 * the owner about failures (pausing after too many in a row) and about channels the privacy rule
 * left out, pauses a task that can no longer do anything it was asked, and plans the next run.
 * Missed runs are skipped: the next run is the first one after now, so a task due several times
 * during downtime runs once.
 *
 * <p>When a node dies mid-run, the node that re-runs its instant takes over the runs that node
 * claimed and did not finish: it asks Slack whether the run's message went out (its first message
 * carries the run's key) and records it if so, else runs it. When Roundup stops before a claimed
 * run's post went out, the claim is released and the run handed back to be fired again.
 */
public final class TaskRunner implements FireHandler {

  /** A run still marked running after this long was cut short (the node stopped mid-run). */
  static final Duration ABANDONED_AFTER = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);
  private static final CompletableFuture<Void> NOTHING = CompletableFuture.completedFuture(null);
  private static final CompletableFuture<Boolean> DID_NOT_RUN = CompletableFuture.completedFuture(false);

  private final TaskRepository tasks;
  private final TaskActions actions;
  private final OutboundQueue outbound;
  private final PostedCheck posted;
  private final TaskLimits limits;
  private final Clock clock;
  private final Consumer<String> changed;
  private final Consumer<String> ran;
  private final SuccessRecorder recorder;
  private final TaskMetrics metrics;
  private volatile JobKind jobs;

  /**
   * @param changed told the owner's id after a run by hand, so their App Home can be refreshed
   * @param ran     told the owner's id after each scheduled run (the same, unhurried)
   */
  TaskRunner(TaskRepository tasks, TaskActions actions, OutboundQueue outbound, PostedCheck posted,
      TaskLimits limits, Clock clock, Consumer<String> changed, Consumer<String> ran,
      SuccessRecorder recorder, TaskMetrics metrics) {
    this.tasks = tasks;
    this.actions = actions;
    this.outbound = outbound;
    this.posted = posted;
    this.limits = limits;
    this.clock = clock;
    this.changed = changed;
    this.ran = ran;
    this.recorder = recorder;
    this.metrics = metrics;
  }

  /** The job kind this runner's firings come from; set once, when the kind is registered. */
  void plannedBy(JobKind jobs) {
    this.jobs = jobs;
  }

  /**
   * Quartz fired a planned run. It runs when it is due by Roundup's clock: a firing ahead of that
   * clock is ignored (in production the two agree; a clock moved by hand, as in the sandbox, runs
   * what is due through {@link #runDue()}). "Ahead" allows {@link Firing#EARLY_FIRING}, as Quartz fires a
   * trigger a few milliseconds before its time: a burst fired 2 ms early must not be dropped.
   */
  @Override
  public CompletionStage<?> fire(Firing firing) {
    if (Firing.ahead(firing.scheduledFor(), clock)) {
      log.debug("Task {} fired for {}, ahead of Roundup's clock ({}); ignored", firing.id(),
          firing.scheduledFor(), clock.instant());
      return NOTHING;
    }
    return runPlanned(firing, ran);
  }

  /**
   * A firing of an instant claims the runs of every task due then at once, in a few statements
   * ({@link TaskRuns#claimDue}), and reads their tasks with them: at 9:00 that replaces two
   * round trips per run with a handful for all 5,000. Each claimed run then goes ahead as {@link
   * #fire} would after its own claim. A task the batch did not claim (claimed before, no longer
   * due, lost to another node, a recovery's dead claims) goes through {@link #fire}, which settles
   * it one at a time. The firings of one call share their instant.
   */
  @Override
  public Function<Firing, CompletionStage<?>> prepare(List<Firing> firings) {
    if (firings.isEmpty() || Firing.ahead(firings.get(0).scheduledFor(), clock)) {
      return this::fire;
    }
    Map<Long, TaskRuns.ClaimedRun> claimed = tasks.runs().claimDue(
        firings.stream().map(Firing::id).toList(), firings.get(0).scheduledFor(), clock.instant(),
        jobs.nodeId());
    return firing -> {
      TaskRuns.ClaimedRun run = claimed.get(firing.id());
      return run == null ? fire(firing) : runClaimed(run, firing, ran);
    };
  }

  /** Runs a planned run this node has just claimed; {@code after} is told the owner's id once it is over. */
  private CompletionStage<Boolean> runClaimed(TaskRuns.ClaimedRun claim, Firing firing,
      Consumer<String> after) {
    Task task = claim.task();
    Instant planned = firing.scheduledFor().truncatedTo(ChronoUnit.MILLIS);
    Instant late = firing.lateBy(limits.lateAfter()) ? planned : null;
    // A firing's batch claims tasks of every workspace; each runs in its own, with its own token.
    return Workspace.call(task.teamId(), () -> run(task, claim.runId(), late, planned)).thenApply(v -> {
      tellOwner(after, task);
      return true;
    });
  }

  /**
   * Tells {@code after} the owner's id in the task's workspace. A run is over once its record is
   * committed, on the record writer's thread, which works for every workspace and belongs to none:
   * a listener told there would publish the owner's Home with no workspace's token.
   */
  private static void tellOwner(Consumer<String> after, Task task) {
    Workspace.run(task.teamId(), () -> after.accept(task.ownerId()));
  }

  /**
   * Runs the planned run the firing names, unless it is stale or claimed (or takes over a dead
   * node's claim of it). Completes, once the run's post is over, with whether it ran; {@code after}
   * is told the owner's id then.
   */
  private CompletionStage<Boolean> runPlanned(Firing firing, Consumer<String> after) {
    Optional<Task> found = tasks.find(firing.id());
    if (found.isEmpty() || found.get().paused()) {
      // Deleted or paused between planning and firing: nothing to do and nothing to plan.
      log.info("Task {} fired but is {}; skipping", firing.id(), found.isEmpty() ? "gone" : "paused");
      return DID_NOT_RUN;
    }
    // The run reads, posts and records in its task's workspace, with that workspace's token.
    return Workspace.call(found.get().teamId(), () -> runPlanned(found.get(), firing, after));
  }

  private CompletionStage<Boolean> runPlanned(Task task, Firing firing, Consumer<String> after) {
    Instant planned = firing.scheduledFor().truncatedTo(ChronoUnit.MILLIS);
    if (task.nextRunAt() == null || planned.isBefore(task.nextRunAt().truncatedTo(ChronoUnit.MILLIS))) {
      log.info("Task {} fired for {}, but its next run is {}; skipping", task.id(), planned, task.nextRunAt());
      return DID_NOT_RUN;
    }
    Optional<Long> claim = tasks.runs().claim(task.id(), planned, clock.instant(), jobs.nodeId());
    if (claim.isPresent()) {
      return runClaimed(new TaskRuns.ClaimedRun(claim.get(), task), firing, after);
    }
    Instant late = firing.lateBy(limits.lateAfter()) ? planned : null;
    Optional<TaskRun> run = tasks.runs().planned(task.id(), planned);
    if (firing.recovering() && run.isPresent() && run.get().running()
        && firing.recoveredFrom().equals(run.get().claimedBy())) {
      return takeOver(task, run.get(), firing, late, after);
    }
    alreadyClaimed(task, planned, run);
    return DID_NOT_RUN;
  }

  /** Runs a task now, by hand; the planned runs stay as they are. Returns once it is posted. */
  public TaskRun runNow(Task task) {
    return Workspace.call(task.teamId(), () -> runNowInItsWorkspace(task));
  }

  private TaskRun runNowInItsWorkspace(Task task) {
    long runId = tasks.runs().claim(task.id(), null, clock.instant(), jobs.nodeId()).orElseThrow();
    run(task, runId, null, null).join();
    changed.accept(task.ownerId());
    List<TaskRun> runs = tasks.runs().of(task.id());
    return runs.get(runs.size() - 1);
  }

  /**
   * Runs every task due by Roundup's clock, as if its instant had fired on time: for a clock that is
   * moved by hand (the sandbox's "jump to Friday 16:00") and for tests. Claims keep a run that
   * Quartz fires as well from happening twice. Answers how many ran.
   */
  public int runDue() {
    Instant now = clock.instant();
    int ran = 0;
    for (Map.Entry<Long, Instant> due : tasks.dueBy(now).entrySet()) {
      // The Home is refreshed at once (not gathered as after a burst): someone moved the clock
      // and is looking.
      try {
        // Fired as at its own time: the clock was moved past it by hand (the sandbox, a test),
        // which stands for time passing, not for Roundup having been down; the run is not late.
        ran += runPlanned(new Firing(due.getKey(), due.getValue(), due.getValue()), changed)
            .toCompletableFuture().join() ? 1 : 0;
      } catch (CompletionException e) {
        log.warn("Task {} could not be run now", due.getKey(), e.getCause());
      }
    }
    return ran;
  }

  /**
   * Plans every instant at which an active task is due and which has no trigger: a trigger lost
   * between the database write and Quartz's, or dropped by an upgrade. A run of that time that
   * already happened (the node stopped before planning the next) is not repeated: its firing finds
   * the claim and moves the schedule on. Answers how many instants were planned.
   */
  public int repairTriggers() {
    JobKind kind = jobs;
    Set<Instant> missing = tasks.activeRunInstants();
    missing.removeAll(kind.planned());
    kind.scheduleAll(missing);
    if (!missing.isEmpty()) {
      log.info("Planned {} task instant(s) that had no trigger", missing.size());
    }
    return missing.size();
  }

  /**
   * This planned run was claimed before. When that run is over (or was abandoned by a node that
   * stopped), only the next run may be missing: plan it. A run in progress plans its own.
   */
  private void alreadyClaimed(Task task, Instant planned, Optional<TaskRun> run) {
    boolean abandoned = run.isPresent() && run.get().running()
        && run.get().startedAt().plus(ABANDONED_AFTER).isBefore(clock.instant());
    if (run.isPresent() && (!run.get().running() || abandoned)) {
      log.info("Task {} already ran for {}; planning its next run", task.id(), planned);
      planNext(task, planned);
    } else {
      log.info("Task {} is already running for {}; skipping this firing", task.id(), planned);
    }
  }

  /**
   * The node that claimed this run died before recording it. Slack says whether its message went
   * out: if so, the run is recorded as it was; if not, it runs now, under the same claim (and key).
   */
  private CompletionStage<Boolean> takeOver(Task task, TaskRun dead, Firing firing, Instant late,
      Consumer<String> after) {
    if (!tasks.runs().takeOver(dead.id(), dead.claimedBy(), jobs.nodeId(), clock.instant())) {
      return DID_NOT_RUN; // another node took it over first
    }
    Optional<String> ts;
    try {
      ts = posted.find(task.destination(), dead.key(), dead.startedAt());
    } catch (SlackCallException e) {
      // Unknown whether it went out: the claim stays running; the owner may run it by hand.
      log.warn("Task {}: could not check with Slack whether node {}'s run went out ({}); leaving it",
          task.id(), dead.claimedBy(), e.getMessage());
      return DID_NOT_RUN;
    }
    if (ts.isPresent()) {
      log.info("Task {}'s run for {} was posted by node {} before it stopped; recording it", task.id(),
          dead.scheduledFor(), firing.recoveredFrom());
      return posted(task, dead.id(), dead.startedAt(), ts.get(), null, dead.scheduledFor())
          .thenApply(v -> {
            tellOwner(after, task);
            return true;
          });
    }
    log.info("Task {}'s run for {} had not been posted when node {} stopped; running it", task.id(),
        dead.scheduledFor(), firing.recoveredFrom());
    return run(task, dead.id(), late, dead.scheduledFor()).thenApply(v -> {
      tellOwner(after, task);
      return true;
    });
  }

  /**
   * Performs, then records and reacts to the outcome once its post is over; for a scheduled run
   * ({@code planned} not null) plans the next one too. Completes with {@link HandedBack} when
   * Roundup stopped before anything was posted (the claim is released, nothing is planned).
   */
  private CompletableFuture<Void> run(Task task, long runId, Instant lateFor, Instant planned) {
    Instant started = clock.instant();
    if (planned != null) {
      metrics.started(Duration.between(planned, started));
    }
    TaskActions.Outcome outcome;
    try {
      outcome = actions.perform(task, started, lateFor, TaskRun.key(runId));
    } catch (SlackCallException e) {
      log.warn("Task {} of {} failed: {}", task.id(), task.ownerId(), e.getMessage());
      failed(task, runId, started, SlackErrors.explain(e), e.error());
      planNext(task, planned);
      return NOTHING;
    } catch (RuntimeException e) {
      log.error("Task {} of {} failed", task.id(), task.ownerId(), e);
      failed(task, runId, started, "Something went wrong on my side; it has been logged.", e.toString());
      planNext(task, planned);
      return NOTHING;
    }
    // A run that cannot go ahead says everything in the pause message.
    tellLeftOut(task, outcome.leftOut(), outcome.pauseReason() == null);
    if (outcome.pauseReason() != null) {
      tasks.runs().finish(runId, clock.instant(), TaskRun.REFUSED, null, outcome.pauseReason());
      metrics.ended(TaskRun.REFUSED);
      return pauseForAccess(task, outcome.pauseReason());
    }
    return outcome.posted()
        .handle((ts, error) -> afterPost(task, runId, started, planned, ts, error))
        .thenCompose(recorded -> recorded);
  }

  /** Records and reacts to how a run's post went; completes once the record is committed. */
  private CompletableFuture<Void> afterPost(Task task, long runId, Instant started, Instant planned,
      String ts, Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null
        ? error.getCause() : error;
    if (cause == null) {
      return posted(task, runId, started, ts, null, planned);
    }
    if (cause instanceof OutboundQueue.NotSent notSent) {
      if (notSent.firstTs().isEmpty()) {
        tasks.runs().release(runId);
        metrics.ended(TaskMetrics.HANDED_BACK);
        return CompletableFuture.failedFuture(
            new HandedBack("task " + task.id() + " was not posted before Roundup stopped"));
      }
      return posted(task, runId, started, notSent.firstTs().get(),
          "cut short: Roundup stopped before every part was posted", planned);
    }
    if (cause instanceof SlackCallException e) {
      log.warn("Task {} of {} failed: {}", task.id(), task.ownerId(), e.getMessage());
      failed(task, runId, started, SlackErrors.explain(e), e.error());
    } else {
      log.error("Task {} of {} failed", task.id(), task.ownerId(), cause);
      failed(task, runId, started, "Something went wrong on my side; it has been logged.",
          cause.toString());
    }
    planNext(task, planned);
    return NOTHING;
  }

  /**
   * Records a run whose message went out; a scheduled one also plans the next, in the same commit
   * as other runs that ended meanwhile ({@link SuccessRecorder}). Completes once it is recorded.
   */
  private CompletableFuture<Void> posted(Task task, long runId, Instant started, String ts, String note,
      Instant planned) {
    metrics.ended(TaskRun.OK);
    if (planned == null) {
      tasks.runs().finish(runId, clock.instant(), TaskRun.OK, ts, note);
      tasks.recordOutcome(task.id(), true, started);
      return NOTHING;
    }
    Optional<Instant> next = nextAfter(task, planned);
    return recorder.record(new TaskRepository.Success(runId, task.id(), clock.instant(), ts, note,
        started, task.scheduleSpec(), next.orElse(null))).thenAccept(advanced -> {
          if (advanced) {
            next.ifPresent(jobs::scheduleAt);
          }
        });
  }

  private void failed(Task task, long runId, Instant started, String why, String error) {
    metrics.ended(TaskRun.FAILED);
    tasks.runs().finish(runId, clock.instant(), TaskRun.FAILED, null, error);
    int failures = tasks.recordOutcome(task.id(), false, started);
    String message = ":warning: Your " + what(task) + " failed: " + why;
    if (failures >= limits.failuresBeforePause()) {
      tasks.pause(task.id(), "it failed " + failures + " times in a row (" + why + ")");
      message += "\n:double_vertical_bar: It failed " + failures + " times in a row, so I paused it. "
          + "Fix the cause, then `/task resume " + task.id() + "`.";
    }
    tell(task, message);
  }

  /**
   * The owner may no longer have this run's channels read or posted where it says: pause it. The
   * run is over once the owner has been told why.
   */
  private CompletableFuture<Void> pauseForAccess(Task task, String reason) {
    tasks.pause(task.id(), reason);
    return tell(task, ":double_vertical_bar: I paused your " + what(task) + ": " + reason
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
      tell(task, ":information_source: Your " + what(task) + " ran without some of its "
          + "channels:\n" + now);
    }
  }

  /**
   * Plans the run after {@code planned}, unless the task was edited or paused meanwhile; nothing
   * for a run by hand ({@code planned} null).
   */
  private void planNext(Task task, Instant planned) {
    if (planned == null) {
      return;
    }
    Optional<Instant> next = nextAfter(task, planned);
    if (tasks.advance(task.id(), task.scheduleSpec(), next.orElse(null))) {
      next.ifPresent(jobs::scheduleAt);
    }
  }

  /** The run after {@code planned} (or after now, when later): missed runs are skipped. */
  private Optional<Instant> nextAfter(Task task, Instant planned) {
    Instant from = max(planned, clock.instant());
    return task.schedule().nextAfter(from.atZone(task.zone()))
        .map(ZonedDateTime::toInstant).map(i -> i.truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * A DM to the owner, queued behind nothing it must wait for; completes once it is sent or could
   * not be (a failure to send is only logged).
   */
  private CompletableFuture<Void> tell(Task task, String text) {
    return outbound.text(task.teamId(), Destination.dm(task.ownerId()), text, null)
        .handle((ts, e) -> {
          if (e != null) {
            log.warn("Could not tell {} about their task: {}", task.ownerId(), e.getMessage());
          }
          return null;
        });
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
