package dev.roundup.digest;

import dev.roundup.store.Workspace;
import dev.roundup.digest.DigestRepository.Status;
import dev.roundup.jobs.Firing;
import dev.roundup.jobs.HandedBack;
import dev.roundup.jobs.JobKind;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.Schedules;
import dev.roundup.slack.Destination;
import dev.roundup.slack.OutboundQueue;
import dev.roundup.slack.PostedCheck;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.SlackErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends digests when they are due. Each run is claimed in the database first, so it is sent at
 * most once whatever the number of nodes or restarts. After downtime a missed digest is sent once,
 * covering everything since the previous one, when the next is more than a day away; otherwise it
 * is skipped and the next one covers its period too. Every run is recorded; a failure is told to
 * the owner.
 *
 * <p>A digest is posted through the outbound queue; its first message carries the run's key. When
 * a node dies mid-run, the node that re-runs its instant asks Slack whether that message went out:
 * if so the run is recorded as sent, if not it is built and sent again. When Roundup stops before a
 * claimed digest went out, the claim is released and the run handed back to be fired again.
 */
public final class DigestScheduler {

  /** A run this late counts as missed (Roundup was down or busy), not merely slow. */
  static final Duration GRACE = Duration.ofMinutes(15);
  /** A claim still running after this long was cut short (its node stopped mid-run). */
  static final Duration ABANDONED_AFTER = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);
  /** The next run of a schedule that has no more runs (stored, so it must fit a timestamp). */
  static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");
  private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);
  private static final CompletableFuture<Boolean> NOT_SENT = CompletableFuture.completedFuture(false);

  /** The name digests are scheduled under. */
  public static final String JOB_KIND = "digest";

  private final DigestRepository repository;
  private final DigestService service;
  private final PostedCheck posted;
  private final JobKind jobs;
  private final Clock clock;

  /**
   * Registers the digest job kind with the app's scheduler; firings come to {@link #fire}. Each
   * digest is built and posted in its subscription's workspace.
   */
  public DigestScheduler(DigestRepository repository, DigestService service, QuartzScheduler quartz,
      PostedCheck posted, Clock clock) {
    this.repository = repository;
    this.service = service;
    this.posted = posted;
    this.jobs = quartz.register(JOB_KIND, repository::dueAt, this::fire);
    this.clock = clock;
  }

  /** Plans the subscription's next run (its instant's firing, shared with other digests then). */
  public void plan(DigestSubscription s) {
    jobs.scheduleAt(s.nextRunAt());
  }

  /**
   * Plans every instant at which a subscription is due and which has no trigger (a trigger lost
   * between the database write and Quartz's, or dropped by an upgrade); answers how many.
   */
  public int repairTriggers() {
    Set<Instant> missing = repository.nextRunInstants(NEVER);
    missing.removeAll(jobs.planned());
    jobs.scheduleAll(missing);
    return missing.size();
  }

  /**
   * Subscription {@code firing.id()} is due at the firing's instant. Runs it when it is due by
   * Roundup's clock: a firing ahead of that clock (beyond Quartz's early firing, or for a run that
   * was moved since) is ignored,
   * and the sweep or a later firing picks the run up. Completes when the digest is posted.
   */
  public CompletionStage<Boolean> fire(Firing firing) {
    Optional<DigestSubscription> found = repository.find(firing.id());
    if (found.isEmpty()) {
      return NOT_SENT;
    }
    DigestSubscription s = found.get();
    if (Firing.ahead(s.nextRunAt(), clock)) {
      log.debug("Digest {} fired before it is due by the clock ({}); ignored", s.id(), s.nextRunAt());
      return NOT_SENT;
    }
    return run(s, firing);
  }

  /** Runs every digest due by now; answers how many were sent. The run-now hook for tests. */
  public int runDue() {
    int sent = 0;
    Instant now = clock.instant();
    for (DigestSubscription s : repository.dueBy(now)) {
      try {
        // As at its own time: a clock moved by hand stands for time passing, not for downtime.
        sent += run(s, new Firing(s.id(), s.nextRunAt(), s.nextRunAt())).join() ? 1 : 0;
      } catch (RuntimeException e) {
        log.error("Digest {} of {} could not be run", s.id(), s.owner(), e);
      }
    }
    return sent;
  }

  /** The first run of a new or edited digest. */
  public static Instant firstRun(Schedule schedule, Instant now) {
    return schedule.nextAfter(now.atZone(schedule.zone())).map(ZonedDateTime::toInstant)
        .orElseThrow(() -> new IllegalArgumentException("the schedule never runs again"));
  }

  /** Stores the subscription's new state and plans its next run. */
  private void advance(DigestSubscription s) {
    repository.update(s);
    if (!s.nextRunAt().equals(NEVER)) {
      plan(s);
    }
  }

  /** What one run of a subscription works with. */
  private record Run(DigestSubscription s, Schedule schedule, Instant scheduled, Instant now,
      Instant next, boolean missed, Instant from) {

    Instant to() {
      return missed ? now : scheduled;
    }

    String key() {
      return "digest-" + s.id() + "-" + scheduled.toEpochMilli();
    }

    Destination destination() {
      return DigestService.destinationOf(s);
    }

    /** The subscription moved on to its next run, its last period ending at {@code periodEnd}. */
    DigestSubscription movedOn(Instant periodEnd) {
      return new DigestSubscription(s.id(), s.owner(), s.channels(), s.scheduleSpec(), s.zone(),
          s.focus(), s.destination(), s.createdAt(), next, periodEnd);
    }
  }

  /** Runs the subscription in its workspace; a subscription gone meanwhile sends nothing. */
  private CompletableFuture<Boolean> run(DigestSubscription s, Firing firing) {
    Optional<String> team = repository.teamOf(s.id());
    return team.isEmpty() ? NOT_SENT : Workspace.call(team.get(), () -> runInWorkspace(s, firing));
  }

  private CompletableFuture<Boolean> runInWorkspace(DigestSubscription s, Firing firing) {
    Instant now = clock.instant();
    Instant scheduled = s.nextRunAt();
    Schedule schedule = Schedules.fromSpec(s.scheduleSpec());
    Instant next = schedule.nextAfter(now.atZone(schedule.zone())).map(ZonedDateTime::toInstant)
        .orElse(NEVER);
    Instant from = s.lastPeriodEnd() != null ? s.lastPeriodEnd()
        : scheduled.minus(schedule.typicalPeriod().isZero() ? Duration.ofDays(7) : schedule.typicalPeriod());
    Run run = new Run(s, schedule, scheduled, now, next,
        Duration.between(scheduled, now).compareTo(GRACE) > 0, from);
    if (!repository.claim(s.id(), scheduled, now, jobs.nodeId())) {
      return claimedBefore(run, firing);
    }
    if (run.missed() && Duration.between(now, next).compareTo(DAY) <= 0) {
      repository.finish(s.id(), scheduled, now, Status.SKIPPED, null, null, null, null,
          "missed while Roundup was down; the next digest (" + next + ") covers this period");
      // The next digest starts where this one would have, so nothing said is lost.
      advance(run.movedOn(from));
      return NOT_SENT;
    }
    return buildAndPost(run);
  }

  /**
   * The run was claimed before. A dead node's unfinished claim is taken over by the node
   * recovering its instant; a finished (or long abandoned) one only needs the schedule moved on;
   * one still running moves the schedule on itself.
   */
  private CompletableFuture<Boolean> claimedBefore(Run run, Firing firing) {
    DigestSubscription s = run.s();
    Optional<DigestRepository.Claim> claim = repository.claimOf(s.id(), run.scheduled());
    boolean running = claim.isPresent() && claim.get().status() == Status.RUNNING;
    if (running && firing.recovering() && firing.recoveredFrom().equals(claim.get().node())) {
      return takeOver(run, claim.get());
    }
    boolean abandoned = running && claim.get().startedAt().plus(ABANDONED_AFTER).isBefore(run.now());
    if (!running || abandoned) {
      advance(run.movedOn(s.lastPeriodEnd()));
    }
    return NOT_SENT;
  }

  /** The node that claimed this run died: Slack says whether its digest went out. */
  private CompletableFuture<Boolean> takeOver(Run run, DigestRepository.Claim dead) {
    DigestSubscription s = run.s();
    if (!repository.takeOver(s.id(), run.scheduled(), dead.node(), jobs.nodeId(), run.now())) {
      return NOT_SENT;
    }
    Optional<String> ts;
    try {
      ts = posted.find(run.destination(), run.key(), dead.startedAt());
    } catch (SlackCallException e) {
      log.warn("Digest {}: could not check with Slack whether node {}'s digest went out ({}); leaving it",
          s.id(), dead.node(), e.getMessage());
      return NOT_SENT;
    }
    if (ts.isPresent()) {
      log.info("Digest {} for {} was posted by node {} before it stopped; recording it", s.id(),
          run.scheduled(), dead.node());
      repository.finish(s.id(), run.scheduled(), clock.instant(), Status.SENT, run.from(), run.to(),
          null, null, "posted by a node that stopped before recording it");
      advance(run.movedOn(run.to()));
      return NOT_SENT;
    }
    log.info("Digest {} for {} had not been posted when node {} stopped; sending it", s.id(),
        run.scheduled(), dead.node());
    return buildAndPost(run);
  }

  private CompletableFuture<Boolean> buildAndPost(Run run) {
    DigestSubscription s = run.s();
    DigestService.Built built;
    try {
      built = service.build(s, new DigestPeriod(run.from(), run.to(), run.schedule().zone()),
          s.lastPeriodEnd() != null);
    } catch (RuntimeException e) {
      failed(run, e);
      return NOT_SENT;
    }
    if (DigestService.nothingToPost(s, built)) {
      repository.finish(s.id(), run.scheduled(), clock.instant(), Status.SKIPPED, run.from(), run.to(),
          0, 0, NOTHING_SAID);
      tellLeftOut(s, built);
      advance(run.movedOn(run.to()));
      return NOT_SENT;
    }
    return service.post(Workspace.current(), run.destination(), built.parts(), run.key()).handle((ts, error) -> {
      Throwable cause = error instanceof CompletionException && error.getCause() != null
          ? error.getCause() : error;
      if (cause instanceof OutboundQueue.NotSent notSent && notSent.firstTs().isEmpty()) {
        repository.release(s.id(), run.scheduled());
        throw new HandedBack("digest " + s.id() + " was not posted before Roundup stopped");
      }
      if (cause != null && !(cause instanceof OutboundQueue.NotSent)) {
        failed(run, cause);
        return false;
      }
      tellLeftOut(s, built);
      repository.finish(s.id(), run.scheduled(), clock.instant(), Status.SENT, run.from(), run.to(),
          built.digest().messages(), built.parts().size(), run.missed() ? "sent late after downtime"
              : cause != null ? "cut short: Roundup stopped before every part was posted" : null);
      advance(run.movedOn(run.to()));
      return true;
    });
  }

  /**
   * Builds the subscription's digest of its latest period (as long as its schedule's usual gap,
   * ending now) and posts it where it goes, as a scheduled run does: the same build, privacy rule,
   * skip of an empty org digest and notes to the owner. Its schedule is left as it is.
   *
   * @return the digest built, and the post's first ts (empty when nothing was posted)
   */
  public Posted runNow(DigestSubscription s) {
    DigestService.Built built = service.build(s, latestPeriod(s, clock.instant()), false);
    if (DigestService.nothingToPost(s, built)) {
      tellLeftOut(s, built);
      return new Posted(built, CompletableFuture.completedFuture(Optional.empty()));
    }
    String team = Workspace.current();
    CompletableFuture<Optional<String>> ts = service.post(team, DigestService.destinationOf(s),
        built.parts(), "digest-" + s.id() + "-now-" + clock.millis())
        .thenApply(first -> {
          // completes on the outbound queue's thread: the workspace is named, not looked up
          tellLeftOut(team, s, built);
          return Optional.of(first);
        });
    return new Posted(built, ts);
  }

  /** A digest built by {@link #runNow} and its post under way. */
  public record Posted(DigestService.Built built, CompletableFuture<Optional<String>> firstTs) {}

  /** The period a digest run by hand or previewed covers: its schedule's usual gap, ending now. */
  static DigestPeriod latestPeriod(DigestSubscription s, Instant now) {
    Schedule schedule = Schedules.fromSpec(s.scheduleSpec());
    Duration span = schedule.typicalPeriod().isZero() ? Duration.ofDays(7) : schedule.typicalPeriod();
    return new DigestPeriod(now.minus(span), now, s.zone());
  }

  /**
   * Tells the owner of an org digest which channels were left out of it, each once: a channel
   * already told of is not told again while it stays out, and is told again should it come back
   * and later be left out once more.
   */
  private void tellLeftOut(DigestSubscription s, DigestService.Built built) {
    tellLeftOut(Workspace.current(), s, built);
  }

  private void tellLeftOut(String team, DigestSubscription s, DigestService.Built built) {
    String told = repository.leftOutTold(s.id());
    // a set that tolerates a repeated line, should two notes ever read the same
    Set<String> before = told == null ? Set.of() : new HashSet<>(List.of(told.split("\n")));
    for (String note : built.ownerNotes()) {
      if (!before.contains(note)) {
        service.tellOwner(team, s.owner(), ":information_source: Your digest for <#"
            + s.destination() + ">: " + note);
      }
    }
    String now = built.ownerNotes().isEmpty() ? null : String.join("\n", built.ownerNotes());
    if (!Objects.equals(now, told)) {
      repository.setLeftOutTold(s.id(), now);
    }
  }

  /** Why an org digest's run posted nothing; {@code /digest list} and the App Home show it. */
  static final String NOTHING_SAID = "nothing was said in its channels, so nothing was posted";

  private void failed(Run run, Throwable e) {
    DigestSubscription s = run.s();
    String why = e instanceof SlackCallException sce ? SlackErrors.explain(sce) : e.getMessage();
    log.error("Digest {} of {} failed", s.id(), s.owner(), e);
    repository.finish(s.id(), run.scheduled(), clock.instant(), Status.FAILED, run.from(), run.to(),
        null, null, why);
    advance(run.movedOn(s.lastPeriodEnd()));
    service.tellOwner(Workspace.current(), s.owner(), ":warning: Your digest of " + channels(s) + " could not be "
        + "built: " + why + " The next one will cover this period too.");
  }

  static String channels(DigestSubscription s) {
    return String.join(", ", s.channels().stream().map(c -> "<#" + c + ">").toList());
  }
}
