package dev.roundup.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.TestClock;
import dev.roundup.time.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmHttpTest {

  private final MockWebServer server = new MockWebServer();
  private final TestClock clock = LlmFixtures.clock();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void a_call_cancelled_by_its_caller_does_not_count_against_the_provider() throws Exception {
    LlmSettings settings = LlmFixtures.settings("openai", server.url("/").toString(),
        Duration.ofSeconds(10));
    CircuitBreaker openAtFirstFailure = new CircuitBreaker(1, Duration.ofSeconds(30), clock);
    LlmClient client = new OpenAiCompatibleClient(settings, new LlmHttp(settings.timeout(),
        RetryPolicy.DEFAULT, openAtFirstFailure, new RecordingSleeper(), clock));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    AtomicReference<LlmException> failure = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        client.complete(new LlmRequest("s", "u", 0.2, 10, true));
      } catch (LlmException e) {
        failure.set(e);
      }
    });

    caller.start();
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    caller.interrupt();
    await().atMost(Duration.ofSeconds(5)).until(() -> !caller.isAlive());

    assertThat(failure.get().getMessage()).isEqualTo("LLM call interrupted");
    assertThat(openAtFirstFailure.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    server.enqueue(new MockResponse().setBody(LlmFixtures.openAiCompletion("still here")));
    assertThat(client.complete(new LlmRequest("s", "u", 0.2, 10, true)).text())
        .isEqualTo("still here");
  }
}
