package dev.roundup.sandbox;

import static com.slack.api.model.view.Views.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real Bolt app served by Jetty, talking to the emulator both ways, as Roundup will. */
class BoltAppAgainstEmulatorTest {

  private final EmulatorFixture fx = new EmulatorFixture();
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private Server server;

  @BeforeEach
  void startApp() throws Exception {
    App app = new App(AppConfig.builder()
        .singleTeamBotToken(fx.workspace.botToken())
        .signingSecret(fx.workspace.signingSecret())
        .slack(fx.slack)
        .build());
    app.event(AppMentionEvent.class, (payload, ctx) -> {
      AppMentionEvent event = payload.getEvent();
      String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
      app.executorService().submit(() -> ctx.client().chatPostMessage(r -> r
          .channel(event.getChannel()).threadTs(thread).text("Summarizing…")));
      return ctx.ack();
    });
    app.command("/roundup", (req, ctx) -> ctx.ack("You said: " + req.getPayload().getText()));
    app.blockAction("pause_task", (req, ctx) -> {
      seen.add("clicked " + req.getPayload().getActions().get(0).getValue() + " by "
          + req.getPayload().getUser().getUsername());
      return ctx.ack();
    });
    app.viewSubmission("new-task", (req, ctx) -> {
      var values = req.getPayload().getView().getState().getValues();
      seen.add("submitted " + values.get("schedule").get("schedule_input").getValue());
      return ctx.ack();
    });
    app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
      ctx.client().viewsPublish(r -> r.userId(payload.getEvent().getUser())
          .view(view(v -> v.type("home").privateMetadata("home for " + payload.getEvent().getUser()))));
      return ctx.ack();
    });
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
    server.setHandler(context);
    server.start();
    fx.emulator.setAppUrl("http://127.0.0.1:" + connector.getLocalPort() + "/slack/events");
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    fx.close();
  }

  @Test
  void bolt_accepts_the_signed_mention_and_its_reply_lands_in_the_thread() {
    String parent = fx.workspace.post("C0INCIDENTS", "U0ALICE", "db is down");

    Delivery delivery = fx.emulator.userPosts("C0INCIDENTS", parent, "U0BORIS", "<@U0BOT> summary?");

    assertThat(delivery.status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(fx.workspace.thread("C0INCIDENTS", parent)).extracting(StoredMessage::text)
            .containsExactly("db is down", "<@U0BOT> summary?", "Summarizing…"));
    assertThat(fx.workspace.thread("C0INCIDENTS", parent).get(2).botId()).isEqualTo("B0BOT");
  }

  @Test
  void bolt_answers_a_slash_command_in_the_ack_body() {
    Delivery delivery = fx.emulator.slashCommand("U0ALICE", "C0ENG", "/roundup", "list");

    assertThat(delivery.status()).isEqualTo(200);
    assertThat(delivery.body()).contains("You said: list");
  }

  @Test
  void bolt_rejects_a_forged_signature() {
    String envelope = "{\"type\":\"event_callback\",\"team_id\":\"T0SANDBOX\",\"event_id\":\"Ev1\","
        + "\"event\":{\"type\":\"app_mention\",\"user\":\"U0ALICE\",\"text\":\"<@U0BOT>\","
        + "\"channel\":\"C0ENG\",\"ts\":\"1700000000.000100\",\"event_ts\":\"1700000000.000100\"}}";
    Delivery delivery = fx.emulator.deliverRaw(envelope, "application/json",
        Map.of("X-Slack-Request-Timestamp", String.valueOf(System.currentTimeMillis() / 1000),
            "X-Slack-Signature", "v0=0000"));

    assertThat(delivery.status()).isEqualTo(401);
  }

  @Test
  void bolt_parses_button_clicks_and_view_submissions_built_by_interactions() {
    Delivery click = fx.emulator.interaction(Interactions.buttonClick("U0BORIS", "pause_task", "42", "C0ENG"));
    Delivery submit = fx.emulator.interaction(Interactions.viewSubmission("U0ALICE", "new-task", "",
        Map.of("schedule", Map.of("schedule_input", "every weekday at 9am"))));

    assertThat(click.status()).isEqualTo(200);
    assertThat(submit.status()).isEqualTo(200);
    assertThat(seen).containsExactly("clicked 42 by boris", "submitted every weekday at 9am");
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
