package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.roundup.HostileText;
import dev.roundup.sandbox.Delivery;
import dev.roundup.sandbox.RequestSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running app (Jetty, Bolt, H2) against a few thousand signed requests of generated content
 * through the emulator, over loopback: odd slash-command text, events of every shape and type,
 * interactions Roundup does and does not handle, bodies that are not JSON, not a form or not UTF-8,
 * bad and stale signatures. No answer is 5xx, none takes 3 seconds, no listener fails, /healthz
 * stays healthy, and no task, digest or stored message changes: the requests come from a person in
 * no channel, whose every valid request Roundup refuses, so any change would be a hole.
 */
class HostileRequestsFuzzTest {

  private static final Logger log = LoggerFactory.getLogger(HostileRequestsFuzzTest.class);
  private static final int REQUESTS = 2_000;
  private static final long SLACK_PATIENCE_MS = 3_000;
  private static final String FUZZER = "U0FUZZ";
  private static final String JSON = "application/json";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final List<String> TABLES = List.of("tasks", "digest_subscriptions", "messages", "user_settings");

  @TempDir
  Path dir;

  @Test
  void thousands_of_hostile_requests_get_no_5xx_no_slow_answer_and_change_nothing() throws Exception {
    long seed = Long.getLong("roundup.fuzz.seed", System.nanoTime());
    Random random = new Random(seed);
    log.info("Fuzzing the running app with seed {} (-Droundup.fuzz.seed={} repeats it)", seed, seed);
    try (RoundupHarness h = RoundupHarness.start(dir)) {
      h.workspace.addUser(FUZZER, "mallory", "Mallory", "Europe/Berlin", false);
      h.workspace.addChannel("C0FUZZ", "fuzz", false, h.workspace.botUserId());
      // Something for a hostile request to damage: a stored message and the rest of the tables.
      h.slack.setMessageEvents(true);
      h.slack.userPosts("C0ENG", null, "U0ALICE", "the release is on Friday");
      // The event is stored after its ack, on the work pool: the snapshot waits for it.
      await().atMost(Duration.ofSeconds(20)).until(() -> h.roundup.messages().count() == 1);
      Map<String, String> before = snapshot(h);
      Fuzz fuzz = new Fuzz(random, h);

      List<String> slow = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      long started = System.nanoTime();
      for (int i = 0; i < REQUESTS; i++) {
        Sent sent = fuzz.next();
        if (sent.status() >= 500) {
          failed.add(sent.status() + " for " + sent.what());
        }
        if (sent.millis() > SLACK_PATIENCE_MS) {
          slow.add(sent.millis() + " ms for " + sent.what());
        }
      }
      long took = (System.nanoTime() - started) / 1_000_000;
      log.info("{} hostile requests in {} ms ({} by status)", REQUESTS, took, fuzz.byStatus);

      assertThat(failed).as("seed %d", seed).isEmpty();
      assertThat(slow).as("seed %d", seed).isEmpty();
      assertThat(h.roundup.metrics().find("roundup_slack_handler_failures_total").counters())
          .as("listeners that threw, seed %d", seed).isEmpty();
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(h.baseUrl() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(snapshot(h)).as("tables after the fuzz, seed %d", seed).isEqualTo(before);
      assertThat(fuzz.byStatus).containsKeys(200, 400, 401);
    }
  }

  /** Every row of the tables a request could change, as text. */
  private static Map<String, String> snapshot(RoundupHarness h) throws Exception {
    Map<String, String> tables = new TreeMap<>();
    try (Connection c = h.roundup.database().dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int col = 1; col <= meta.getColumnCount(); col++) {
              String name = meta.getColumnName(col);
              if (!name.equalsIgnoreCase("stored_at")) {
                row.append(name).append('=').append(rs.getString(col)).append(';');
              }
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        tables.put(table, String.join("\n", rows));
      }
    }
    return tables;
  }

  private record Sent(String what, int status, long millis) {}

  /** Draws one hostile request at a time and sends it. */
  private static final class Fuzz {
    final Random random;
    final RoundupHarness h;
    final RequestSigner signer;
    final Map<Integer, Integer> byStatus = new TreeMap<>();
    int eventIds;

    Fuzz(Random random, RoundupHarness h) {
      this.random = random;
      this.h = h;
      this.signer = new RequestSigner(h.workspace.signingSecret());
    }

