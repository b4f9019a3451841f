package dev.roundup.tasks;

import dev.roundup.access.Access;
import dev.roundup.access.Verdict;
import dev.roundup.jobs.JobKind;
import dev.roundup.schedule.Cadence;
import dev.roundup.schedule.Schedule;
import dev.roundup.slack.ChannelLookup.ChannelInfo;
import dev.roundup.slack.SlackText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Creates and manages tasks. Only a task's owner manages it; a workspace admin may also list and
 * delete anyone's. The privacy rule (the owner may have each channel read and delivered where the
 * task says, and may post there) and the limits (active tasks per person, how often a summary may
 * recur) are checked here, on every path that saves or restarts a task, and every refusal says why.
 */
public final class TaskService {

  /** The result of a request: done (with the task as it now is) or refused with a reason. */
  public sealed interface Outcome permits Done, Refused {}

  public record Done(Task task, String message) implements Outcome {}

  public record Refused(String reason) implements Outcome {}

  private final TaskRepository tasks;
  private final JobKind scheduler;
  private final TaskRunner runner;
  private final Access access;
  private final TaskLimits limits;
  private final Clock clock;
  private final Consumer<String> changed;
  /** A lock per person creating tasks: checking for a same task and saving one are one step. */
  private final Map<String, Object> creating = new ConcurrentHashMap<>();

  TaskService(TaskRepository tasks, JobKind scheduler, TaskRunner runner, Access access,
      TaskLimits limits, Clock clock, Consumer<String> changed) {
    this.tasks = tasks;
    this.scheduler = scheduler;
    this.runner = runner;
    this.access = access;
    this.limits = limits;
    this.clock = clock;
    this.changed = changed;
  }

  /** Why this person could not create this task now, if they could not (checked before confirming). */
  public Optional<String> check(String ownerId, TaskRequest request) {
    Optional<String> problem = checkSchedule(request).or(() -> checkAccess(ownerId, request));
    if (problem.isPresent()) {
      return problem;
    }
    Optional<Task> same = tasks.byOwner(ownerId).stream()
        .filter(t -> !t.finished() && sameTask(t.toRequest(), request)).findFirst();
    if (same.isPresent()) {
      // A second copy would do the same thing twice at the same moment.
      long id = same.get().id();
      return Optional.of("You already have this task: " + id + (same.get().paused()
          ? ", paused. `/task resume " + id + "` starts it again." : ". `/task list` shows yours."));
    }
    if (tasks.countActive(ownerId) >= limits.maxActivePerUser()) {
      return Optional.of("You already have " + limits.maxActivePerUser()
          + " active tasks, the most one person may have. Pause or delete one first (`/task list`).");
    }
    return Optional.empty();
  }

  /** Same action, channels (in any order), words, destination and schedule. */
  private static boolean sameTask(TaskRequest a, TaskRequest b) {
    return a.action() == b.action() && Set.copyOf(a.targets()).equals(Set.copyOf(b.targets()))
        && SlackText.sameWords(a.body(), b.body()) && Objects.equals(a.destination(), b.destination())
        && a.schedule().spec().equals(b.schedule().spec());
  }

  public Outcome create(String ownerId, String teamId, TaskRequest request) {
    // One person's creations one at a time, so Confirm clicked twice saves one task.
    synchronized (creating.computeIfAbsent(ownerId, k -> new Object())) {
      Optional<String> problem = check(ownerId, request);
      if (problem.isPresent()) {
        return new Refused(problem.get());
      }
      Instant next = nextRun(request.schedule()).orElseThrow();
      Task saved = tasks.insert(Task.draft(ownerId, teamId, request, clock.instant(), next));
      scheduler.scheduleAt(next);
      changed.accept(ownerId);
      // Said again on saving: a task made in the form had no confirmation to show it.
      return new Done(saved, "Task " + saved.id() + " saved."
          + notes(request).stream().map(note -> "\n:information_source: " + note).collect(Collectors.joining()));
    }
  }

