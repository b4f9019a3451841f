package dev.roundup.suggest;

import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.SlackJson;
import dev.roundup.TestClock;
import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.ingest.ChannelMessage;
import dev.roundup.ingest.SlackTs;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.Delivery;
import dev.roundup.sandbox.Interactions;
import dev.roundup.sandbox.ResponseUrlPost;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.sandbox.Workspace;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sample workspace (Alice in Paris, Boris in New York, Chen in Shanghai, Dana in Los Angeles;
 * #general, #eng, #incidents and the private #leads with Roundup in them, #design without) and a
 * real Roundup with suggestions on, on a clock the test moves. History goes into the message store
 * as Slack would have delivered it; the nightly run is run by moving the clock past 06:00 UTC.
 */
final class SuggestBed implements AutoCloseable {

  static final String ALICE = "U0ALICE";
  static final String BORIS = "U0BORIS";
  static final String CHEN = "U0CHEN";
  static final String DANA = "U0DANA";
  static final String GENERAL = "C0GENERAL";
  static final String ENG = "C0ENG";
  static final String DESIGN = "C0DESIGN";
  static final String INCIDENTS = "C0INCIDENTS";
  static final String LEADS = "C0LEADS";
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final Duration WAIT = Duration.ofSeconds(20);
  /** Monday 23 November 2026, 07:00 UTC: an hour after that night's run time. */
  static final Instant MONDAY = Instant.parse("2026-11-23T07:00:00Z");

  final TestClock clock = new TestClock(MONDAY);
  final Workspace workspace = Workspace.sample();
  final SlackEmulator slack;
  final Roundup roundup;
  private long micros = 100;

  /** Suggestions on, at most one per person a week. */
  SuggestBed() throws Exception {
    this(Suggestions.Settings.OFF.on());
  }

  SuggestBed(Suggestions.Settings settings) throws Exception {
    workspace.setClock(clock);
    slack = SlackEmulator.start(workspace);
    slack.setClock(clock);
    slack.setMessageEvents(true);
    Config config = new Config(
        new Config.Slack(workspace.botToken(), workspace.signingSecret(), null, slack.apiUrl()),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:mem:suggest-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa", "", 4),
        new Config.Work(4, 100, Duration.ofHours(24)),
        LlmSettings.embedded(), Config.Tasks.DEFAULT, Config.Ingest.defaults(), Config.Digests.defaults(),
        settings);
    roundup = Roundup.start(config, clock, new ExtractiveSummarizer());
    slack.setAppUrl("http://127.0.0.1:" + roundup.port() + "/slack/events");
  }

  // ---- History ---------------------------------------------------------------------------------

  /** The person posted this in the channel at this local time (stored as its event would have). */
  void posted(String user, String channel, ZonedDateTime at, String text) {
    store(new ChannelMessage(channel, ts(at), null, user, null, text, null, 0, 0, false));
  }

  /** A bot posted this (a bot id, as Slack marks integrations' messages). */
  void botPosted(String channel, ZonedDateTime at, String text) {
    store(new ChannelMessage(channel, ts(at), null, null, "B0CRON", text, "bot_message", 0, 0, false));
  }

  private void store(ChannelMessage m) {
    roundup.messages().save(m);
  }

  private String ts(ZonedDateTime at) {
    return SlackTs.format(SlackTs.toMicros(at.toInstant()) + micros++);
  }

  /**
   * The person posts the text on each of these days, oldest first, through Slack itself: the
   * emulator delivers each message event, Roundup stores it, and links to it work. The clock is put
   * back afterwards. (Slack's ts only grows, so this history must come before anything else.)
   */
  void postsThroughSlack(String user, String channel, List<LocalDate> days, LocalTime time, ZoneId zone,
      String text) {
    Instant now = clock.instant();
    int before = roundup.messages().count();
    for (LocalDate d : days) {
      clock.set(ZonedDateTime.of(d, time, zone).toInstant());
      slack.userPosts(channel, null, user, text);
    }
    clock.set(now);
    await().atMost(WAIT).until(() -> roundup.messages().count() == before + days.size());
  }

  /** The person posted the text on each of these days at this local time. */
  void postedOn(String user, String channel, List<LocalDate> days, LocalTime time, ZoneId zone, String text) {
    for (LocalDate d : days) {
      posted(user, channel, ZonedDateTime.of(d, time, zone), text);
    }
  }

  /** The last {@code count} dates on this weekday before the clock's day, oldest first. */
  List<LocalDate> last(int count, DayOfWeek day) {
    LocalDate latest = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).minusDays(1)
        .with(TemporalAdjusters.previousOrSame(day));
    List<LocalDate> out = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      out.add(latest.minusWeeks(i));
    }
    return out;
  }

  /** Runs a slash command as the person at this moment of the clock; answers its first answer. */
  String command(String user, String channel, String command, String text) {
    int before = slack.responseUrlPosts().size();
    Delivery d = slack.slashCommand(user, channel, command, text);
    String ack = d.body() == null || d.body().isBlank() ? "" : SlackJson.texts(d.body());
    if (!ack.isEmpty() && !ack.contains(":hourglass")) {
      return ack;
    }
    await().atMost(WAIT).until(() -> slack.responseUrlPosts().size() > before);
    ResponseUrlPost post = slack.responseUrlPosts().get(before);
    return SlackJson.texts(post.body());
  }

  // ---- The nightly run ---------------------------------------------------------------------------

  /** Moves the clock on by whole days (it stays at 07:00 UTC, an hour after the night's run time). */
  void daysPass(int days) {
    clock.set(clock.instant().plus(Duration.ofDays(days)));
  }

  /** Runs the night due by the clock; answers how many suggestions it offered. */
  int night() {
    return roundup.suggestions().runDue();
  }

  // ---- What people see -----------------------------------------------------------------------------

  /** The bot's messages in the person's DM, oldest first. */
  List<StoredMessage> dms(String user) {
    return workspace.messages(workspace.directChannel(user).id()).stream()
        .filter(m -> workspace.botUserId().equals(m.user())).toList();
  }

  /** The text and blocks of the bot's DMs to the person, as they read them. */
  List<String> dmTexts(String user) {
    return dms(user).stream().map(m -> m.text() + "\n" + (m.blocks() == null ? "" : SlackJson.texts(
        "{\"blocks\":" + m.blocks() + "}"))).toList();
  }

  /** The DM carrying a suggestion card (the newest one). */
  StoredMessage card(String user) {
    return dms(user).stream().filter(m -> m.blocks() != null && m.blocks().contains(SuggestionCard.SCHEDULE))
        .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no suggestion card for " + user));
  }

  /** Presses a button on the person's suggestion card in their DM. */
  void pressOnCard(String user, String actionId) {
    StoredMessage card = card(user);
    slack.pressButton(user, card.channel(), card.ts(), actionId, null);
  }

  /** Opens the person's App Home and answers what it shows, once published. */
  String home(String user) {
    int before = slack.publishedViews().size();
    slack.appHomeOpened(user);
    await().atMost(WAIT).until(() -> slack.publishedViews().subList(before, slack.publishedViews().size())
        .stream().anyMatch(v -> v.userId().equals(user)));
    return SlackJson.texts(slack.homeView(user).orElseThrow());
  }

  /** Presses a button in the person's App Home. */
  void pressInHome(String user, String actionId) {
    JsonObject view = JsonParser.parseString(slack.homeView(user).orElseThrow()).getAsJsonObject();
    slack.pressButtonInView(user, view.get("id").getAsString(), actionId, null);
  }

  /** A clicks with the value of someone else's suggestion. */
  void pressWithValue(String user, String actionId, String value) {
    slack.interaction(Interactions.buttonClick(user, actionId, value));
  }

  @Override
  public void close() {
    roundup.close();
    slack.close();
  }
}
