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
