package dev.roundup.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.TestClock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnthropicClientTest {

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

  private LlmClient client(Duration timeout) {
    LlmSettings settings = LlmFixtures.settings("anthropic", server.url("/").toString(), timeout);
    return new AnthropicClient(settings, LlmFixtures.http(settings, clock, sleeper));
  }

  private LlmClient client() {
    return client(Duration.ofSeconds(5));
  }

  private static LlmRequest request() {
    return new LlmRequest("You summarize.", "<conversation>\n{}\n</conversation>", 0.3, 700, true);
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json").setBody(body);
  }

  @Test
  void posts_a_messages_request_with_version_and_key_headers_and_reads_the_text_blocks()
      throws Exception {
    String recorded = LlmFixtures.read("anthropic-message.json");
    server.enqueue(json(200, recorded));

    LlmResponse response = client().complete(request());

    assertThat(response.text()).startsWith("Here is the summary").contains("\"tldr\"");
    assertThat(response.model()).isEqualTo("claude-3-5-haiku-20241022");
    assertThat(response.inputTokens()).isEqualTo(845);
    assertThat(response.outputTokens()).isEqualTo(231);

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getPath()).isEqualTo("/v1/messages");
    assertThat(sent.getHeader("x-api-key")).isEqualTo(LlmFixtures.API_KEY);
    assertThat(sent.getHeader("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(sent.getHeader("content-type")).startsWith("application/json");
    assertThat(sent.getHeader("Authorization")).isNull();
    JsonObject body = JsonParser.parseString(sent.getBody().readUtf8()).getAsJsonObject();
    assertThat(body.get("model").getAsString()).isEqualTo("claude-3-5-haiku-20241022");
    assertThat(body.get("max_tokens").getAsInt()).isEqualTo(700);
    assertThat(body.get("temperature").getAsDouble()).isEqualTo(0.3);
    assertThat(body.get("system").getAsString()).startsWith("You summarize.")
        .contains("JSON object only");
    var messages = body.getAsJsonArray("messages");
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).getAsJsonObject().get("role").getAsString()).isEqualTo("user");
    assertThat(messages.get(0).getAsJsonObject().get("content").getAsString())
        .isEqualTo("<conversation>\n{}\n</conversation>");
  }

  @Test
  void joins_several_text_blocks_and_skips_other_block_types() throws Exception {
    server.enqueue(json(200, """
        {"id": "msg_01", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5",
         "content": [{"type": "thinking", "thinking": "hmm", "signature": "x"},
                     {"type": "text", "text": "{\\"tldr\\": "},
                     {"type": "text", "text": "\\"ok\\"}"}],
         "stop_reason": "end_turn", "stop_sequence": null,
         "usage": {"input_tokens": 10, "output_tokens": 5}}"""));

    assertThat(client().complete(request()).text()).isEqualTo("{\"tldr\": \"ok\"}");
  }

  @Test
  void honours_an_http_date_retry_after_on_429_then_succeeds() throws Exception {
    String inThreeSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(clock.instant().plusSeconds(3).atZone(ZoneOffset.UTC));
    server.enqueue(json(429, LlmFixtures.read("anthropic-error-429.json"))
        .setHeader("retry-after", inThreeSeconds));
    server.enqueue(json(200, LlmFixtures.read("anthropic-message.json")));

    client().complete(request());

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void overloaded_and_server_errors_are_retried_until_attempts_run_out() {
    server.enqueue(json(529, LlmFixtures.read("anthropic-error-529.json")));
    server.enqueue(json(500, LlmFixtures.read("anthropic-error-500.json")));
    server.enqueue(json(529, LlmFixtures.read("anthropic-error-529.json")));

    LlmException failure = catchThrowableOfType(LlmException.class,
        () -> client().complete(request()));

    assertThat(failure.kind()).isEqualTo(LlmException.Kind.UNAVAILABLE);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void times_out_after_the_configured_timeout() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    LlmException failure = catchThrowableOfType(LlmException.class,
        () -> client(Duration.ofMillis(250)).complete(request()));

    assertThat(failure.kind()).isEqualTo(LlmException.Kind.TIMEOUT);
    assertThat(failure.getMessage()).isEqualTo("LLM timed out after 0.3 s");
  }

  @Test
  void an_open_circuit_fails_fast_without_a_request_until_the_clock_moves() throws Exception {
    LlmClient client = client();
    for (int call = 0; call < 5; call++) {
      for (int attempt = 0; attempt < 3; attempt++) {
        server.enqueue(json(500, LlmFixtures.read("anthropic-error-500.json")));
      }
      catchThrowableOfType(LlmException.class, () -> client.complete(request()));
    }
    catchThrowableOfType(LlmException.class, () -> client.complete(request()));
    assertThat(server.getRequestCount()).isEqualTo(15);

    clock.advance(Duration.ofSeconds(29));
    catchThrowableOfType(LlmException.class, () -> client.complete(request()));
    assertThat(server.getRequestCount()).as("still open before 30 s").isEqualTo(15);

    clock.advance(Duration.ofSeconds(2));
    server.enqueue(json(200, LlmFixtures.read("anthropic-message.json")));
    client.complete(request());
    assertThat(server.getRequestCount()).isEqualTo(16);
  }
}
