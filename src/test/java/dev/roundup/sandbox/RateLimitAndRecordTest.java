package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.slack.api.methods.SlackApiException;
import dev.roundup.TestClock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitAndRecordTest {

  private final EmulatorFixture fx = new EmulatorFixture();
  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));

  RateLimitAndRecordTest() {
    fx.emulator.setClock(clock);
  }

  @AfterEach
  void stop() throws Exception {
    fx.close();
  }

  @Test
  void over_the_limit_answers_429_with_retry_after_until_the_window_passes() throws Exception {
    fx.emulator.rateLimit("conversations.history", 2, Duration.ofMinutes(1));
    assertThat(fx.bot.conversationsHistory(r -> r.channel("C0ENG")).isOk()).isTrue();
    clock.advance(Duration.ofMillis(10_500));
    assertThat(fx.bot.conversationsHistory(r -> r.channel("C0ENG")).isOk()).isTrue();

    SlackApiException limited = catchThrowableOfType(SlackApiException.class,
        () -> fx.bot.conversationsHistory(r -> r.channel("C0ENG")));

    assertThat(limited.getResponse().code()).isEqualTo(429);
    assertThat(limited.getResponse().header("Retry-After")).isEqualTo("50");
    assertThat(limited.getError().getError()).isEqualTo("ratelimited");
    // Other methods are not limited.
    assertThat(fx.bot.conversationsInfo(r -> r.channel("C0ENG")).isOk()).isTrue();

    clock.advance(Duration.ofSeconds(50));
    assertThat(fx.bot.conversationsHistory(r -> r.channel("C0ENG")).isOk()).isTrue();
  }

  @Test
  void a_long_running_emulator_keeps_only_the_newest_records_every_test_keeps_all() throws Exception {
    for (int i = 1; i <= 3; i++) {
      String text = "kept " + i;
      fx.bot.chatPostMessage(r -> r.channel("C0ENG").text(text));
    }
    assertThat(fx.emulator.calls("chat.postMessage")).hasSize(3);

    fx.emulator.keepRecords(2);
    for (int i = 4; i <= 6; i++) {
      String text = "post " + i;
      fx.bot.chatPostMessage(r -> r.channel("C0ENG").text(text));
    }

    assertThat(fx.emulator.calls()).extracting(call -> call.params().get("text"))
        .containsExactly("post 5", "post 6");
    // Only the record is bounded: every message is still in the workspace.
    assertThat(fx.bot.conversationsHistory(r -> r.channel("C0ENG")).getMessages())
        .extracting(m -> m.getText()).contains("kept 1", "post 4", "post 6");
  }

  @Test
  void calls_are_paged_by_their_number_since_the_first_and_a_full_page_says_more_are_kept() throws Exception {
    fx.emulator.keepRecords(4);
    for (int i = 0; i < 6; i++) {
      String text = "n" + i;
      fx.bot.chatPostMessage(r -> r.channel("C0ENG").text(text));
    }

    RecordPage<ApiCall> first = fx.emulator.calls(0, 3);
    assertThat(first.first()).isEqualTo(2);
    assertThat(first.records()).extracting(call -> call.params().get("text")).containsExactly("n2", "n3", "n4");
    assertThat(first.more()).isTrue();
    RecordPage<ApiCall> rest = fx.emulator.calls(first.next(), 3);
    assertThat(rest.first()).isEqualTo(5);
    assertThat(rest.records()).extracting(call -> call.params().get("text")).containsExactly("n5");
    assertThat(rest.more()).isFalse();
    assertThat(fx.emulator.calls(99, 3).records()).isEmpty();
  }

  @Test
  void posting_limits_refuse_a_channel_past_its_burst_and_the_workspace_past_its_own() throws Exception {
    // One a second per channel (bursts of 2); 6 a minute in the workspace (bursts of 3).
    fx.emulator.limitPosting(1, 2, 6, 3);
    assertThat(fx.bot.chatPostMessage(r -> r.channel("C0ENG").text("1")).isOk()).isTrue();
    assertThat(fx.bot.chatPostMessage(r -> r.channel("C0ENG").text("2")).isOk()).isTrue();

    SlackApiException channelFull = catchThrowableOfType(SlackApiException.class,
        () -> fx.bot.chatPostMessage(r -> r.channel("C0ENG").text("3")));
    assertThat(channelFull.getResponse().code()).isEqualTo(429);
    assertThat(channelFull.getResponse().header("Retry-After")).isEqualTo("1");
    assertThat(channelFull.getError().getError()).isEqualTo("ratelimited");

    // Another channel still has room, and a DM (by user id) counts as the DM channel.
    assertThat(fx.bot.chatPostMessage(r -> r.channel("U0ALICE").text("dm")).isOk()).isTrue();
    SlackApiException workspaceFull = catchThrowableOfType(SlackApiException.class,
        () -> fx.bot.chatPostMessage(r -> r.channel("C0GENERAL").text("4")));
    // The workspace gets a token every 10 s.
    assertThat(workspaceFull.getResponse().header("Retry-After")).isEqualTo("10");
    assertThat(fx.emulator.calls("chat.postMessage")).extracting(ApiCall::httpStatus)
        .containsExactly(200, 200, 429, 200, 429);

    clock.advance(Duration.ofSeconds(10));
    assertThat(fx.bot.chatPostMessage(r -> r.channel("C0ENG").text("5")).isOk()).isTrue();
    fx.emulator.clearPostingLimits();
    for (int i = 0; i < 5; i++) {
      assertThat(fx.bot.chatPostMessage(r -> r.channel("C0ENG").text("free")).isOk()).isTrue();
    }
  }

  @Test
  void a_message_keeps_the_metadata_it_was_posted_with_and_history_returns_it() throws Exception {
    var posted = fx.bot.chatPostMessage(r -> r.channel("C0ENG").text("tagged")
        .metadata(new com.slack.api.model.Message.Metadata("roundup_run", java.util.Map.of("key", "k1"))));
    var history = fx.bot.conversationsHistory(r -> r.channel("C0ENG").includeAllMetadata(true));

    var found = history.getMessages().stream().filter(m -> m.getTs().equals(posted.getTs())).findFirst().orElseThrow();
    assertThat(found.getMetadata().getEventType()).isEqualTo("roundup_run");
    assertThat(found.getMetadata().getEventPayload()).containsEntry("key", "k1");
    assertThat(fx.bot.chatPostMessage(r -> r.channel("C0ENG").text("bad").metadataAsString("[1]")).getError())
        .isEqualTo("invalid_metadata_format");
  }

  @Test
  void cleared_limits_no_longer_refuse() throws Exception {
    fx.emulator.rateLimit("users.info", 0, Duration.ofMinutes(1));
    assertThat(catchThrowableOfType(SlackApiException.class,
        () -> fx.bot.usersInfo(r -> r.user("U0ALICE"))).getResponse().code()).isEqualTo(429);

    fx.emulator.clearRateLimits();

    assertThat(fx.bot.usersInfo(r -> r.user("U0ALICE")).isOk()).isTrue();
  }

  @Test
  void a_queued_fault_fails_exactly_the_next_call_to_that_method() throws Exception {
    fx.emulator.failNext("chat.postMessage", "fatal_error");

    var failed = fx.bot.chatPostMessage(r -> r.channel("C0ENG").text("one"));
    var next = fx.bot.chatPostMessage(r -> r.channel("C0ENG").text("two"));

    assertThat(failed.getError()).isEqualTo("fatal_error");
    assertThat(next.isOk()).isTrue();
    assertThat(fx.workspace.messages("C0ENG")).extracting(StoredMessage::text).containsExactly("two");
  }

  @Test
  void every_authenticated_call_is_recorded_with_params_outcome_and_time() throws Exception {
    fx.emulator.rateLimit("conversations.replies", 0, Duration.ofMinutes(1));
    fx.bot.chatPostMessage(r -> r.channel("C0DESIGN").text("hello"));
    clock.advance(Duration.ofSeconds(3));
    catchThrowableOfType(SlackApiException.class,
        () -> fx.bot.conversationsReplies(r -> r.channel("C0ENG").ts("1.1")));
    fx.slack.methods("xoxb-wrong").authTest(r -> r);

    assertThat(fx.emulator.calls()).extracting(ApiCall::method)
        .containsExactly("chat.postMessage", "conversations.replies");
    ApiCall post = fx.emulator.calls("chat.postMessage").get(0);
    assertThat(post.params()).containsEntry("channel", "C0DESIGN").containsEntry("text", "hello")
        .doesNotContainKey("token");
    assertThat(post.ok()).isFalse();
    assertThat(post.error()).isEqualTo("not_in_channel");
    assertThat(post.httpStatus()).isEqualTo(200);
    assertThat(post.at()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    ApiCall limited = fx.emulator.calls("conversations.replies").get(0);
    assertThat(limited.httpStatus()).isEqualTo(429);
    assertThat(limited.at()).isEqualTo(Instant.parse("2026-03-02T09:00:03Z"));
  }

  @Test
  void json_bodies_are_accepted_like_forms() throws Exception {
    String json = "{\"channel\":\"C0ENG\",\"text\":\"from json\","
        + "\"blocks\":[{\"type\":\"divider\"}]}";
    Request request = new Request.Builder().url(fx.emulator.apiUrl() + "chat.postMessage")
        .header("Authorization", "Bearer " + fx.workspace.botToken())
        .post(RequestBody.create(json, MediaType.get("application/json; charset=utf-8"))).build();

    Response response = new OkHttpClient().newCall(request).execute();

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().string()).contains("\"ok\":true");
    StoredMessage stored = fx.workspace.messages("C0ENG").get(0);
    assertThat(stored.text()).isEqualTo("from json");
    assertThat(stored.blocks()).isEqualTo("[{\"type\":\"divider\"}]");
  }
}