  /** Replaces what a task does and when (the edit form); its history stays. */
  public Outcome replace(long id, String userId, TaskRequest request) {
    Optional<Task> owned = owned(id, userId);
    if (owned.isEmpty()) {
      return notYours(id);
    }
    Optional<String> problem = checkSchedule(request).or(() -> checkAccess(userId, request));
    if (problem.isPresent()) {
      return new Refused(problem.get());
    }
    Instant next = nextRun(request.schedule()).orElseThrow();
    tasks.replace(id, request, next);
    Task updated = tasks.find(id).orElseThrow();
    if (!updated.paused()) {
      scheduler.scheduleAt(next);
    }
    changed.accept(updated.ownerId());
    return new Done(updated, "Task " + id + " updated.");
  }

  public Outcome pause(long id, String userId) {
    Optional<Task> owned = owned(id, userId);
    if (owned.isEmpty()) {
      return notYours(id);
    }
    if (owned.get().paused()) {
      return new Done(owned.get(), "Task " + id + " is already paused.");
    }
    // Its instant may stay planned (other tasks share it): the firing skips a paused task.
    tasks.pause(id, null);
    Task paused = tasks.find(id).orElseThrow();
    changed.accept(paused.ownerId());
    return new Done(paused, "Task " + id + " paused. `/task resume " + id + "` starts it again.");
  }

  /**
   * The person a task reminds (in their DM) stops it: the task is paused with that said, so its
   * owner sees why in their list and may delete it or change whom it reminds.
   */
  public Outcome stopByRecipient(long id, String userId) {
    Optional<Task> task = tasks.find(id)
        .filter(t -> t.remindsSomeoneElse().filter(userId::equals).isPresent());
    if (task.isEmpty()) {
      return new Refused("Those reminders have already been stopped or deleted.");
    }
    if (!task.get().stoppedByWhomItReminds()) {
      tasks.stop(id, userId, "stopped by <@" + userId + ">, whom it reminded");
      changed.accept(task.get().ownerId());
    }
    return new Done(tasks.find(id).orElseThrow(), "Stopped: you won't get the reminder “" + task.get().body()
        + "” from <@" + task.get().ownerId() + "> any more; they've been told.");
  }

  /** What the owner of a reminder its recipient stopped is told instead of running it. */
  private static Refused stoppedByRecipient(long id) {
    return new Refused("Task " + id + " was stopped by the person it reminds, so it stays paused. "
        + "Delete it (`/task delete " + id + "`), or ask them.");
  }

  public Outcome resume(long id, String userId) {
    Optional<Task> owned = owned(id, userId);
    if (owned.isEmpty()) {
      return notYours(id);
    }
    Task t = owned.get();
    if (t.active()) {
      return new Done(t, "Task " + id + " is already running.");
    }
    if (t.stoppedByWhomItReminds()) {
      return stoppedByRecipient(id);
    }
    if (tasks.countActive(userId) >= limits.maxActivePerUser()) {
      return new Refused("You already have " + limits.maxActivePerUser()
          + " active tasks, the most one person may have. Pause or delete one first.");
    }
    // Runs missed while paused are skipped: the next run is the first one from now.
    Optional<Instant> next = nextRun(t.schedule());
    if (next.isEmpty()) {
      return new Refused("Task " + id + " was a one-off whose time has passed; create a new one.");
    }
    Optional<String> denied = checkAccess(userId, t.toRequest());
    if (denied.isPresent()) {
      return new Refused("Task " + id + " can't run: " + denied.get());
    }
    tasks.resume(id, next.get());
    Task resumed = tasks.find(id).orElseThrow();
    scheduler.scheduleAt(next.get());
    changed.accept(t.ownerId());
    return new Done(resumed, "Task " + id + " resumed.");
  }

