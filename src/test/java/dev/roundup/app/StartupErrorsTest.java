package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.store.StoreException;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What keeps Roundup from starting is said as what to check, not as a stack trace. */
class StartupErrorsTest {

  private static Config config(String token, String apiUrl, String dbUrl) {
    return new Config(
        new Config.Slack(token, "secret", null, apiUrl),
        new Config.Server("127.0.0.1", 0),
        new Config.Database(dbUrl, "sa", "", 2),
        new Config.Work(2, 10, Duration.ofHours(24)),
        LlmSettings.embedded(), Config.Tasks.DEFAULT, Config.Ingest.defaults(), Config.Digests.defaults(),
        Config.Posting.unlimited(), Config.DEFAULT_SHUTDOWN_TIMEOUT);
  }

  private static String memoryDb() {
    return "jdbc:h2:mem:startup-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
  }

  @Test
  void slack_out_of_reach_is_not_called_a_rejected_token() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort(); // nothing listens here once the socket is closed
    }
    assertThatThrownBy(() -> Roundup.start(config("xoxb-1", "http://127.0.0.1:" + closed + "/api/", memoryDb()),
        Clock.systemUTC(), new ExtractiveSummarizer()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("couldn't reach Slack").hasMessageNotContaining("rejected");
  }

  @Test
  void a_token_slack_refuses_is_called_so() throws Exception {
    Workspace ws = Workspace.sample();
    try (SlackEmulator slack = SlackEmulator.start(ws)) {
      assertThatThrownBy(() -> Roundup.start(config("xoxb-not-this-workspace", slack.apiUrl(), memoryDb()),
          Clock.systemUTC(), new ExtractiveSummarizer()))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("Slack rejected the bot token (invalid_auth)");
    }
  }

  @Test
  void a_database_url_no_driver_takes_is_said_with_the_url() {
    assertThatThrownBy(() -> Roundup.start(config("xoxb-1", "http://127.0.0.1:9/api/", "garbage"),
        Clock.systemUTC(), new ExtractiveSummarizer()))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open the database garbage: ");
  }
}
