package dev.roundup.digest;

import dev.roundup.digest.DigestRepository.Status;
import dev.roundup.jobs.Firing;
import dev.roundup.jobs.JobKind;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.Schedules;
import dev.roundup.slack.Destination;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.SlackErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends digests when they are due. Each run is claimed in the database first, so it is sent at
 * most once whatever the number of nodes or restarts. After downtime a missed digest is sent once,
 * covering everything since the previous one, when the next is more than a day away; otherwise it
 * is skipped and the next one covers its period too. Every run is recorded; a failure is told to
 * the owner.
 */
public final class DigestScheduler {

  /** A run this late counts as missed (Roundup was down or busy), not merely slow. */
  static final Duration GRACE = Duration.ofMinutes(15);
  private static final Duration DAY = Duration.ofDays(1);
  /** The next run of a schedule that has no more runs (stored, so it must fit a timestamp). */
  private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");
  private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

  /** The name digests are scheduled under. */
  public static final String JOB_KIND = "digest";

  private final DigestRepository repository;
  private final DigestService service;
  private final JobKind jobs;
  private final Clock clock;

  /** Registers the digest job kind with the app's scheduler; firings come to {@link #fire}. */
  public DigestScheduler(DigestRepository repository, DigestService service, QuartzScheduler quartz,
      Clock clock) {
    this.repository = repository;
    this.service = service;
    this.jobs = quartz.register(JOB_KIND, this::fire);
    this.clock = clock;
  }

  /** Plans the subscription's next run. */
  public void plan(DigestSubscription s) {
    jobs.scheduleAt(s.id(), s.nextRunAt());
  }

  public void cancel(long subscriptionId) {
    jobs.unschedule(subscriptionId);
  }

  /**
   * Gives every subscription whose next run has no trigger one (a trigger lost between the
   * database write and Quartz's, or dropped by an upgrade); answers how many were repaired.
   */
  public int repairTriggers() {
    var planned = jobs.planned();
    int repaired = 0;
    for (DigestSubscription s : repository.all()) {
      if (!planned.contains(s.id()) && !s.nextRunAt().equals(NEVER)) {
        plan(s);
        repaired++;
      }
    }
    return repaired;
  }

  /**
   * Quartz fired subscription {@code firing.id()}. Runs it when it is due by Roundup's clock: a
   * firing ahead of that clock (or for a run that was moved since) is ignored, and the sweep or a
   * later firing picks the run up.
   */
  public void fire(Firing firing) {
    Optional<DigestSubscription> found = repository.find(firing.id());
    if (found.isEmpty()) {
      return;
    }
    DigestSubscription s = found.get();
    if (s.nextRunAt().isAfter(clock.instant())) {
      log.debug("Digest {} fired before it is due by the clock ({}); ignored", s.id(), s.nextRunAt());
      return;
    }
    run(s);
  }

  /** Runs every digest due by now; answers how many were sent. The run-now hook for tests. */
  public int runDue() {
    int sent = 0;
    for (DigestSubscription s : repository.dueBy(clock.instant())) {
      try {
        sent += run(s) ? 1 : 0;
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

  private synchronized boolean run(DigestSubscription s) {
    Instant now = clock.instant();
    Instant scheduled = s.nextRunAt();
    Schedule schedule = Schedules.fromSpec(s.scheduleSpec());
    Instant next = schedule.nextAfter(now.atZone(schedule.zone())).map(ZonedDateTime::toInstant)
        .orElse(NEVER);
    boolean missed = Duration.between(scheduled, now).compareTo(GRACE) > 0;
    DigestSubscription advanced = new DigestSubscription(s.id(), s.owner(), s.channels(),
        s.scheduleSpec(), s.zone(), s.focus(), s.destination(), s.createdAt(), next, s.lastPeriodEnd());
    if (!repository.claim(s.id(), scheduled, now)) {
      // Another node (or a run before a crash) has it: only make sure the schedule moves on.
      advance(advanced);
      return false;
    }
    Instant from = s.lastPeriodEnd() != null ? s.lastPeriodEnd()
        : scheduled.minus(schedule.typicalPeriod().isZero() ? Duration.ofDays(7) : schedule.typicalPeriod());
    if (missed && Duration.between(now, next).compareTo(DAY) <= 0) {
      repository.finish(s.id(), scheduled, now, Status.SKIPPED, null, null, null, null,
          "missed while Roundup was down; the next digest (" + next + ") covers this period");
      // The next digest starts where this one would have, so nothing said is lost.
      advance(new DigestSubscription(s.id(), s.owner(), s.channels(), s.scheduleSpec(),
          s.zone(), s.focus(), s.destination(), s.createdAt(), next, from));
      return false;
    }
    Instant to = missed ? now : scheduled;
    try {
      Destination destination = s.destination() != null ? Destination.channel(s.destination())
          : Destination.dm(s.owner());
      DigestService.Built built = service.build(s.owner(), s.channels(), destination, s.focus(),
          new DigestPeriod(from, to, schedule.zone()), null);
      service.post(destination, built.parts());
      for (String note : built.ownerNotes()) {
        service.tellOwner(s.owner(), ":information_source: Your digest for <#" + s.destination()
            + ">: " + note);
      }
      repository.finish(s.id(), scheduled, clock.instant(), Status.SENT, from, to,
          built.digest().messages(), built.parts().size(), missed ? "sent late after downtime" : null);
      advance(new DigestSubscription(s.id(), s.owner(), s.channels(), s.scheduleSpec(),
          s.zone(), s.focus(), s.destination(), s.createdAt(), next, to));
      return true;
    } catch (RuntimeException e) {
      String why = e instanceof SlackCallException sce ? SlackErrors.explain(sce) : e.getMessage();
      log.error("Digest {} of {} failed", s.id(), s.owner(), e);
      repository.finish(s.id(), scheduled, clock.instant(), Status.FAILED, from, to, null, null, why);
      advance(advanced);
      try {
        service.tellOwner(s.owner(), ":warning: Your digest of " + channels(s) + " could not be "
            + "built: " + why + " The next one will cover this period too.");
      } catch (RuntimeException tell) {
        log.warn("Could not tell {} about the failed digest", s.owner(), tell);
      }
      return false;
    }
  }

  static String channels(DigestSubscription s) {
    return String.join(", ", s.channels().stream().map(c -> "<#" + c + ">").toList());
  }
}
