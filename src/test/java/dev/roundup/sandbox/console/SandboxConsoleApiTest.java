package dev.roundup.sandbox.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.sandbox.RecordingApp;
import dev.roundup.sandbox.SandboxClock;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.SlackExport;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.sandbox.Workspace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The console's HTTP API over the emulator and the sample workspace, with a stand-in app: what a
 * person may see and do, the clock, the fault controls, live updates, and that actions come only
 * from the console's own page.
 */
class SandboxConsoleApiTest {

  private final SandboxClock clock = new SandboxClock();
  private final Workspace workspace = SlackExport.sample(clock);
  private final SlackEmulator slack = SlackEmulator.start(workspace);
  private final RecordingApp app;
  private final AtomicInteger clockMoves = new AtomicInteger();
  private final SandboxConsole console;
  private final HttpClient http = HttpClient.newHttpClient();

  SandboxConsoleApiTest() throws Exception {
    workspace.setClock(clock);
    slack.setClock(clock);
    app = new RecordingApp();
    slack.setAppUrl(app.url());
    console = SandboxConsole.start(slack, clock, new ConsoleSettings("127.0.0.1", 0,
        List.of("/task", "/digest"), clockMoves::incrementAndGet));
  }

  @AfterEach
  void stop() throws Exception {
    console.close();
    app.close();
    slack.close();
  }

  @Test
  void a_private_channel_does_not_exist_for_someone_outside_it() throws Exception {
    assertThat(channelIds(get("/api/state?as=U0ALICE"))).contains("C0LEADS", "C0ENG");
    assertThat(channelIds(get("/api/state?as=U0BORIS"))).contains("C0ENG").doesNotContain("C0LEADS");

    assertThat(get("/api/channel?as=U0ALICE&channel=C0LEADS").getAsJsonArray("messages")).isNotEmpty();
    HttpResponse<String> asBoris = send(HttpRequest.newBuilder(url("/api/channel?as=U0BORIS&channel=C0LEADS")));
    assertThat(asBoris.statusCode()).isEqualTo(404);
    assertThat(asBoris.body()).doesNotContain("Hiring");
    String thread = workspace.messages("C0LEADS").get(0).ts();
    assertThat(send(HttpRequest.newBuilder(url("/api/thread?as=U0BORIS&channel=C0LEADS&ts=" + thread)))
        .statusCode()).isEqualTo(404);
    // Nor can Boris post there, or read someone else's direct messages.
    assertThat(post("/api/post", "{\"as\":\"U0BORIS\",\"channel\":\"C0LEADS\",\"text\":\"hi\"}").statusCode())
        .isEqualTo(404);
    assertThat(channelIds(get("/api/state?as=U0CHEN"))).doesNotContain("D0ALICEBORIS");
  }

  @Test
  void a_message_names_its_shared_files() throws Exception {
    String parent = workspace.messages("C0ENG").get(0).ts();
    String ts = workspace.replyWithFile("C0ENG", parent, "U0ALICE", "The numbers.",
        new dev.roundup.sandbox.SharedUpload("F0BUDGET", "budget.xlsx", "xlsx",
            "application/vnd.ms-excel", null));

    JsonObject thread = get("/api/thread?as=U0BORIS&channel=C0ENG&ts=" + parent);

    JsonObject reply = Stream.of(thread.getAsJsonArray("messages").asList().toArray(JsonElement[]::new))
        .map(JsonElement::getAsJsonObject).filter(m -> ts.equals(m.get("ts").getAsString()))
        .findFirst().orElseThrow();
    JsonObject file = reply.getAsJsonArray("files").get(0).getAsJsonObject();
    assertThat(file.get("name").getAsString()).isEqualTo("budget.xlsx");
    assertThat(file.get("filetype").getAsString()).isEqualTo("xlsx");
  }

  @Test
  void a_channel_name_is_linked_only_where_the_person_can_see_the_channel() throws Exception {
    post("/api/post", "{\"as\":\"U0BORIS\",\"channel\":\"C0ENG\",\"text\":\"@roundup see #leads and #incidents\"}");

    StoredMessage posted = last("C0ENG");
    assertThat(posted.user()).isEqualTo("U0BORIS");
    assertThat(posted.text()).isEqualTo("<@U0BOT> see #leads and <#C0INCIDENTS|incidents>");
  }