  /** The owner, or a workspace admin, deletes a task. */
  public Outcome delete(long id, String userId, boolean admin) {
    Optional<Task> found = tasks.find(id);
    if (found.isEmpty() || !(found.get().ownerId().equals(userId) || admin)) {
      return notYours(id);
    }
    tasks.delete(id);
    changed.accept(found.get().ownerId());
    if (!found.get().ownerId().equals(userId)) {
      // An admin's delete of someone else's task names whose it was; the owner is told by DM.
      return new Done(found.get(), "Task " + id + " of <@" + found.get().ownerId() + "> deleted; "
          + "they've been told.");
    }
    return new Done(found.get(), "Task " + id + " deleted.");
  }

  /** Runs a task now; its planned runs are unchanged. */
  public Outcome runNow(long id, String userId) {
    Optional<Task> owned = owned(id, userId);
    if (owned.isEmpty()) {
      return notYours(id);
    }
    if (owned.get().stoppedByWhomItReminds()) {
      return stoppedByRecipient(id);
    }
    TaskRun run = runner.runNow(owned.get());
    Task after = tasks.find(id).orElse(owned.get());
    return switch (run.outcome()) {
      case TaskRun.OK -> new Done(after, "Task " + id + " ran just now.");
      case TaskRun.REFUSED -> new Refused("Task " + id + " can't run: " + run.error()
          + " I paused it; `/task resume " + id + "` once that's fixed.");
      default -> new Refused("Task " + id + " ran but failed; I sent you the reason in a DM.");
    };
  }

  /** A task the user owns (for editing), or empty. */
  public Optional<Task> owned(long id, String userId) {
    return tasks.find(id).filter(t -> t.ownerId().equals(userId));
  }

  public List<Task> list(String userId) {
    return tasks.byOwner(userId);
  }

  /** Every task in the workspace; for admins (the caller checks). */
  public List<Task> listAll(int limit) {
    return tasks.all(limit);
  }

  /** Why this schedule cannot be saved, if it cannot. */
  Optional<String> checkSchedule(TaskRequest request) {
    Schedule s = request.schedule();
    if (nextRun(s).isEmpty()) {
      return Optional.of("That time (" + s.describe() + ") has already passed.");
    }
    if (request.action() != ActionKind.REMIND) {
      return Cadence.tooOften(s, limits.minSummaryInterval(), request.action().word(),
          ZonedDateTime.now(clock.withZone(s.zone())));
    }
    return Optional.empty();
  }

  /**
   * The privacy rule for this request: the owner may post where it goes, and may have each of its
   * channels read and delivered there. The first refusal, in words.
   */
  Optional<String> checkAccess(String ownerId, TaskRequest request) {
    Verdict post = access.mayPost(ownerId, request.destination());
    if (!post.isAllowed()) {
      return post.reason();
    }
    if (request.action() == ActionKind.REMIND) {
      return Optional.empty();
    }
    for (String channel : request.targets()) {
      Verdict read = access.mayReadFor(ownerId, channel, request.destination());
      if (!read.isAllowed()) {
        return read.reason();
      }
    }
    return Optional.empty();
  }

  /**
   * What the person should know about a task that may be saved: each channel it reads that is
   * archived (accepted, as a digest accepts it, but it will have nothing new).
   */
  public List<String> notes(TaskRequest request) {
    if (request.action() == ActionKind.REMIND) {
      return List.of();
    }
    return request.targets().stream().distinct()
        .flatMap(channel -> access.memberships().info(channel).flatMap(ChannelInfo::archivedNote).stream())
        .toList();
  }

  /** A refusal of this service's, for a form's plain-text error (see {@link Access#plainText}). */
  String plainText(String reason, String reader) {
    return access.plainText(reason, reader);
  }

  /** Stored at millisecond precision, as Quartz plans it, so a firing matches its task's run. */
  private Optional<Instant> nextRun(Schedule s) {
    return s.nextAfter(ZonedDateTime.now(clock.withZone(s.zone()))).map(ZonedDateTime::toInstant)
        .map(i -> i.truncatedTo(ChronoUnit.MILLIS));
  }

  private static Refused notYours(long id) {
    return new Refused("You have no task " + id + ". `/task list` shows yours; only a task's owner "
        + "can change it.");
  }
}
