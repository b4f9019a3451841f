package dev.roundup.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.TestClock;
import dev.roundup.time.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleClientTest {

  private final MockWebServer server = new MockWebServer();
  private final TestClock clock = LlmFixtures.clock();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private LlmClient client(String baseUrl, Duration timeout) {
    LlmSettings settings = LlmFixtures.settings("openai", baseUrl, timeout);
    return new OpenAiCompatibleClient(settings, LlmFixtures.http(settings, clock, sleeper));
  }

  private LlmClient client() {
    return client(server.url("/").toString(), Duration.ofSeconds(5));
  }

  private static LlmRequest request() {
    return new LlmRequest("You summarize.", "<conversation>\n{}\n</conversation>", 0.2, 900, true);
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json").setBody(body);
  }

  @Test
  void posts_a_chat_completion_and_reads_the_answer_and_usage() throws Exception {
    String content = LlmFixtures.read("summary-launch.json");
    server.enqueue(json(200, LlmFixtures.openAiCompletion(content)));

    LlmResponse response = client().complete(request());

    assertThat(response.text()).isEqualTo(content);
    assertThat(response.model()).isEqualTo("gpt-4o-mini-2024-07-18");
    assertThat(response.inputTokens()).isEqualTo(812);
    assertThat(response.outputTokens()).isEqualTo(214);

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getPath()).isEqualTo("/v1/chat/completions");
    assertThat(recorded.getHeader("Authorization")).isEqualTo("Bearer " + LlmFixtures.API_KEY);
    assertThat(recorded.getHeader("Content-Type")).startsWith("application/json");
    JsonObject body = JsonParser.parseString(recorded.getBody().readUtf8()).getAsJsonObject();
    assertThat(body.get("model").getAsString()).isEqualTo("gpt-4o-mini");
    assertThat(body.get("temperature").getAsDouble()).isEqualTo(0.2);
    assertThat(body.get("max_tokens").getAsInt()).isEqualTo(900);
    assertThat(body.getAsJsonObject("response_format").get("type").getAsString())
        .isEqualTo("json_object");
    var messages = body.getAsJsonArray("messages");
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).getAsJsonObject().get("role").getAsString()).isEqualTo("system");
    assertThat(messages.get(0).getAsJsonObject().get("content").getAsString())
        .isEqualTo("You summarize.");
    assertThat(messages.get(1).getAsJsonObject().get("role").getAsString()).isEqualTo("user");
    assertThat(messages.get(1).getAsJsonObject().get("content").getAsString())
        .startsWith("<conversation>");
  }

  @Test
  void leaves_out_response_format_when_json_mode_is_not_wanted() throws Exception {
    server.enqueue(json(200, LlmFixtures.openAiCompletion("plain")));

    client().complete(new LlmRequest("s", "u", 0.0, 10, false));

    JsonObject body = JsonParser.parseString(server.takeRequest().getBody().readUtf8())
        .getAsJsonObject();
    assertThat(body.has("response_format")).isFalse();
  }

  @Test
  void accepts_a_base_url_that_already_ends_in_v1_and_sends_no_key_when_none_is_set()
      throws Exception {
    server.enqueue(json(200, LlmFixtures.openAiCompletion("ok")));
    LlmSettings local = new LlmSettings("openai", server.url("/v1/").toString(), "llama3.1:8b",
        null, Duration.ofSeconds(5), 8_000, 0.2, "auto", 2);

    new OpenAiCompatibleClient(local, LlmFixtures.http(local, clock, sleeper)).complete(request());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getPath()).isEqualTo("/v1/chat/completions");
    assertThat(recorded.getHeader("Authorization")).isNull();
  }

  @Test
  void waits_as_long_as_retry_after_says_on_429_then_succeeds() throws Exception {
    server.enqueue(json(429, LlmFixtures.read("openai-error-429.json"))
        .setHeader("Retry-After", "2"));
    server.enqueue(json(200, LlmFixtures.openAiCompletion("fine")));

    LlmResponse response = client().complete(request());

    assertThat(response.text()).isEqualTo("fine");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void gives_up_after_three_attempts_on_server_errors_with_growing_jittered_backoff() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(500, LlmFixtures.read("openai-error-500.json")));
    }

    LlmException failure = catchThrowableOfType(LlmException.class,
        () -> client().complete(request()));

    assertThat(failure.kind()).isEqualTo(LlmException.Kind.UNAVAILABLE);
    assertThat(failure.getMessage()).startsWith("LLM unavailable");
    assertThat(failure.httpStatus()).isEqualTo(500);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
    assertThat(sleeper.waits().get(0)).isBetween(Duration.ZERO, RetryPolicy.DEFAULT.baseDelay());
    assertThat(sleeper.waits().get(1))
        .isBetween(Duration.ZERO, RetryPolicy.DEFAULT.baseDelay().multipliedBy(2));
  }

  @Test
  void does_not_retry_a_rejected_key_and_keeps_the_key_out_of_the_message() {
    server.enqueue(json(401, """
        {"error": {"message": "Incorrect API key provided: sk-test-***5c.", \
        "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}"""));

    LlmException failure = catchThrowableOfType(LlmException.class,
        () -> client().complete(request()));

    assertThat(failure.kind()).isEqualTo(LlmException.Kind.REJECTED);
    assertThat(failure.getMessage()).contains("API key").doesNotContain(LlmFixtures.API_KEY);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void times_out_after_the_configured_timeout_without_retrying() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    LlmException failure = catchThrowableOfType(LlmException.class,
        () -> client(server.url("/").toString(), Duration.ofMillis(300)).complete(request()));

    assertThat(failure.kind()).isEqualTo(LlmException.Kind.TIMEOUT);
    assertThat(failure.getMessage()).isEqualTo("LLM timed out after 0.3 s");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_body_slower_than_the_timeout_is_a_timeout_too() {
    server.enqueue(json(200, LlmFixtures.openAiCompletion("late"))
        .setBodyDelay(2, TimeUnit.SECONDS));

    LlmException failure = catchThrowableOfType(LlmException.class,
        () -> client(server.url("/").toString(), Duration.ofMillis(300)).complete(request()));

    assertThat(failure.kind()).isEqualTo(LlmException.Kind.TIMEOUT);
  }

  @Test
  void a_200_that_is_not_a_chat_completion_is_a_bad_response() {
    server.enqueue(json(200, "<html><body>Welcome to nginx!</body></html>"));

    LlmException failure = catchThrowableOfType(LlmException.class,
        () -> client().complete(request()));

    assertThat(failure.kind()).isEqualTo(LlmException.Kind.BAD_RESPONSE);
  }

  @Test
  void circuit_opens_after_five_failed_calls_fails_fast_then_half_opens_when_time_passes()
      throws Exception {
    LlmClient client = client();
    for (int call = 0; call < 5; call++) {
      for (int attempt = 0; attempt < 3; attempt++) {
        server.enqueue(json(503, LlmFixtures.read("openai-error-500.json")));
      }
      catchThrowableOfType(LlmException.class, () -> client.complete(request()));
    }
    assertThat(server.getRequestCount()).isEqualTo(15);

    LlmException fast = catchThrowableOfType(LlmException.class,
        () -> client.complete(request()));
    assertThat(fast.kind()).isEqualTo(LlmException.Kind.UNAVAILABLE);
    assertThat(fast.getMessage()).startsWith("LLM unavailable");
    assertThat(server.getRequestCount()).as("an open circuit sends nothing").isEqualTo(15);

    clock.advance(Duration.ofSeconds(31));
    server.enqueue(json(200, LlmFixtures.openAiCompletion("back")));
    assertThat(client.complete(request()).text()).isEqualTo("back");
    assertThat(server.getRequestCount()).isEqualTo(16);
  }

  @Test
  void drops_json_mode_for_servers_that_reject_it_and_remembers() throws Exception {
    server.enqueue(json(400,
        "{\"error\":\"'response_format.type' must be 'json_schema' or 'text'\"}"));
    server.enqueue(json(200, LlmFixtures.openAiCompletion("{\"tldr\": \"a\"}")));
    server.enqueue(json(200, LlmFixtures.openAiCompletion("{\"tldr\": \"b\"}")));
    LlmClient client = client();

    assertThat(client.complete(request()).text()).isEqualTo("{\"tldr\": \"a\"}");
    assertThat(client.complete(request()).text()).isEqualTo("{\"tldr\": \"b\"}");

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(server.takeRequest().getBody().readUtf8()).contains("response_format");
    assertThat(server.takeRequest().getBody().readUtf8()).doesNotContain("response_format");
    assertThat(server.takeRequest().getBody().readUtf8()).doesNotContain("response_format");
  }

  @Test
  void a_400_that_names_no_adaptable_field_is_reported_as_rejected_at_once() {
    server.enqueue(json(400, """
        {"error": {"message": "This model's maximum context length is 128000 tokens. However, \
        your messages resulted in 131072 tokens.", "type": "invalid_request_error", \
        "param": "messages", "code": "context_length_exceeded"}}"""));

    LlmException failure = catchThrowableOfType(LlmException.class,
        () -> client().complete(request()));

    assertThat(failure.kind()).isEqualTo(LlmException.Kind.REJECTED);
    assertThat(failure.httpStatus()).isEqualTo(400);
    assertThat(failure.getMessage()).doesNotContain("context length");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void adapts_to_reasoning_models_that_reject_max_tokens_and_temperature() throws Exception {
    server.enqueue(json(400, """
        {"error": {"message": "Unsupported parameter: 'max_tokens' is not supported with this \
        model. Use 'max_completion_tokens' instead.", "type": "invalid_request_error", \
        "param": "max_tokens", "code": "unsupported_parameter"}}"""));
    server.enqueue(json(400, """
        {"error": {"message": "Unsupported value: 'temperature' does not support 0.2 with this \
        model. Only the default (1) value is supported.", "type": "invalid_request_error", \
        "param": "temperature", "code": "unsupported_value"}}"""));
    server.enqueue(json(200, LlmFixtures.openAiCompletion("{}")));
    server.enqueue(json(200, LlmFixtures.openAiCompletion("{}")));
    LlmClient client = client();

    client.complete(request());
    client.complete(request());

    assertThat(server.getRequestCount()).as("learnt once, then remembered").isEqualTo(4);
    JsonObject first = JsonParser.parseString(server.takeRequest().getBody().readUtf8())
        .getAsJsonObject();
    assertThat(first.has("max_tokens")).isTrue();
    server.takeRequest();
    for (int i = 0; i < 2; i++) {
      JsonObject adapted = JsonParser.parseString(server.takeRequest().getBody().readUtf8())
          .getAsJsonObject();
      assertThat(adapted.has("max_tokens")).isFalse();
      assertThat(adapted.has("temperature")).isFalse();
      assertThat(adapted.get("max_completion_tokens").getAsInt()).isGreaterThan(900);
      assertThat(adapted.has("response_format")).isTrue();
    }
  }
}
