package dev.roundup.sandbox;

import static com.slack.api.model.view.Views.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real Bolt app connected with the SDK's Socket Mode client (Java-WebSocket backend, as Roundup
 * uses): proves Bolt parses every envelope the emulator sends and that acks come back.
 */
class BoltAppOverSocketModeTest {

  private final EmulatorFixture fx = new EmulatorFixture();
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private SocketModeApp socketApp;
  private SocketModeClient client;

  @BeforeEach
  void startApp() throws Exception {
    App app = new App(AppConfig.builder()
        .singleTeamBotToken(fx.workspace.botToken())
        .slack(fx.slack)
        .build());
    app.event(AppMentionEvent.class, (payload, ctx) -> {
      AppMentionEvent event = payload.getEvent();
      app.executorService().submit(() -> ctx.client().chatPostMessage(r -> r
          .channel(event.getChannel()).threadTs(event.getThreadTs()).text("Summarizing…")));
      return ctx.ack();
    });
    app.command("/roundup", (req, ctx) -> ctx.ack("You said: " + req.getPayload().getText()));
    app.blockAction("pause_task", (req, ctx) -> {
      seen.add("clicked " + req.getPayload().getActions().get(0).getValue());
      return ctx.ack();
    });
    app.viewSubmission("new-task", (req, ctx) -> ctx.ack(r -> r.responseAction("errors")
        .errors(Map.of("schedule", "Say when, e.g. every weekday at 9am"))));
    app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
      ctx.client().viewsPublish(r -> r.userId(payload.getEvent().getUser())
          .view(view(v -> v.type("home").privateMetadata("home for " + payload.getEvent().getUser()))));
      return ctx.ack();
    });
    socketApp = new SocketModeApp(fx.workspace.appToken(), app,
        SocketModeClient.Backend.JavaWebSocket);
    socketApp.startAsync();
    client = socketApp.getClient();
    await().atMost(Duration.ofSeconds(10)).until(() -> fx.emulator.socketConnections() == 1);
  }

  @AfterEach
  void stop() throws Exception {
    socketApp.close();
    client.close();
    fx.close();
  }

  @Test
  void bolt_acks_the_mention_envelope_and_its_reply_lands_in_the_thread() {
    String parent = fx.workspace.post("C0INCIDENTS", "U0ALICE", "db is down");

    Delivery delivery = fx.emulator.userPosts("C0INCIDENTS", parent, "U0BORIS", "<@U0BOT> summary?");

    assertThat(delivery.status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(fx.workspace.thread("C0INCIDENTS", parent)).extracting(StoredMessage::text)
            .containsExactly("db is down", "<@U0BOT> summary?", "Summarizing…"));
  }

  @Test
  void bolt_answers_a_slash_command_in_the_ack_payload() {
    Delivery delivery = fx.emulator.slashCommand("U0ALICE", "C0ENG", "/roundup", "list");

    assertThat(delivery.status()).isEqualTo(200);
    JsonObject payload = JsonParser.parseString(delivery.body()).getAsJsonObject();
    assertThat(payload.get("text").getAsString()).isEqualTo("You said: list");
  }

  @Test
  void bolt_parses_a_button_click_and_answers_a_view_submission_with_errors() {
    Delivery click = fx.emulator.interaction(
        Interactions.buttonClick("U0BORIS", "pause_task", "42", "C0ENG"));
    Delivery submit = fx.emulator.interaction(
        Interactions.viewSubmission("U0ALICE", "new-task", "", Map.of()));

    assertThat(click.status()).isEqualTo(200);
    assertThat(seen).containsExactly("clicked 42");
    assertThat(submit.status()).isEqualTo(200);
    JsonObject answer = JsonParser.parseString(submit.body()).getAsJsonObject();
    assertThat(answer.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(answer.getAsJsonObject("errors").get("schedule").getAsString())
        .startsWith("Say when");
  }

  @Test
  void bolt_publishes_a_home_view_when_the_home_tab_opens() {
    Delivery delivery = fx.emulator.appHomeOpened("U0CHEN");

    assertThat(delivery.status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(fx.emulator.publishedViews()).singleElement()
            .satisfies(v -> assertThat(v.view()).contains("home for U0CHEN")));
  }
}
