package dev.roundup.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ApiKeySecrecyTest {

  private final MockWebServer server = new MockWebServer();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private Level previousLevel;

  @BeforeEach
  void start() throws Exception {
    server.start();
    previousLevel = root.getLevel();
    root.setLevel(Level.TRACE);
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void stop() throws Exception {
    root.detachAppender(logs);
    root.setLevel(previousLevel);
    server.shutdown();
  }

  @Test
  void the_key_never_reaches_logs_exception_messages_or_to_string() {
    List<LlmException> failures = new ArrayList<>();
    for (String provider : List.of("openai", "anthropic")) {
      LlmSettings settings = LlmFixtures.settings(provider, server.url("/").toString(),
          Duration.ofMillis(300));
      LlmClient client = LlmClients.create(settings,
          LlmFixtures.http(settings, LlmFixtures.clock(), new RecordingSleeper()));
      server.enqueue(new MockResponse().setResponseCode(401).setBody(
          "{\"error\":{\"message\":\"Incorrect API key provided: " + LlmFixtures.API_KEY
              + "\",\"type\":\"authentication_error\"}}"));
      for (int i = 0; i < 3; i++) {
        server.enqueue(new MockResponse().setResponseCode(500)
            .setBody(LlmFixtures.read("openai-error-500.json")));
      }
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      for (int call = 0; call < 3; call++) {
        failures.add(catchThrowableOfType(LlmException.class,
            () -> client.complete(new LlmRequest("s", "u", 0.2, 10, true))));
      }
      assertThat(client.toString()).doesNotContain(LlmFixtures.API_KEY);
      assertThat(settings.toString()).doesNotContain(LlmFixtures.API_KEY);
    }

    assertThat(failures).hasSize(6).allSatisfy(failure -> {
      assertThat(failure.getMessage()).doesNotContain(LlmFixtures.API_KEY);
      assertThat(failure.toString()).doesNotContain(LlmFixtures.API_KEY);
      assertThat(stackTrace(failure)).doesNotContain(LlmFixtures.API_KEY);
    });
    assertThat(logs.list).isNotEmpty().allSatisfy(event -> {
      assertThat(event.getFormattedMessage()).doesNotContain(LlmFixtures.API_KEY);
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        assertThat(t.getMessage() == null ? "" : t.getMessage())
            .doesNotContain(LlmFixtures.API_KEY);
      }
    });
  }

  private static String stackTrace(Throwable throwable) {
    StringWriter out = new StringWriter();
    throwable.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
