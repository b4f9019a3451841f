package dev.roundup.e2e;

import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.DeliveryMode;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Summarizer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * A real Roundup (Jetty + Bolt + H2 file) wired to the Slack emulator, the way tests drive it end
 * to end: the emulator signs and delivers events and commands; Roundup calls the emulator's Web API.
 */
final class RoundupHarness implements AutoCloseable {

  final Workspace workspace;
  final SlackEmulator slack;
  final Roundup roundup;

  private RoundupHarness(Workspace workspace, SlackEmulator slack, Roundup roundup) {
    this.workspace = workspace;
    this.slack = slack;
    this.roundup = roundup;
  }

  static RoundupHarness start(Path dir) throws Exception {
    return start(dir, new ExtractiveSummarizer());
  }

  static RoundupHarness start(Path dir, Summarizer summarizer) throws Exception {
    return start(dir, summarizer, new Config.Work(4, 100, Duration.ofHours(24)));
  }

  /** With the given pools (load-shedding tests make them tiny). */
  static RoundupHarness start(Path dir, Summarizer summarizer, Config.Work work) throws Exception {
    Workspace ws = Workspace.sample();
    SlackEmulator slack = SlackEmulator.start(ws);
    try {
      Config base = config(ws, slack, dir);
      Config config = new Config(base.slack(), base.server(), base.database(), work, base.llm());
      Roundup roundup = Roundup.start(config, Clock.systemUTC(), summarizer);
      slack.setAppUrl("http://127.0.0.1:" + roundup.port() + "/slack/events");
      return new RoundupHarness(ws, slack, roundup);
    } catch (Exception | Error e) {
      slack.close();
      throw e;
    }
  }

  /**
   * Roundup in Socket Mode, as {@code serve} runs it when an app-level token is configured (no
   * signing secret): returns once Roundup's connection is open, with the emulator set to deliver
   * over it only.
   */
  static RoundupHarness startSocketMode(Path dir) throws Exception {
    Workspace ws = Workspace.sample();
    SlackEmulator slack = SlackEmulator.start(ws);
    Roundup roundup = null;
    try {
      Config http = config(ws, slack, dir);
      Config socket = new Config(new Config.Slack(ws.botToken(), "", ws.appToken(), slack.apiUrl()),
          http.server(), http.database(), http.work(), http.llm());
      roundup = Roundup.start(socket, Clock.systemUTC(), new ExtractiveSummarizer());
      slack.setDeliveryMode(DeliveryMode.SOCKET);
      // As over HTTP, allow a loaded machine more than Slack's 3 s; later acks are logged.
      slack.setSocketAckTimeout(Duration.ofSeconds(30));
      // The SDK connects in the background after start returns.
      Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> slack.socketConnections() > 0);
      return new RoundupHarness(ws, slack, roundup);
    } catch (Exception | Error e) {
      if (roundup != null) {
        roundup.close();
      }
      slack.close();
      throw e;
    }
  }

  static Config config(Workspace ws, SlackEmulator slack, Path dir) {
    return new Config(
        new Config.Slack(ws.botToken(), ws.signingSecret(), null, slack.apiUrl()),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:file:" + dir.resolve("roundup")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 5),
        new Config.Work(4, 100, Duration.ofHours(24)),
        LlmSettings.embedded());
  }

  String baseUrl() {
    return "http://127.0.0.1:" + roundup.port();
  }

  /** Bot posts (chat.postMessage) that succeeded, in order. */
  List<ApiCall> botPosts() {
    return slack.calls("chat.postMessage").stream().filter(ApiCall::ok).toList();
  }

  List<ApiCall> updates() {
    return slack.calls("chat.update").stream().filter(ApiCall::ok).toList();
  }

  @Override
  public void close() {
    roundup.close();
    slack.close();
  }
}
