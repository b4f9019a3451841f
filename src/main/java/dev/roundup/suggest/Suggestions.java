package dev.roundup.suggest;

import dev.roundup.access.Access;
import dev.roundup.digest.DigestRepository;
import dev.roundup.ingest.MessageStore;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.slack.HomeSection;
import dev.roundup.slack.Permalinks;
import dev.roundup.slack.Poster;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.WorkspaceTokens;
import dev.roundup.store.StoreException;
import dev.roundup.tasks.SuggestionSwitch;
import dev.roundup.tasks.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suggestions feature, built once: the command log, the nightly run and its job kind, the
 * cards (DM and App Home), the four buttons, and each person's switch. Off for the whole workspace
 * unless configured on; then it logs nothing, computes nothing and shows nothing.
 */
public final class Suggestions implements SuggestionSwitch {

  private static final Logger log = LoggerFactory.getLogger(Suggestions.class);

  /**
   * How suggestions behave.
   *
   * @param enabled  the workspace's switch
   * @param runAt    the nightly run's time, UTC
   * @param gap      at most one suggestion per person within this
   * @param quiet    how long Not now (and Edit first, and an unanswered offer) rests a suggestion
   * @param lookback how far back the nightly run reads the store and the command log
   */
  public record Settings(boolean enabled, LocalTime runAt, Duration gap, Duration quiet, Duration lookback) {
    public static final Settings OFF = new Settings(false, LocalTime.of(6, 0), Duration.ofDays(7),
        Duration.ofDays(30), Duration.ofDays(35));

    public Settings on() {
      return new Settings(true, runAt, gap, quiet, lookback);
    }
  }

  /**
   * What the feature needs from the rest of Roundup.
   *
   * @param teamId      the workspace of work that names none (single-workspace mode's; '' with several)
   * @param roundupUser Roundup's user in the current workspace
   * @param workspaces  the workspaces the nightly run goes through
   * @param tokens      the bot token of each workspace (a workspace without one is skipped at night)
   */
  public record Parts(DataSource dataSource, QuartzScheduler scheduler, MessageStore messages,
      DigestRepository digests, Tasks tasks, Access access, SlackApi slack, Poster poster,
      Permalinks permalinks, String teamId, Supplier<String> roundupUser, Supplier<List<String>> workspaces,
      WorkspaceTokens tokens, Clock clock) { }

  private final Settings settings;
  private final String teamId;
  private final Clock clock;
  private final CommandLog commands;
  private final SuggestionStore store;
  private final SuggestionScheduler scheduler;
  private final SuggestionActions actions;
  private final SuggestionHome home;
  private volatile Consumer<String> changeListener = userId -> { };

  public Suggestions(Parts p, Settings settings) {
    this.settings = settings;
    this.teamId = p.teamId();
    this.clock = p.clock();
    this.commands = new CommandLog(p.dataSource());
    this.store = new SuggestionStore(p.dataSource());
    Consumer<String> changed = userId -> changeListener.accept(userId);
    Function<String, ZoneId> zones = p.tasks().zones()::of;
    CardPoster cards = new CardPoster(p.slack(), p.permalinks(), zones, p.clock());
    Guards guards = new Guards(store, p.access(), settings.gap());
    NightlyRun run = new NightlyRun(new StoreHistory(p.messages(), commands, p.digests(), p.roundupUser()),
        new Detector(Detector.Settings.DEFAULT), store, guards, p.tasks().service(),
        p.digests(), cards, zones, settings.lookback(), settings.quiet(), changed);
    this.scheduler = new SuggestionScheduler(p.scheduler(), store, run, p.workspaces(), p.tokens(),
        settings.runAt(), p.clock(), settings.enabled());
    this.actions = new SuggestionActions(store, p.tasks().handlers(), cards, p.poster(), zones, p.clock(),
        settings.quiet(), changed);
    this.home = new SuggestionHome(store, guards, cards, p.clock(), settings.enabled());
    p.tasks().handlers().suggestions(this);
  }

  /** Told the person's id whenever their suggestions change (to refresh their Home). */
  public void onChange(Consumer<String> listener) {
    this.changeListener = listener;
  }

  /**
   * Roundup was removed from the workspace: its open offers expire (their buttons do nothing more);
   * answers how many.
   */
  public int workspaceRemoved(String team) {
    return store.expire(team, Instant.parse("9999-12-31T00:00:00Z"));
  }

  public HomeSection home() {
    return home;
  }

  /**
   * Logs a slash command someone ran (after the ack, by the listener that handles it), while
   * suggestions are on. A failure is logged, never passed on: the command itself must go ahead.
   */
  public void logged(String team, String user, String command, String args, String channel) {
    if (!settings.enabled() || user == null) {
      return;
    }
    try {
      commands.record(new LoggedCommand(team == null ? teamId : team, user, command, args, channel,
          clock.instant()));
    } catch (StoreException e) {
      log.warn("Could not log {} of {}: {}", command, user, e.getMessage());
    }
  }

  /** A button of a suggestion card (action ids start with {@code suggest_}). */
  public void action(String user, String team, String actionId, String value, String triggerId) {
    actions.act(user, team == null ? teamId : team, actionId, value, triggerId);
  }

  /** Runs tonight's suggestions if they are due by Roundup's clock and have not run (the sandbox, tests). */
  public int runDue() {
    return scheduler.runDue();
  }

  /** Plans the nightly run if it has no trigger (start-up and the repair sweep). */
  public void repairTrigger() {
    scheduler.repairTrigger();
  }

  /** Deletes logged commands older than the cutoff (the message retention). */
  public int purgeBefore(Instant cutoff) {
    return commands.purgeBefore(cutoff);
  }

  public boolean enabled() {
    return settings.enabled();
  }

  // ---- /task suggestions off|on ----------------------------------------------------------------

  @Override
  public String turn(String team, String user, boolean on) {
    store.turn(team == null ? teamId : team, user, on, clock.instant());
    changeListener.accept(user);
    String said = on
        ? "Suggestions are on: when I notice you doing something by hand on a rhythm, I may offer (at most "
            + "once a week) to do it for you. `/task suggestions off` stops them."
        : "Suggestions are off: I won't offer to take anything over. `/task suggestions on` turns them back on.";
    return settings.enabled() ? said
        : said + " (They are off for the whole workspace at the moment; your choice is kept for when an admin "
            + "turns them on.)";
  }

  @Override
  public String status(String team, String user) {
    if (!settings.enabled()) {
      return "Suggestions are off for the whole workspace (an admin turns them on with roundup.suggest.enabled).";
    }
    return store.isOff(team == null ? teamId : team, user)
        ? "Your suggestions are off. `/task suggestions on` turns them on."
        : "Your suggestions are on: at most one a week, by DM and in your App Home. `/task suggestions off` "
            + "stops them.";
  }
}