    Sent next() {
      int kind = random.nextInt(100);
      if (kind < 30) {
        String command = pick(List.of("/task", "/digest", "/summarize", "/unknown"));
        String text = text();
        return send("command",
            () -> h.slack.slashCommand(FUZZER, pick(List.of("C0FUZZ", "C0ENG")), command, text), command + " " + text);
      }
      if (kind < 55) {
        String body = envelope();
        return send("event", () -> signed(body, JSON), body);
      }
      if (kind < 75) {
        String payload = interaction();
        return send("interaction", () -> signed("payload=" + java.net.URLEncoder.encode(payload,
            StandardCharsets.UTF_8), FORM), payload);
      }
      if (kind < 85) {
        byte[] bytes = new byte[random.nextInt(2_000)];
        random.nextBytes(bytes);
        String type = pick(List.of(JSON, FORM, "text/plain", "application/octet-stream", ""));
        return send("bytes", () -> h.slack.deliverSignedBytes(bytes, type.isEmpty() ? FORM : type),
            bytes.length + " random bytes as " + type);
      }
      if (kind < 93) {
        String body = random.nextBoolean() ? envelope() : "command=%2Ftask&text=" + text();
        String cut = body.substring(0, random.nextInt(body.length() + 1));
        return send("truncated", () -> signed(cut, random.nextBoolean() ? JSON : FORM), cut);
      }
      String body = envelope();
      long now = Instant.now().getEpochSecond();
      Map<String, String> headers = switch (random.nextInt(4)) {
        case 0 -> Map.of();
        case 1 -> signer.headers(body, now - 301);
        case 2 -> new RequestSigner("not-the-secret").headers(body, now);
        default -> Map.of(RequestSigner.TIMESTAMP_HEADER, header(text()), RequestSigner.SIGNATURE_HEADER,
            "v0=" + header(text()));
      };
      Map<String, String> safe = new java.util.HashMap<>();
      headers.forEach((k, v) -> safe.put(k, v.replaceAll("[^\\x21-\\x7e]", "x")));
      return send("forged", () -> h.slack.deliverRaw(body, JSON, safe), body);
    }

    /**
     * A header value short enough for Jetty's 8 KiB header limit. Longer headers are refused by
     * Jetty itself with 431 and the connection closed while the body may still be on its way, so
     * the client can see a reset instead of the answer; ServerEndToEndTest checks that 431.
     */
    private static String header(String text) {
      return text.length() > 2_000 ? text.substring(0, 2_000) : text;
    }

    private Delivery signed(String body, String type) {
      return h.slack.deliverRaw(body, type, signer.headers(body, Instant.now().getEpochSecond()));
    }

    private Sent send(String kind, Supplier<Delivery> request, String what) {
      long started = System.nanoTime();
      Delivery d = request.get();
      long millis = (System.nanoTime() - started) / 1_000_000;
      byStatus.merge(d.status(), 1, Integer::sum);
      return new Sent(kind + ": " + (what.length() > 300 ? what.substring(0, 300) + "…" : what), d.status(), millis);
    }

    private String text() {
      int shape = random.nextInt(40);
      if (shape == 0) {
        String fragment = pickFragment();
        return fragment.repeat(40_000 / fragment.length() + 1).substring(0, 40_000);
      }
      if (shape < 3) {
        return pickFragment().repeat(100 + random.nextInt(2_000));
      }
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(10); n > 0; n--) {
        sb.append(pickFragment()).append(random.nextInt(8) == 0 ? "" : " ");
      }
      return sb.toString();
    }

    private String pickFragment() {
      List<List<String>> lists = List.of(HostileText.WORDS, HostileText.NUMBERS, HostileText.MARKUP,
          HostileText.INJECTION, HostileText.QUOTES, HostileText.INVISIBLE, HostileText.UNICODE);
      String s = pick(lists.get(random.nextInt(lists.size())));
      return s.isEmpty() ? "x" : s;
    }

