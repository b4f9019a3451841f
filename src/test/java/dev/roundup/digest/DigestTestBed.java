package dev.roundup.digest;

import static org.awaitility.Awaitility.await;

import com.google.gson.JsonParser;
import dev.roundup.StoredPosts;
import dev.roundup.TestClock;
import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.ResponseUrlPost;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.sandbox.Workspace;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sample workspace behind the Slack emulator, and a real Roundup (in-memory H2) pointed at it,
 * both on one hand-moved clock. Users: U0ALICE, U0BORIS, U0CHEN, U0DANA; channels #general,
 * #eng, #incidents (bot in), #design (bot not in), #leads (private: Alice, Dana, bot).
 */
final class DigestTestBed implements AutoCloseable {

  static final String ALICE = "U0ALICE";
  static final String BORIS = "U0BORIS";
  static final String CHEN = "U0CHEN";
  static final String DANA = "U0DANA";
  static final String GENERAL = "C0GENERAL";
  static final String ENG = "C0ENG";
  static final String DESIGN = "C0DESIGN";
  static final String INCIDENTS = "C0INCIDENTS";
  static final String LEADS = "C0LEADS";

  /** Monday 16 Nov 2026, 09:00 UTC. */
  static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");

  final TestClock clock = new TestClock(MONDAY);
  final Workspace workspace = Workspace.sample();
  final SlackEmulator slack;
  final Roundup roundup;

  DigestTestBed() throws Exception {
    this(Config.Ingest.defaults());
  }

  DigestTestBed(Config.Ingest ingest) throws Exception {
    workspace.setClock(clock);
    slack = SlackEmulator.start(workspace);
    slack.setClock(clock);
    Config config = new Config(
        new Config.Slack(workspace.botToken(), workspace.signingSecret(), null, slack.apiUrl()),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:mem:digest-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa", "", 4),
        new Config.Work(4, 100, Duration.ofHours(24)),
        LlmSettings.embedded(), Config.Tasks.DEFAULT, ingest, Config.Digests.defaults(),
        // Digests' parts go out at once: these tests are about what is posted, not its pace.
        Config.Posting.unlimited(), Config.DEFAULT_SHUTDOWN_TIMEOUT);
    roundup = Roundup.start(config, clock, new ExtractiveSummarizer());
    slack.setAppUrl("http://127.0.0.1:" + roundup.port() + "/slack/events");
  }

  /**
   * A person posts; returns once Roundup has stored the message. Message events are stored after
   * their ack, on the work pool, so a digest built straight after a bare post could read the store
   * before the message is in it.
   */
  String posts(String channel, String threadTs, String person, String text) {
    return StoredPosts.post(slack, workspace, roundup.messages(), channel, threadTs, person, text,
        Duration.ofSeconds(20));
  }

  /** Runs a slash command and waits for the first response_url post it causes. */
  String command(String user, String text) {
    int before = slack.responseUrlPosts().size();
    var delivery = slack.slashCommand(user, GENERAL, "/digest", text);
    String ack = delivery.body() == null ? "" : delivery.body();
    if (ack.contains("\"text\"") && !ack.contains("Building")) {
      return JsonParser.parseString(ack).getAsJsonObject().get("text").getAsString();
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> slack.responseUrlPosts().size() > before);
    return text(slack.responseUrlPosts().get(before));
  }

  /** All response_url posts since index {@code from}, as text. */
  List<String> postsSince(int from) {
    return slack.responseUrlPosts().subList(from, slack.responseUrlPosts().size()).stream()
        .map(DigestTestBed::text).toList();
  }

  static String text(ResponseUrlPost post) {
    var json = JsonParser.parseString(post.body()).getAsJsonObject();
    return (json.has("text") ? json.get("text").getAsString() : "") + "\n"
        + (json.has("blocks") ? json.get("blocks").toString() : "");
  }

  /** What the bot posted in a user's DM, oldest first. */
  List<StoredMessage> dms(String user) {
    return workspace.messages(workspace.directChannel(user).id()).stream()
        .filter(m -> workspace.botUserId().equals(m.user())).toList();
  }

  static String content(StoredMessage m) {
    return m.text() + "\n" + (m.blocks() == null ? "" : m.blocks());
  }

  @Override
  public void close() {
    roundup.close();
    slack.close();
  }
}