  @Test
  void posting_needs_membership_and_joining_a_public_channel_gives_it() throws Exception {
    String body = "{\"as\":\"U0BORIS\",\"channel\":\"C0DESIGN\",\"text\":\"hello design\"}";
    HttpResponse<String> refused = post("/api/post", body);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Join #design");

    assertThat(post("/api/join", "{\"as\":\"U0BORIS\",\"channel\":\"C0DESIGN\"}").statusCode()).isEqualTo(200);
    assertThat(post("/api/post", body).statusCode()).isEqualTo(200);
    assertThat(last("C0DESIGN").text()).isEqualTo("hello design");
  }

  @Test
  void the_apps_direct_messages_are_read_only_and_slash_commands_reach_the_app() throws Exception {
    assertThat(post("/api/post", "{\"as\":\"U0ALICE\",\"channel\":\"D0ALICE\",\"text\":\"hi\"}").statusCode())
        .isEqualTo(403);

    assertThat(post("/api/post", "{\"as\":\"U0ALICE\",\"channel\":\"C0ENG\",\"text\":\"/digest #eng #leads\"}")
        .statusCode()).isEqualTo(200);
    assertThat(app.last().body()).contains("command=%2Fdigest")
        .contains("text=%3C%23C0ENG%7Ceng%3E+%3C%23C0LEADS%7Cleads%3E");
    HttpResponse<String> unknown = post("/api/post", "{\"as\":\"U0ALICE\",\"channel\":\"C0ENG\",\"text\":\"/weather\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("/weather is not a valid command");
  }

  @Test
  void the_clock_moves_forward_only_and_the_app_is_told_after_each_move() throws Exception {
    Instant before = clock.instant();

    JsonObject moved = JsonParser.parseString(post("/api/clock", "{\"advanceSeconds\":86400}").body())
        .getAsJsonObject();
    assertThat(Instant.ofEpochMilli(moved.getAsJsonObject("clock").get("now").getAsLong()))
        .isAfterOrEqualTo(before.plus(Duration.ofDays(1)));
    await().atMost(Duration.ofSeconds(5)).until(() -> clockMoves.get() == 1);

    JsonObject friday = JsonParser.parseString(post("/api/clock",
        "{\"next\":\"FRIDAY\",\"time\":\"16:00\",\"zone\":\"Europe/Paris\"}").body()).getAsJsonObject();
    var at = Instant.ofEpochMilli(friday.getAsJsonObject("clock").get("now").getAsLong())
        .atZone(java.time.ZoneId.of("Europe/Paris"));
    assertThat(at.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
    assertThat(at.getHour()).isEqualTo(16);

    HttpResponse<String> back = post("/api/clock", "{\"jumpTo\":\"2020-01-01T09:00\",\"zone\":\"UTC\"}");
    assertThat(back.statusCode()).isEqualTo(400);
    assertThat(back.body()).contains("only moves forward");
    await().atMost(Duration.ofSeconds(5)).until(() -> clockMoves.get() == 2);
  }

  @Test
  void a_fault_set_in_the_console_makes_the_next_call_fail() throws Exception {
    assertThat(post("/api/faults", "{\"method\":\"chat.postMessage\",\"error\":\"channel_not_found\"}")
        .statusCode()).isEqualTo(200);
    assertThat(post("/api/faults", "{\"method\":\"chat.nothing\",\"error\":\"x\"}").statusCode())
        .isEqualTo(400);
    // A field of the wrong kind is named in a 400, not a Java exception in a 500.
    var notANumber = post("/api/faults", "{\"method\":\"chat.postMessage\",\"max\":\"a\",\"windowSeconds\":60}");
    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(notANumber.body()).contains("max must be a whole number").doesNotContain("Exception");
    var clock = post("/api/clock", "{\"advanceSeconds\":\"x\"}");
    assertThat(clock.statusCode()).isEqualTo(400);
    assertThat(clock.body()).contains("advanceSeconds must be a whole number");
    assertThat(post("/api/post", "{\"as\":\"U0ALICE\",\"channel\":{\"id\":1},\"text\":\"hi\"}").body())
        .contains("channel must be text");

    com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    config.setStatsEnabled(false);
    var bot = com.slack.api.Slack.getInstance(config).methods(workspace.botToken());
    assertThat(bot.chatPostMessage(r -> r.channel("C0ENG").text("x")).getError()).isEqualTo("channel_not_found");
    assertThat(bot.chatPostMessage(r -> r.channel("C0ENG").text("x")).isOk()).isTrue();

    JsonArray calls = get("/api/calls?from=0").getAsJsonArray("calls");
    JsonObject failed = calls.get(calls.size() - 2).getAsJsonObject();
    assertThat(failed.get("method").getAsString()).isEqualTo("chat.postMessage");
    assertThat(failed.get("ok").getAsBoolean()).isFalse();
    assertThat(failed.get("response").getAsString()).contains("channel_not_found");
  }

  @Test
  void the_calls_panel_pages_by_call_number_and_says_how_many_older_calls_were_let_go() throws Exception {
    com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    config.setStatsEnabled(false);
    var bot = com.slack.api.Slack.getInstance(config).methods(workspace.botToken());
    slack.keepRecords(3);
    for (int i = 0; i < 5; i++) {
      String text = "post " + i;
      bot.chatPostMessage(r -> r.channel("C0ENG").text(text));
    }

    // Calls 0 and 1 were let go: a reader that had seen none is told so, and numbers do not shift.
    JsonObject page = get("/api/calls?from=0");
    assertThat(page.get("skipped").getAsLong()).isEqualTo(2);
    assertThat(page.getAsJsonArray("calls")).extracting(c -> c.getAsJsonObject().get("n").getAsLong())
        .containsExactly(2L, 3L, 4L);
    assertThat(page.get("next").getAsLong()).isEqualTo(5);
    assertThat(page.get("more").getAsBoolean()).isFalse();

    JsonObject caughtUp = get("/api/calls?from=4");
    assertThat(caughtUp.get("skipped").getAsLong()).isZero();
    assertThat(caughtUp.getAsJsonArray("calls")).hasSize(1);
    assertThat(caughtUp.getAsJsonArray("calls").get(0).getAsJsonObject().getAsJsonObject("params")
        .get("text").getAsString()).isEqualTo("post 4");
    assertThat(get("/api/calls?from=5").getAsJsonArray("calls")).isEmpty();
    assertThat(send(HttpRequest.newBuilder(url("/api/calls?from=-1"))).statusCode()).isEqualTo(400);
  }

  @Test
  void actions_are_refused_from_another_origin_or_without_json() throws Exception {
    int before = workspace.messages("C0ENG").size();
    String body = "{\"as\":\"U0ALICE\",\"channel\":\"C0ENG\",\"text\":\"forged\"}";

    HttpResponse<String> forged = send(HttpRequest.newBuilder(url("/api/post"))
        .header("Content-Type", "application/json").header("Origin", "http://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    HttpResponse<String> form = send(HttpRequest.newBuilder(url("/api/post"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(form.statusCode()).isEqualTo(400);
    assertThat(workspace.messages("C0ENG")).hasSize(before);
  }

  @Test
  void the_page_and_its_assets_come_from_the_jar() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(url("/")));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("/console.js", "/console.css").doesNotContain("https://");
    for (String asset : List.of("/console.js", "/console.css")) {
      HttpResponse<String> answer = send(HttpRequest.newBuilder(url(asset)));
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).doesNotContainPattern("(src|href)=\"https?://|@import|url\\(https?:");
    }
    assertThat(send(HttpRequest.newBuilder(url("/../pom.xml"))).statusCode()).isBetween(400, 404);
    assertThat(send(HttpRequest.newBuilder(url("/index.html"))).statusCode()).isEqualTo(404);
  }

  @Test
  void open_pages_hear_of_every_change() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    var stream = http.sendAsync(HttpRequest.newBuilder(url("/api/events")).build(),
        HttpResponse.BodyHandlers.ofLines());
    stream.thenAccept(r -> r.body().forEach(lines::add));
    await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.startsWith("data: ")));
    long first = versions(lines.stream()).max().orElseThrow();

    workspace.post("C0GENERAL", "U0DANA", "news");

    await().atMost(Duration.ofSeconds(10)).until(() -> versions(lines.stream()).max().orElseThrow() > first);
    stream.cancel(true);
  }

  private static java.util.stream.LongStream versions(Stream<String> lines) {
    return lines.filter(l -> l.startsWith("data: ")).mapToLong(l -> Long.parseLong(l.substring(6)));
  }

  private StoredMessage last(String channel) {
    List<StoredMessage> messages = workspace.messages(channel);
    return messages.get(messages.size() - 1);
  }

  private static List<String> channelIds(JsonObject state) {
    List<String> ids = new java.util.ArrayList<>();
    for (JsonElement c : state.getAsJsonArray("channels")) {
      ids.add(c.getAsJsonObject().get("id").getAsString());
    }
    return ids;
  }

  private URI url(String path) {
    return console.url().resolve(path);
  }

  private JsonObject get(String path) throws Exception {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(url(path)));
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return JsonParser.parseString(answer.body()).getAsJsonObject();
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
        .header("Origin", "http://" + console.url().getAuthority())
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