    /** An Events API envelope: any type, odd fields, or not quite an envelope. */
    private String envelope() {
      JsonObject event = new JsonObject();
      event.addProperty("type", pick(List.of("app_mention", "message", "app_home_opened", "member_joined_channel",
          "member_left_channel", "reaction_added", "channel_rename", "tokens_revoked", "no_such_event", "")));
      if (random.nextBoolean()) {
        event.addProperty("subtype", pick(List.of("message_changed", "message_deleted", "thread_broadcast",
            "bot_message", "channel_join", "tombstone", "huddle_thread", "made_up")));
      }
      putOdd(event, "channel", List.of("C0ENG", "C0FUZZ", "CNEVERSEEN", "c0eng", "", "C" + "9".repeat(40)));
      putOdd(event, "user", List.of(FUZZER, "UNEVERSEEN", "U0ALICE", "w", ""));
      putOdd(event, "ts", List.of("1700000000.000100", "abc", "-1", "1e9", "99999999999999999999.1", ""));
      putOdd(event, "deleted_ts", List.of("1700000000.000100", "1.2", "x"));
      putOdd(event, "text", List.of(text(), "<@U0BOT> summarize", ""));
      putOdd(event, "tab", List.of("home", "messages", ""));
      if (random.nextInt(4) == 0) {
        JsonObject message = new JsonObject();
        putOdd(message, "ts", List.of("1700000000.000100", "nope"));
        putOdd(message, "text", List.of(text()));
        event.add("message", random.nextInt(5) == 0 ? new JsonArray() : message);
      }
      JsonObject root = new JsonObject();
      root.addProperty("type", pick(List.of("event_callback", "event_callback", "event_callback",
          "url_verification", "app_rate_limited", "block_actions", "")));
      root.addProperty("team_id", "T0SANDBOX");
      if (random.nextInt(10) > 0) {
        root.addProperty("event_id", "EvFUZZ" + (++eventIds) + (random.nextInt(20) == 0 ? "x".repeat(80) : ""));
      }
      switch (random.nextInt(8)) {
        case 0 -> root.add("event", com.google.gson.JsonNull.INSTANCE);
        case 1 -> root.add("event", new JsonObject());
        case 2 -> root.addProperty("event", text());
        default -> root.add("event", event);
      }
      if (random.nextInt(10) == 0) {
        root.addProperty("challenge", text());
      }
      return root.toString();
    }

    /** An interaction payload: types Roundup handles and not, with holes and odd values. */
    private String interaction() {
      JsonObject p = new JsonObject();
      p.addProperty("type", pick(List.of("block_actions", "view_submission", "view_closed", "shortcut",
          "message_action", "block_suggestion", "interactive_message", "no_such_type")));
      if (random.nextInt(8) > 0) {
        JsonObject user = new JsonObject();
        putOdd(user, "id", List.of(FUZZER, FUZZER, "u0lower", ""));
        p.add("user", user);
      }
      putOdd(p, "callback_id", List.of("task_form", "digest_form", "nothing", ""));
      putOdd(p, "trigger_id", List.of("1.2.3", text()));
      if (random.nextInt(3) == 0) {
        JsonObject channel = new JsonObject();
        channel.addProperty("id", "C0FUZZ");
        p.add("channel", channel);
        putOdd(p, "response_url", List.of(h.slack.apiUrl() + "nowhere", "not a url", "javascript:alert(1)"));
      }
      JsonArray actions = new JsonArray();
      for (int n = random.nextInt(3); n > 0; n--) {
        JsonObject action = new JsonObject();
        putOdd(action, "action_id", List.of("task_confirm", "task_edit_draft", "task_cancel", "task_pause",
            "task_delete", "task_run", "nothing"));
        putOdd(action, "value", List.of(text(), "{\"a\":\"REMIND\"}", "1", "-1", "99999999999999999999"));
        actions.add(random.nextInt(10) == 0 ? com.google.gson.JsonNull.INSTANCE : action);
      }
      if (random.nextInt(5) > 0) {
        p.add("actions", actions);
      }
      if (random.nextInt(3) > 0) {
        JsonObject view = new JsonObject();
        putOdd(view, "type", List.of("modal", "home", "workflow_step"));
        putOdd(view, "callback_id", List.of("task_form", "digest_form", "other"));
        putOdd(view, "private_metadata", List.of("new", "1", "abc", "-5", "99999999999", text()));
        JsonObject values = new JsonObject();
        for (String block : List.of("what", "when", "channels", "schedule", "focus", "destination")) {
          if (random.nextBoolean()) {
            JsonObject value = new JsonObject();
            putOdd(value, "type", List.of("plain_text_input", "multi_conversations_select"));
            putOdd(value, "value", List.of(text()));
            JsonObject action = new JsonObject();
            action.add(pick(List.of("value", "what_input", "when_input")), value);
            values.add(block, action);
          }
        }
        JsonObject state = new JsonObject();
        state.add("values", values);
        if (random.nextInt(6) > 0) {
          view.add("state", state);
        }
        p.add("view", view);
      }
      return random.nextInt(15) == 0 ? p.toString().substring(0, p.toString().length() / 2) : p.toString();
    }

    /** Sets the field to one of the values, or leaves it out, or gives it the wrong JSON type. */
    private void putOdd(JsonObject o, String name, List<String> values) {
      switch (random.nextInt(10)) {
        case 0 -> { }
        case 1 -> o.addProperty(name, random.nextInt());
        case 2 -> o.add(name, new JsonObject());
        default -> o.addProperty(name, pick(values));
      }
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }
  }
}
