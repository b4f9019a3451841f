package dev.roundup.access;

import static org.awaitility.Awaitility.await;

import com.google.gson.JsonParser;
import dev.roundup.SlackJson;
import dev.roundup.StoredPosts;
import dev.roundup.TestClock;
import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.Delivery;
import dev.roundup.sandbox.Interactions;
import dev.roundup.sandbox.ResponseUrlPost;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sample workspace with a secret in the private #leads (Alice, Dana and the bot are in it;
 * Boris and Chen are not), a real Roundup wired to it, and a record of where everything Roundup
 * said went: messages and their edits by channel, ephemeral answers by the person who asked, Home
 * views by their owner. {@link #placesTheSecretReached()} is the leak check every test ends with.
 */
final class PrivacyBed implements AutoCloseable {

  static final String ALICE = "U0ALICE";
  static final String BORIS = "U0BORIS";
  static final String CHEN = "U0CHEN";
  static final String DANA = "U0DANA";
  static final String GENERAL = "C0GENERAL";
  static final String ENG = "C0ENG";
  static final String LEADS = "C0LEADS";
  static final String SECRET = "reorg";
  static final Duration WAIT = Duration.ofSeconds(20);
  /** Monday 23 Nov 2026, 07:00 UTC: before the day's 9am (Paris) tasks. */
  static final Instant MONDAY = Instant.parse("2026-11-23T07:00:00Z");

  final TestClock clock = new TestClock(MONDAY);
  final Workspace workspace = Workspace.sample();
  final SlackEmulator slack;
  final Roundup roundup;
  PrivacyBed() throws Exception {
    workspace.setClock(clock);
    slack = SlackEmulator.start(workspace);
    slack.setClock(clock);
    slack.setMessageEvents(true);
    Config config = new Config(
        new Config.Slack(workspace.botToken(), workspace.signingSecret(), null, slack.apiUrl()),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:mem:privacy-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa", "", 4),
        new Config.Work(4, 100, Duration.ofHours(24)),
        LlmSettings.embedded(), Config.Tasks.DEFAULT, Config.Ingest.defaults(), Config.Digests.defaults());
    roundup = Roundup.start(config, clock, new ExtractiveSummarizer());
    slack.setAppUrl("http://127.0.0.1:" + roundup.port() + "/slack/events");
    posts(LEADS, DANA, "Confidential: the reorg is announced on Friday, keep it quiet.");
    posts(ENG, BORIS, "The release branch is cut; QA starts tomorrow morning.");
    posts(GENERAL, CHEN, "Lunch order closes at 11, reply in the thread.");
    clock.advance(Duration.ofMinutes(5));
  }

  /**
   * A person posts in a channel; returns once Roundup has stored the message. Roundup stores an
   * event after acknowledging it, so a run started right after the delivery could read the channel
   * before the message is in the store.
   */
  void posts(String channel, String person, String text) {
    StoredPosts.post(slack, workspace, roundup.messages(), channel, null, person, text, WAIT);
  }

  /**
   * Runs a slash command and answers its acknowledgement's text, or else the first answer posted
   * to its response URL (where a refusal or a one-part result goes).
   */
  String command(String person, String command, String text) {
    return commandIn(GENERAL, person, command, text);
  }

  /** Runs a slash command in a channel or DM; answers what the person is told. */
  String commandIn(String channel, String person, String command, String text) {
    int before = slack.responseUrlPosts().size();
    Delivery d = slack.slashCommand(person, channel, command, text);
    String ack = d.body() == null || d.body().isBlank() ? "" : SlackJson.texts(JsonParser.parseString(d.body()));
    if (!ack.isEmpty() && !ack.contains(":hourglass")) {
      return ack;
    }
    await().atMost(WAIT).until(() -> slack.responseUrlPosts().size() > before);
    return SlackJson.texts(JsonParser.parseString(slack.responseUrlPosts().get(before).body()));
  }

  /** Clicks a button on an ephemeral answer; answers what replaced it. */
  String click(String person, String actionId, String value) {
    int before = slack.responseUrlPosts().size();
    slack.interaction(Interactions.buttonClick(person, actionId, value, GENERAL));
    await().atMost(WAIT).until(() -> slack.responseUrlPosts().size() > before);
    return SlackJson.texts(JsonParser.parseString(slack.responseUrlPosts().get(before).body()));
  }

  /** Clicks a button in the person's App Home (answers, if any, go to their DM). */
  void clickInHome(String person, String actionId, String value) {
    slack.interaction(Interactions.buttonClick(person, actionId, value));
  }

  /** Submits a modal; answers the body Roundup acknowledged with (errors, or empty). */
  String submit(String person, String callbackId, String metadata, Map<String, Map<String, Object>> values) {
    Delivery d = slack.interaction(Interactions.viewSubmission(person, callbackId, metadata, values));
    return d.body() == null ? "" : d.body();
  }

  /** The value of a button in the last answer to this person. */
  String buttonValue(String person, String actionId) {
    ResponseUrlPost last = slack.responseUrlPosts().stream()
        .filter(p -> person.equals(p.userId())).reduce((a, b) -> b).orElseThrow();
    return SlackJson.buttonValue(JsonParser.parseString(last.body()), actionId)
        .orElseThrow(() -> new AssertionError("no button " + actionId + " for " + person));
  }

  /** Mentions Roundup in a channel (or a thread) and answers what Roundup posted there. */
  String mention(String person, String channel, String text) {
    int posts = slack.calls("chat.postMessage").size();
    int updates = slack.calls("chat.update").size();
    int ephemerals = slack.ephemerals().size();
    slack.userPosts(channel, null, person, "<@" + workspace.botUserId() + "> " + text);
    // Done when the placeholder shows an answer (not progress), or an ephemeral reply came.
    await().atMost(WAIT).until(() -> slack.ephemerals().size() > ephemerals
        || slack.calls("chat.update").subList(updates, slack.calls("chat.update").size()).stream()
            .anyMatch(c -> !c.params().getOrDefault("text", "").contains(":hourglass")));
    StringBuilder out = new StringBuilder();
    slack.calls("chat.postMessage").subList(posts, slack.calls("chat.postMessage").size())
        .forEach(c -> out.append(c.params()).append('\n'));
    slack.calls("chat.update").subList(updates, slack.calls("chat.update").size())
        .forEach(c -> out.append(c.params()).append('\n'));
    slack.ephemerals().subList(ephemerals, slack.ephemerals().size())
        .forEach(e -> out.append(e.text()).append('\n'));
    return out.toString();
  }

  /** What the bot posted in a person's DM, oldest first, as text and blocks. */
  List<String> dms(String person) {
    return workspace.messages(workspace.directChannel(person).id()).stream()
        .filter(m -> workspace.botUserId().equals(m.user()))
        .map(m -> m.text() + "\n" + (m.blocks() == null ? "" : m.blocks())).toList();
  }

  /** What the bot posted in a channel, as text and blocks. */
  List<String> botPostsIn(String channel) {
    return workspace.messages(channel).stream()
        .filter(m -> workspace.botUserId().equals(m.user()))
        .map(m -> m.text() + "\n" + (m.blocks() == null ? "" : m.blocks())).toList();
  }

  /**
   * Everywhere the secret reached, other than where #leads' own members alone see it: "#C…" for
   * a channel, "@U…" for a person (a DM, an ephemeral answer, a Home view, a form). Stops Roundup
   * first, which lets every piece of work in flight finish, so nothing arrives after the check.
   */
  List<String> placesTheSecretReached() {
    roundup.close();
    List<String> places = new ArrayList<>();
    for (ApiCall call : slack.calls()) {
      if (!call.params().toString().toLowerCase().contains(SECRET)) {
        continue;
      }
      switch (call.method()) {
        case "chat.postMessage", "chat.update" -> places.add(place(call.params().get("channel")));
        case "chat.postEphemeral" -> places.add("@" + call.params().get("user"));
        case "views.publish" -> places.add("@" + call.params().get("user_id"));
        case "views.open", "views.update" -> places.add("@(a form)");
        default -> { }
      }
    }
    for (ResponseUrlPost post : slack.responseUrlPosts()) {
      if (post.body().toLowerCase().contains(SECRET)) {
        places.add("@" + post.userId());
      }
    }
    return places.stream().filter(p -> !p.equals("#" + LEADS) && !p.equals("@" + ALICE)
        && !p.equals("@" + DANA)).distinct().toList();
  }

  private String place(String channel) {
    if (channel == null) {
      return "?";
    }
    if (channel.startsWith("U")) {
      return "@" + channel;
    }
    if (channel.startsWith("D")) {
      return "@U" + channel.substring(1);
    }
    return "#" + channel;
  }




  @Override
  public void close() {
    roundup.close();
    slack.close();
  }
}
