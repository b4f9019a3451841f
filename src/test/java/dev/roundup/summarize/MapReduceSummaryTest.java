package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.llm.LlmClients;
import dev.roundup.llm.LlmFixtures;
import dev.roundup.llm.LlmSettings;
import dev.roundup.llm.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conversations over the token budget: a fake model (a MockWebServer dispatcher) answers each
 * chunk with a summary citing that chunk's first and last messages, and each merge with one
 * citing every ts the partial summaries cited.
 */
class MapReduceSummaryTest {

  private static final Pattern MESSAGE_TS = Pattern.compile("\\{\"ts\":\"([0-9.]+)\"");
  private static final Pattern CITED_TS = Pattern.compile("\"([0-9]{10}\\.[0-9]{6})\"");

  private final MockWebServer server = new MockWebServer();
  private final FakeModel model = new FakeModel();

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(model);
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private LlmSummarizer summarizer(int maxInputTokens, int maxParallel) {
    LlmSettings settings = new LlmSettings("openai", server.url("/").toString(), "gpt-4o-mini",
        LlmFixtures.API_KEY, Duration.ofSeconds(20), maxInputTokens, 0.2, "auto", maxParallel);
    return new LlmSummarizer(LlmClients.create(settings,
        LlmFixtures.http(settings, LlmFixtures.clock(), new RecordingSleeper())), settings,
        new StubFallbackSummarizer());
  }

  /** Channel history: top-level messages, every fifth one a thread parent with two replies. */
  private static Conversation channel(int messages) {
    List<Message> list = new ArrayList<>();
    int i = 0;
    while (list.size() < messages) {
      String ts = TestConversations.ts(i++);
      boolean parent = list.size() % 5 == 0 && list.size() + 3 <= messages;
      list.add(new Message(ts, parent ? ts : null, "U0" + (list.size() % 7) + "TEAM",
          "Status update " + list.size() + ": the deploy pipeline for service " + (list.size() % 13)
              + " is green, next step is the canary rollout and a check of the error budget.",
          parent ? 2 : 0));
      if (parent) {
        for (int r = 0; r < 2; r++) {
          list.add(new Message(TestConversations.ts(i++), ts, "U09REVIEW",
              "Reply " + r + " to " + ts + ": looks good, ship it after the canary.", 0));
        }
      }
    }
    return new Conversation("C0OPS", list);
  }

