package dev.roundup.llm;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.TestClock;
import dev.roundup.time.RetryPolicy;
import dev.roundup.time.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Recorded provider payloads from {@code src/test/resources/llm/} and settings for tests. */
public final class LlmFixtures {

  public static final String API_KEY = "sk-test-7f3a9c2e1b8d4f6a0e5c";

  private LlmFixtures() {}

  public static String read(String name) {
    try (InputStream in = LlmFixtures.class.getResourceAsStream("/llm/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /llm/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The recorded chat completion with its message content replaced by {@code content}. */
  public static String openAiCompletion(String content) {
    JsonObject root = JsonParser.parseString(read("openai-chat-completion.json")).getAsJsonObject();
    root.getAsJsonArray("choices").get(0).getAsJsonObject().getAsJsonObject("message")
        .addProperty("content", content);
    return root.toString();
  }

  /** The recorded Anthropic message with its text block replaced by {@code text}. */
  public static String anthropicMessage(String text) {
    JsonObject root = JsonParser.parseString(read("anthropic-message.json")).getAsJsonObject();
    root.getAsJsonArray("content").get(0).getAsJsonObject().addProperty("text", text);
    return root.toString();
  }

  public static LlmSettings settings(String provider, String baseUrl, Duration timeout) {
    String model = provider.equals("anthropic") ? "claude-3-5-haiku-20241022" : "gpt-4o-mini";
    return new LlmSettings(provider, baseUrl, model, API_KEY, timeout, 12_000, 0.2, "auto", 4);
  }

  /** Fake clock at a fixed instant. */
  public static TestClock clock() {
    return new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
  }

  /** Transport with the default retry policy, a breaker on {@code clock}, and no real waits. */
  public static LlmHttp http(LlmSettings settings, Clock clock, Sleeper sleeper) {
    return new LlmHttp(settings.timeout(), RetryPolicy.DEFAULT,
        CircuitBreaker.withDefaults(clock), sleeper, clock);
  }
}
