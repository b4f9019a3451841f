package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.store.Workspace;
import dev.roundup.tasks.TaskCommand;
import dev.roundup.tasks.TaskCommand.Command;
import dev.roundup.tasks.TaskService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code sandbox} command's wiring: a team's export in the emulator, the real app answering in
 * it, the console in front; and the command's refusals. (The console in a browser, on the sample
 * workspace: {@code SandboxConsoleBrowserTest}.)
 */
class SandboxTest {

  @Test
  void an_export_is_loaded_with_its_times_and_the_real_app_summarizes_its_threads() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new Sandbox.Options("127.0.0.1", 0, Path.of("samples/export")))) {
      StoredMessage parent = sandbox.slack().workspace().messages("C0ENG").get(0);
      // The first thread of samples/export/eng/2026-11-16.json, at the time it was sent.
      assertThat(parent.ts()).isEqualTo("1794819900.016095");
      assertThat(sandbox.slack().workspace().thread("C0ENG", parent.ts())).hasSize(7);

      sandbox.slack().userPosts("C0ENG", parent.ts(), "U0ALICE", "<@U0BOT>");

      StoredMessage summary = await().atMost(Duration.ofSeconds(30)).until(() -> {
        List<StoredMessage> thread = sandbox.slack().workspace().thread("C0ENG", parent.ts());
        return thread.get(thread.size() - 1);
      }, m -> m.text().startsWith("Thread summary"));
      assertThat(sandbox.slack().calls("chat.update")).anyMatch(ApiCall::ok);
      assertThat(summary.user()).isEqualTo(sandbox.slack().workspace().botUserId());
      assertThat(summary.text()).startsWith("Thread summary: 7 messages");
      // Source links point at the messages by the times they have in the export.
      assertThat(summary.blocks()).contains("/archives/C0ENG/p1794820800016110");

      HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(sandbox.url())
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(sandbox.url().getHost()).isEqualTo("127.0.0.1");
      assertThat(page.body()).contains("Roundup sandbox");
    }
  }

  @Test
  void the_console_offers_ask_and_catchup_and_runs_them_through_the_real_app() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new Sandbox.Options("127.0.0.1", 0, Path.of("samples/export")))) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> state = http.send(HttpRequest.newBuilder(
          sandbox.url().resolve("/api/state?as=U0ALICE")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(state.body()).contains("\"/ask\"").contains("\"/catchup\"");

      HttpResponse<String> asked = http.send(HttpRequest.newBuilder(sandbox.url().resolve("/api/post"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"as\": \"U0ALICE\", \"channel\": \"C0ENG\", "
              + "\"text\": \"/ask 30d who is deleting the old billing path?\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(asked.statusCode()).isEqualTo(200);
      await().atMost(Duration.ofSeconds(30)).until(() -> !sandbox.slack().responseUrlPosts().isEmpty());
      assertThat(sandbox.slack().responseUrlPosts().get(0).body()).contains("*Q:*");
    }
  }

  @Test
  void the_sample_workspace_offers_a_suggestion_and_a_clock_jump_past_the_night_runs_the_next_one()
      throws Exception {
    try (Sandbox sandbox = Sandbox.start(new Sandbox.Options("127.0.0.1", 0, null))) {
      String priya = "U0PRIYA";
      String dm = sandbox.slack().workspace().directChannel(priya).id();
      // The sample's #support has Priya's handover note every day for five weeks: caught up into the
      // store at start, tonight's run (due by the clock) offers to post it for her.
      StoredMessage card = await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.slack().workspace()
          .messages(dm).stream().filter(m -> m.blocks() != null && m.blocks().contains("suggest_schedule"))
          .findFirst().orElse(null), m -> m != null);
      assertThat(card.text()).contains("Support queue handover in 10 minutes").contains("each of the last");
      assertThat(card.blocks()).contains("every day at 5:50 PM, post in <#C0SUPPORT>");
      assertThat(nights(sandbox)).isEqualTo(1);

      sandbox.clock().advance(Duration.ofDays(1));

      await().atMost(Duration.ofSeconds(30)).until(() -> nights(sandbox) == 2);
    }
  }

  @Test
  void a_reminder_the_clock_was_moved_past_runs_on_time_not_marked_late() throws Exception {
    try (Sandbox sandbox = Sandbox.start(new Sandbox.Options("127.0.0.1", 0, null))) {
      String alice = "U0ALICE";
      String team = sandbox.slack().workspace().teamId();
      String dm = sandbox.slack().workspace().directChannel(alice).id();
      ZoneId paris = ZoneId.of("Europe/Paris");
      // What Confirm saves for "/task in 2 hours remind me to stretch".
      Command parsed = new TaskCommand(new ScheduleParser()).parse("in 2 hours remind me to stretch", alice,
          paris, ZonedDateTime.now(sandbox.clock().withZone(paris)));
      Workspace.run(team, () -> assertThat(sandbox.roundup().tasks().service()
          .create(alice, team, ((TaskCommand.Create) parsed).request()))
          .isInstanceOf(TaskService.Done.class));

      // Moved past it by hand: time passing in the sandbox, not Roundup having been down.
      sandbox.clock().advance(Duration.ofHours(5));

      StoredMessage reminder = await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.slack().workspace()
          .messages(dm).stream().filter(m -> m.text().contains("Reminder: stretch")).findFirst().orElse(null),
          m -> m != null);
      assertThat(reminder.text()).doesNotContain("late");
    }
  }

  /** How many nightly suggestion runs the sandbox's Roundup has made. */
  private static int nights(Sandbox sandbox) throws java.sql.SQLException {
    try (var c = sandbox.roundup().database().dataSource().getConnection();
        var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM suggestion_runs")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--export samples/nowhere", "--export pom.xml", "--port 70000",
      "--host no-such-host.invalid", "--port many"})
  void bad_input_exits_2_with_one_line_on_stderr_and_starts_nothing(String args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = new SandboxCommand().run(List.of(args.split(" ")),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("sandbox: ").doesNotContain("\n");
  }
}
