package dev.roundup.suggest;

import dev.roundup.jobs.FireHandler;
import dev.roundup.jobs.Firing;
import dev.roundup.jobs.JobKind;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.slack.WorkspaceTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When suggestions are computed: once a night at a configured UTC time, as a job kind of its own
 * in the app's scheduler (one item). The night goes through every workspace Roundup speaks in (the
 * one configured workspace, or each installed one), one after another, each on its own: its own
 * history, its own token. Each workspace's night is claimed in the database before it runs, so
 * several nodes, a repeated firing and the sandbox's clock jumps compute it once. A night missed
 * while Roundup was down runs late, once, when its trigger fires after the restart.
 */
final class SuggestionScheduler {

  /** The name the nightly run is scheduled under. */
  static final String JOB_KIND = "suggest";
  private static final long NIGHTLY = 1;
  private static final Logger log = LoggerFactory.getLogger(SuggestionScheduler.class);

  private final JobKind jobs;
  private final SuggestionStore store;
  private final NightlyRun run;
  private final Supplier<List<String>> workspaces;
  private final WorkspaceTokens tokens;
  private final LocalTime at;
  private final Clock clock;
  private final boolean enabled;
  /** The last night this node ran or found claimed: no database round trip until the next one. */
  private volatile Instant done;

  /**
   * @param workspaces the workspaces a night goes through
   * @param tokens     which of them Roundup can speak in tonight (a workspace without a token is skipped)
   */
  SuggestionScheduler(QuartzScheduler quartz, SuggestionStore store, NightlyRun run,
      Supplier<List<String>> workspaces, WorkspaceTokens tokens, LocalTime at, Clock clock, boolean enabled) {
    // One item, due at every instant its trigger names (the night's claim stops repeats).
    this.jobs = quartz.register(JOB_KIND, instant -> List.of(NIGHTLY), FireHandler.of(this::fire));
    this.store = store;
    this.run = run;
    this.workspaces = workspaces;
    this.tokens = tokens;
    this.at = at;
    this.clock = clock;
    this.enabled = enabled;
  }

  /**
   * Quartz fired the nightly item. It runs only when the night is due by Roundup's clock (Quartz
   * fires on real time; a test's or the sandbox's clock may be elsewhere), then plans the next one.
   * A firing ahead of that clock (beyond Quartz's early firing) is left alone: the trigger repair
   * plans it again.
   */
  private void fire(Firing firing) {
    if (Firing.ahead(firing.scheduledFor(), clock)) {
      log.debug("The nightly suggestions fired before {} by Roundup's clock; ignored", firing.scheduledFor());
      return;
    }
    try {
      runDue();
    } finally {
      plan();
    }
  }

  /**
   * Runs the latest night due by Roundup's clock in each workspace where it did not run already
   * (here or on another node); answers how many suggestions it offered in all.
   */
  synchronized int runDue() {
    if (!enabled) {
      return 0;
    }
    Instant night = latest(clock.instant());
    if (night.equals(done)) {
      return 0;
    }
    int offered = 0;
    for (String team : workspaces.get()) {
      offered += runIn(team, night);
    }
    done = night;
    return offered;
  }

  /** One workspace's night, when Roundup has a token there and no one ran it yet. */
  private int runIn(String team, Instant night) {
    if (team == null || team.isEmpty()) {
      return 0;
    }
    if (tokens.botToken(team).isEmpty()) {
      // Never another workspace's token: without its own, a workspace gets nothing tonight.
      log.info("No suggestions in workspace {} for {}: Roundup has no token there", team, night);
      return 0;
    }
    Instant now = clock.instant();
    if (!store.claimRun(team, night, now)) {
      return 0;
    }
    int offered = 0;
    try {
      offered = run.run(team, now);
    } catch (RuntimeException e) {
      log.error("The suggestions of {} in workspace {} failed", night, team, e);
    }
    store.finishRun(team, night, clock.instant(), offered);
    return offered;
  }

  /** Plans the next night's run (after each run). */
  void plan() {
    if (enabled) {
      jobs.scheduleAt(latest(clock.instant()).plus(Duration.ofDays(1)));
    }
  }

  /** Plans the next night's run when nothing is planned (at start-up and by the repair sweep). */
  void repairTrigger() {
    if (enabled && jobs.planned().isEmpty()) {
      plan();
    }
  }

  /** The most recent nightly time at or before {@code now}. */
  Instant latest(Instant now) {
    ZonedDateTime today = now.atZone(ZoneOffset.UTC).toLocalDate().atTime(at).atZone(ZoneOffset.UTC);
    return today.toInstant().isAfter(now) ? today.minusDays(1).toInstant() : today.toInstant();
  }
}
