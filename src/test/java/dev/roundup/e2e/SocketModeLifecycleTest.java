package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.roundup.app.Config;
import dev.roundup.app.ConfigException;
import dev.roundup.app.Roundup;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping Roundup in Socket Mode. */
class SocketModeLifecycleTest {

  @TempDir
  Path dir;

  @Test
  void closing_roundup_closes_its_connection_and_stops_its_socket_mode_threads() throws Exception {
    RoundupHarness h = RoundupHarness.startSocketMode(dir);
    try {
      Set<Thread> socketThreads = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("socket-mode-")).collect(Collectors.toSet());
      assertThat(socketThreads).as("the SDK's message processor and session monitor").isNotEmpty();

      h.roundup.close();

      await().atMost(Duration.ofSeconds(10)).until(() -> h.slack.socketConnections() == 0);
      await().atMost(Duration.ofSeconds(10))
          .until(() -> socketThreads.stream().noneMatch(Thread::isAlive));
    } finally {
      h.close();
    }
  }

  @Test
  void roundup_opens_a_new_connection_when_slack_asks_and_keeps_answering() throws Exception {
    try (RoundupHarness h = RoundupHarness.startSocketMode(dir)) {
      int urls = h.slack.calls("apps.connections.open").size();

      h.slack.requestSocketReconnect();

      // A second connection was admitted and the first one is gone.
      await().atMost(Duration.ofSeconds(20)).until(() -> h.slack.socketConnectionsOpened() == 2
          && h.slack.socketConnections() == 1);
      assertThat(h.slack.calls("apps.connections.open")).hasSize(urls + 1);
      var help = h.slack.slashCommand("U0BORIS", "C0ENG", "/summarize", "help");
      assertThat(help.status()).isEqualTo(200);
      assertThat(Json.text(help.body())).contains("/summarize #channel 7d");
    }
  }

  @Test
  void a_wrong_app_token_stops_startup_with_a_message_naming_the_setting() {
    Workspace ws = Workspace.sample();
    try (SlackEmulator slack = SlackEmulator.start(ws)) {
      Config http = RoundupHarness.config(ws, slack, dir);
      Config wrong = new Config(new Config.Slack(ws.botToken(), "", "xapp-1-A0ROUNDUP-1-0000",
          slack.apiUrl()), http.server(), http.database(), http.work(), http.llm());

      assertThatThrownBy(() -> Roundup.start(wrong, Clock.systemUTC(), new ExtractiveSummarizer()))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("invalid_auth")
          .hasMessageContaining("SLACK_APP_TOKEN");
      assertThat(slack.socketConnections()).isZero();
    }
  }
}
