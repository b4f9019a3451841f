package dev.roundup.tasks;

import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.SlackJson;
import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.Delivery;
import dev.roundup.sandbox.Interactions;
import dev.roundup.sandbox.ResponseUrlPost;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.sandbox.Workspace;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Roundup running against the Slack emulator's sample workspace, on an H2 file, for end-to-end
 * task tests: type a command as a user, read what came back, click a button.
 */
final class TaskBot implements AutoCloseable {

  static final String ALICE = "U0ALICE";   // admin, Europe/Paris
  static final String BORIS = "U0BORIS";   // America/New_York
  static final String CHANNEL = "C0GENERAL";
  static final Duration WAIT = Duration.ofSeconds(20);

  /** Lists each message's texts as highlights: enough to see which messages a summary covered. */
  static final Summarizer ECHO = (conversation, options) -> new Summary(
      conversation.messages().get(0).text(),
      conversation.messages().stream().map(m -> new Point(m.text(), List.of(m.ts()))).toList(),
      List.of(), List.of(), List.of(),
      new Summary.Stats(conversation.size(), conversation.participants().size()), null);

  final Workspace workspace = Workspace.sample();
  final SlackEmulator slack = SlackEmulator.start(workspace);
  private final Path db;
  private final Clock clock;
  private final int maxActive;
  private final Config.Posting posting;
  private final Duration shutdownTimeout;
  private final Summarizer summarizer;
  private LlmSettings llm = LlmSettings.embedded();
  Roundup roundup;

  TaskBot(Path dir, Clock clock, int maxActive) throws Exception {
    this(dir, clock, maxActive, ECHO);
  }

  TaskBot(Path dir, Clock clock, int maxActive, Summarizer summarizer) throws Exception {
    this(dir, clock, maxActive, Config.Posting.defaults(), Config.DEFAULT_SHUTDOWN_TIMEOUT, summarizer);
  }

  /** With the outbound queue's pace and the graceful stop's time limit given. */
  TaskBot(Path dir, Clock clock, int maxActive, Config.Posting posting, Duration shutdownTimeout)
      throws Exception {
    this(dir, clock, maxActive, posting, shutdownTimeout, ECHO);
  }

  /** With a model configured: {@link #ECHO} is then what summaries fall back to. */
  TaskBot(Path dir, Clock clock, LlmSettings llm) throws Exception {
    this(dir, clock, 25, Config.Posting.defaults(), Config.DEFAULT_SHUTDOWN_TIMEOUT, ECHO, llm);
  }

  private TaskBot(Path dir, Clock clock, int maxActive, Config.Posting posting, Duration shutdownTimeout,
      Summarizer summarizer) throws Exception {
    this(dir, clock, maxActive, posting, shutdownTimeout, summarizer, LlmSettings.embedded());
  }

  private TaskBot(Path dir, Clock clock, int maxActive, Config.Posting posting, Duration shutdownTimeout,
      Summarizer summarizer, LlmSettings llm) throws Exception {
    this.llm = llm;
    this.db = dir.resolve("roundup");
    this.clock = clock;
    this.maxActive = maxActive;
    this.posting = posting;
    this.shutdownTimeout = shutdownTimeout;
    this.summarizer = summarizer;
    start();
  }

  void start() throws Exception {
    Config config = new Config(
        new Config.Slack(workspace.botToken(), workspace.signingSecret(), null, slack.apiUrl()),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:file:" + db
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 10),
        new Config.Work(4, 100, Duration.ofHours(24)),
        llm,
        new Config.Tasks(4, false, Duration.ofSeconds(1), maxActive, Duration.ofHours(1)),
        Config.Ingest.defaults(), Config.Digests.defaults(), posting, shutdownTimeout);
    roundup = Roundup.start(config, clock, summarizer);
    slack.setAppUrl("http://127.0.0.1:" + roundup.port() + "/slack/events");
  }

  void stop() {
    roundup.close();
  }

  String dbUrl() {
    return "jdbc:h2:file:" + db + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  /** Runs {@code /task text} as the user and returns the next ephemeral answer's texts. */
  String command(String user, String text) {
    int before = slack.responseUrlPosts().size();
    Delivery d = slack.slashCommand(user, CHANNEL, "/task", text);
    if (d.status() != 200) {
      throw new AssertionError("slash command answered " + d.status() + ": " + d.body());
    }
    return nextResponse(before);
  }

  /** Runs a command that opens a form; returns the opened view's JSON. */
  JsonObject commandOpeningForm(String user, String text) {
    int before = slack.openedViews().size();
    slack.slashCommand(user, CHANNEL, "/task", text);
    await().atMost(WAIT).until(() -> slack.openedViews().size() > before);
    return JsonParser.parseString(slack.openedViews().get(before).view()).getAsJsonObject();
  }

  /** Creates a task through the confirmation and returns its id. */
  long create(String user, String text) {
    String confirmation = command(user, text);
    if (!confirmation.contains("please check")) {
      throw new AssertionError("no confirmation: " + confirmation);
    }
    String answer = click(user, TaskBlocks.CONFIRM, buttonValue(TaskBlocks.CONFIRM));
    if (!answer.contains("saved")) {
      throw new AssertionError("not saved: " + answer);
    }
    return Long.parseLong(answer.replaceAll("(?s).*Task (\\d+) saved.*", "$1"));
  }

  /** Clicks a button on the confirmation; returns the texts that replaced it. */
  String click(String user, String actionId, String value) {
    int before = slack.responseUrlPosts().size();
    slack.interaction(Interactions.buttonClick(user, actionId, value, CHANNEL));
    return nextResponse(before);
  }

  /** The value of a button in the last ephemeral answer. */
  String buttonValue(String actionId) {
    List<ResponseUrlPost> posts = slack.responseUrlPosts();
    JsonObject body = JsonParser.parseString(posts.get(posts.size() - 1).body()).getAsJsonObject();
    return SlackJson.buttonValue(body, actionId).orElseThrow(() -> new AssertionError("no button " + actionId));
  }

  /** Bot messages in a channel (D + user id without U for a DM), oldest first. */
  List<StoredMessage> botMessages(String channelId) {
    return workspace.messages(channelId).stream()
        .filter(m -> workspace.botUserId().equals(m.user())).toList();
  }

  static String dm(String userId) {
    return "D" + userId.substring(1);
  }

  private String nextResponse(int before) {
    await().atMost(WAIT).until(() -> slack.responseUrlPosts().size() > before);
    return SlackJson.texts(JsonParser.parseString(slack.responseUrlPosts().get(before).body()));
  }

  @Override
  public void close() {
    if (roundup != null) {
      roundup.close();
    }
    slack.close();
  }
}