  @Test
  void a_conversation_over_the_budget_is_summarized_in_chunks_then_merged_once() {
    Conversation conversation = channel(60);

    Summary summary = summarizer(2_000, 3).summarize(conversation);

    assertThat(model.chunkCalls.get()).isGreaterThan(1);
    assertThat(model.mergeCalls.get()).isEqualTo(1);
    assertThat(summary.note()).isNull();
    assertThat(summary.tldr()).isEqualTo("Merged summary");
    Set<String> real = conversation.messages().stream().map(Message::ts)
        .collect(Collectors.toSet());
    assertThat(summary.highlights()).isNotEmpty()
        .allSatisfy(point -> assertThat(real).containsAll(point.sources()));
    assertThat(model.timesSeen).as("every message sent in exactly one chunk")
        .hasSize(conversation.size()).allSatisfy((ts, seen) -> assertThat(seen).isEqualTo(1));
    assertThat(model.mostInFlight.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void thread_replies_travel_in_the_same_chunk_as_their_parent() {
    Conversation conversation = channel(60);

    summarizer(2_000, 2).summarize(conversation);

    for (Message message : conversation.messages()) {
      if (message.isThreadReply()) {
        assertThat(model.chunkOf.get(message.ts())).as("chunk of reply " + message.ts())
            .isEqualTo(model.chunkOf.get(message.threadTs()));
      }
    }
  }

  @Test
  void a_conversation_within_the_budget_takes_a_single_call() {
    summarizer(12_000, 4).summarize(channel(20));

    assertThat(model.chunkCalls.get()).isEqualTo(1);
    assertThat(model.mergeCalls.get()).isZero();
  }

  @Test
  void ten_thousand_messages_are_summarized_with_bounded_parallelism() {
    Conversation conversation = channel(10_000);

    Summary summary = summarizer(12_000, 4).summarize(conversation);

    assertThat(summary.note()).isNull();
    assertThat(summary.tldr()).isEqualTo("Merged summary");
    assertThat(model.timesSeen).hasSize(10_000);
    assertThat(model.chunkCalls.get()).isGreaterThan(10);
    assertThat(model.mergeCalls.get()).isGreaterThanOrEqualTo(1);
    assertThat(model.mostInFlight.get()).isBetween(1, 4);
    assertThat(model.largestPromptTokens.get()).as("every prompt within the budget")
        .isLessThanOrEqualTo(12_000);
    Set<String> real = conversation.messages().stream().map(Message::ts)
        .collect(Collectors.toSet());
    assertThat(summary.highlights())
        .allSatisfy(point -> assertThat(real).containsAll(point.sources()));
  }

  @Test
  void partial_summaries_too_many_for_one_prompt_are_merged_level_by_level() {
    Conversation conversation = channel(3_000);

    Summary summary = summarizer(1_500, 4).summarize(conversation);

    assertThat(model.mergeCalls.get()).isGreaterThan(1);
    assertThat(summary.tldr()).isEqualTo("Merged summary");
    assertThat(model.largestPromptTokens.get()).isLessThanOrEqualTo(1_500);
    assertThat(model.timesSeen).hasSize(3_000);
  }

  @Test
  void one_chunk_failing_for_good_falls_back_for_the_whole_conversation() {
    Conversation conversation = channel(60);
    model.failChunkWith = conversation.messages().get(conversation.size() - 1).ts();

    Summary summary = summarizer(2_000, 2).summarize(conversation);

    assertThat(summary.note()).isEqualTo("LLM unavailable — extractive summary");
    assertThat(summary.tldr()).startsWith(StubFallbackSummarizer.TLDR_PREFIX);
    assertThat(model.mergeCalls.get()).isZero();
  }

  /** Answers chunk and merge requests the way a cooperative model would. */
  private static final class FakeModel extends Dispatcher {
    final AtomicInteger chunkCalls = new AtomicInteger();
    final AtomicInteger mergeCalls = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();
    final AtomicInteger largestPromptTokens = new AtomicInteger();
    final Map<String, Integer> timesSeen = new ConcurrentHashMap<>();
    final Map<String, Integer> chunkOf = new ConcurrentHashMap<>();
    /** A chunk holding this ts gets HTTP 500 every time. */
    volatile String failChunkWith;

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      int now = inFlight.incrementAndGet();
      mostInFlight.accumulateAndGet(now, Math::max);
      try {
        JsonObject body = JsonParser.parseString(request.getBody().readUtf8()).getAsJsonObject();
        String system = body.getAsJsonArray("messages").get(0).getAsJsonObject()
            .get("content").getAsString();
        String user = body.getAsJsonArray("messages").get(1).getAsJsonObject()
            .get("content").getAsString();
        if (failChunkWith != null && user.contains("\"" + failChunkWith + "\"")) {
          return new MockResponse().setResponseCode(500)
              .setBody(LlmFixtures.read("openai-error-500.json"));
        }
        largestPromptTokens.accumulateAndGet((system.length() + user.length()) / 4, Math::max);
        String answer = user.contains("<partial-summaries>") ? merge(user) : chunk(user);
        return new MockResponse().setHeader("Content-Type", "application/json")
            .setBody(LlmFixtures.openAiCompletion(answer));
      } finally {
        inFlight.decrementAndGet();
      }
    }

    private String chunk(String user) {
      int chunk = chunkCalls.incrementAndGet();
      List<String> ts = new ArrayList<>();
      Matcher matcher = MESSAGE_TS.matcher(user);
      while (matcher.find()) {
        ts.add(matcher.group(1));
        timesSeen.merge(matcher.group(1), 1, Integer::sum);
        chunkOf.put(matcher.group(1), chunk);
      }
      return """
          {"tldr": "Part %d", "highlights": [
            {"text": "Pipeline green at the start of part %d", "sources": ["%s"]},
            {"text": "Canary next at the end of part %d", "sources": ["%s"]}],
           "decisions": [], "actionItems": [], "openQuestions": []}"""
          .formatted(chunk, chunk, ts.get(0), chunk, ts.get(ts.size() - 1));
    }

    private String merge(String user) {
      mergeCalls.incrementAndGet();
      List<String> cited = new ArrayList<>();
      Matcher matcher = CITED_TS.matcher(user);
      while (matcher.find() && cited.size() < 5) {
        cited.add(matcher.group(1));
      }
      String sources = cited.stream().map(ts -> "\"" + ts + "\"")
          .collect(Collectors.joining(", "));
      return """
          {"tldr": "Merged summary", "highlights": [
            {"text": "Pipelines stayed green; canaries next", "sources": [%s]}],
           "decisions": [], "actionItems": [], "openQuestions": []}""".formatted(sources);
    }
  }
}
