package dev.roundup.tasks;

import dev.roundup.llm.LlmAccount;
import dev.roundup.access.Access;
import dev.roundup.access.Verdict;
import dev.roundup.digest.DigestPeriod;
import dev.roundup.digest.DigestService;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.Destination;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.OutboundQueue;
import dev.roundup.slack.ReadProgress;
import dev.roundup.summaries.SummaryService;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Does what a task says, through the same services as the commands: a reminder is posted; a
 * summarize task summarizes each channel with {@link SummaryService} (as {@code /summarize} does)
 * over the time since the previous run (the schedule's usual period for the first run); a digest
 * task is built by {@link DigestService} (as {@code /digest}). The privacy rule is checked at
 * every run: a channel the owner may no longer have read for this destination is left out, and a
 * run that can do nothing it was asked (no channel left, or a destination the owner may no longer
 * post in) tells the runner to pause the task. What a run posts goes through the outbound queue,
 * which paces it to Slack's limits: reading and summarizing happen here, the posting later.
 */
public final class TaskActions {

  /**
   * What a run did.
   *
   * @param posted      completes with the first message's ts once posted (null when nothing is)
   * @param leftOut     sentences about channels left out under the privacy rule (empty if none)
   * @param pauseReason why the task cannot run any more, or null
   */
  record Outcome(CompletableFuture<String> posted, List<String> leftOut, String pauseReason) {

    static Outcome posted(CompletableFuture<String> posted, List<String> leftOut) {
      return new Outcome(posted, List.copyOf(leftOut), null);
    }

    static Outcome cannotRun(String reason, List<String> leftOut) {
      return new Outcome(CompletableFuture.completedFuture(null), List.copyOf(leftOut), reason);
    }
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
  private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("z", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM, h:mm a", Locale.ENGLISH);

  private final Access access;
  private final OutboundQueue outbound;
  private final SummaryService summaries;
  private final DigestService digests;

  TaskActions(Access access, OutboundQueue outbound, SummaryService summaries, DigestService digests) {
    this.access = access;
    this.outbound = outbound;
    this.summaries = summaries;
    this.digests = digests;
  }

  /**
   * @param now     when the run starts
   * @param lateFor the planned time when this run is late (after downtime), else null
   * @param runKey  the run's key, carried by its first message (see {@link TaskRun#key()})
   */
  Outcome perform(Task task, Instant now, Instant lateFor, String runKey) {
    Verdict post = access.mayPost(task.ownerId(), task.destination());
    if (!post.isAllowed()) {
      return Outcome.cannotRun(post.reason().orElseThrow(), List.of());
    }
    String late = lateFor == null ? null : "(late: scheduled for " + when(lateFor, now, task) + ")";
    return switch (task.action()) {
      case REMIND -> remind(task, late, runKey);
      case SUMMARIZE -> summarize(task, windowStart(task, now, lateFor), now, late, runKey);
      case DIGEST -> digest(task, windowStart(task, now, lateFor), now, late, runKey);
    };
  }

  private Outcome remind(Task task, String late, String runKey) {
    String text = ":alarm_clock: Reminder: " + task.body()
        + (task.ownerId().equals(task.targets().get(0)) ? "" : " _(from <@" + task.ownerId() + ">)_")
        + (late == null ? "" : " " + late);
    if (task.remindsSomeoneElse().isPresent()) {
      // In someone else's DM: they can stop it themselves.
      return Outcome.posted(outbound.post(task.teamId(), task.destination(),
          List.of(new MessagePart(text, TaskBlocks.reminderFromSomeoneElse(text, task.id()))), runKey), List.of());
    }
    return Outcome.posted(outbound.text(task.teamId(), task.destination(), text, runKey), List.of());
  }

  private Outcome summarize(Task task, Instant since, Instant now, String late, String runKey) {
    List<MessagePart> parts = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    String window = "since " + when(since, now, task);
    for (String channel : task.targets()) {
      SummaryService.Result result = summaries.channel(new SummaryService.ChannelRequest(
          task.ownerId(), channel, since, now, window, blankToNull(task.body()), task.destination(),
          task.zone(), parts.isEmpty() ? late : null, chargeTo(task, runKey)), ReadProgress.NONE);
      if (result instanceof SummaryService.Summarized s) {
        parts.addAll(s.parts());
      } else if (result instanceof SummaryService.Nothing n) {
        String text = n.sentence() + (parts.isEmpty() && late != null ? "\n" + late : "");
        parts.add(new MessagePart(text, List.of(BlockPacker.markdownSection(text))));
      } else if (result instanceof SummaryService.Refused r) {
        leftOut.add(r.verdict().leftOutNote().orElseThrow());
      }
    }
    if (parts.isEmpty()) {
      return Outcome.cannotRun("none of its channels can be read for you there any more. "
          + String.join(" ", leftOut), leftOut);
    }
    return Outcome.posted(outbound.post(task.teamId(), task.destination(), parts, runKey), leftOut);
  }

  private Outcome digest(Task task, Instant since, Instant now, String late, String runKey) {
    DigestService.Built built = digests.build(task.ownerId(), task.targets(), task.destination(),
        blankToNull(task.body()), new DigestPeriod(since, now, task.zone()), late,
        task.lastRunAt() != null, chargeTo(task, runKey));
    if (built.included() == 0) {
      return Outcome.cannotRun("none of its channels can be read for you there any more. "
          + String.join(" ", built.leftOut()), built.leftOut());
    }
    return Outcome.posted(digests.post(task.teamId(), task.destination(), built.parts(), runKey),
        built.leftOut());
  }

  private static Instant windowStart(Task task, Instant now, Instant lateFor) {
    return task.lastRunAt() != null ? task.lastRunAt()
        : TaskRunner.firstWindowStart(task.schedule(), lateFor != null ? lateFor : now);
  }

  /** A run's model calls count against its workspace's day and the task's per-run budget. */
  private static LlmAccount chargeTo(Task task, String runKey) {
    return LlmAccount.taskRun(task.teamId(), task.id(), runKey);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * "9:00 AM" on the same local day, else "Fri 20 Nov, 9:00 AM", in the task's zone; named ("9:00
   * AM EST") when the task's schedule named a zone other than its owner's, or when people other
   * than its owner read it (a reminder in someone else's DM, a post in a channel), who may live in
   * another zone.
   */
  static String when(Instant at, Instant now, Task task) {
    ZonedDateTime local = at.atZone(task.zone());
    boolean sameDay = local.toLocalDate().equals(now.atZone(task.zone()).toLocalDate());
    boolean ownerAlone = task.destination().equals(Destination.dm(task.ownerId()));
    return (sameDay ? TIME : DAY_TIME).format(local)
        + (task.schedule().zoneNamed() || !ownerAlone ? " " + ZONE_NAME.format(local) : "");
  }
}
