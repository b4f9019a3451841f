package dev.roundup.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.ScratchDatabase;
import dev.roundup.TestClock;
import dev.roundup.llm.LlmAccount;
import dev.roundup.llm.LlmClient;
import dev.roundup.llm.LlmClients;
import dev.roundup.llm.LlmFixtures;
import dev.roundup.llm.LlmRequest;
import dev.roundup.llm.LlmSettings;
import dev.roundup.llm.RecordingSleeper;
import dev.roundup.llm.TokenBudgets;
import dev.roundup.llm.TokenUsage;
import dev.roundup.summarize.Answer;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ExtractiveAnswerer;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.LlmAnswerer;
import dev.roundup.summarize.LlmSummarizer;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Token budgets over real HTTP: MockWebServer plays the provider and bills each call in its usage
 * block; the summarizer and answerer talk to it through {@link BudgetedLlmClient} on a real H2
 * database. What is billed is recorded per workspace, a call a budget has no room for is not made
 * and the built-in summarizer answers with a note saying so, and the metrics count both.
 */
class LlmBudgetTest {

  private static final String TEAM = "T1";
  private static final String OTHER_TEAM = "T2";
  /** What the provider bills for each call: far below any call's hold (prompt + output cap). */
  private static final int BILLED_IN = 240;
  private static final int BILLED_OUT = 60;
  private static final String BUDGET_NOTE =
      "LLM budget for today used up; summarized with the built-in summarizer";

  private final MockWebServer server = new MockWebServer();
  private final TestClock clock = new TestClock(Instant.parse("2026-11-30T10:00:00Z"));
  private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final List<LlmRequest> sent = new CopyOnWriteArrayList<>();
  private final Conversation launch = launchThread();
  private ScratchDatabase db;
  private TokenLedger ledger;
  private Provider provider = Provider.OPENAI;
  private boolean reportUsage = true;

  private enum Provider { OPENAI, ANTHROPIC }

  @BeforeEach
  void start() throws Exception {
    db = ScratchDatabase.h2();
    ledger = new TokenLedger(db.dataSource(), clock);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(reply(request));
      }
    });
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
    db.close();
  }

  /** The model's answer: the launch thread's summary, billed as the test says. */
  private String reply(RecordedRequest request) {
    String text = LlmFixtures.read("summary-launch.json");
    JsonObject root;
    if (provider == Provider.OPENAI) {
      root = JsonParser.parseString(LlmFixtures.openAiCompletion(text)).getAsJsonObject();
      usage(root, "prompt_tokens", "completion_tokens");
    } else {
      root = JsonParser.parseString(LlmFixtures.anthropicMessage(text)).getAsJsonObject();
      usage(root, "input_tokens", "output_tokens");
    }
    return root.toString();
  }

  private void usage(JsonObject root, String input, String output) {
    if (!reportUsage) {
      root.remove("usage");
      return;
    }
    JsonObject usage = root.getAsJsonObject("usage");
    usage.addProperty(input, BILLED_IN);
    usage.addProperty(output, BILLED_OUT);
  }

  private LlmClient budgeted(TokenBudgets budgets) {
    String name = provider == Provider.OPENAI ? "openai" : "anthropic";
    LlmSettings settings = settings();
    LlmClient model = LlmClients.create(settings,
        LlmFixtures.http(settings, LlmFixtures.clock(), new RecordingSleeper()));
    LlmClient recording = request -> {
      sent.add(request);
      return model.complete(request);
    };
    return new BudgetedLlmClient(recording, name, ledger, budgets, TEAM, metrics);
  }

  private LlmSettings settings() {
    return LlmFixtures.settings(provider == Provider.OPENAI ? "openai" : "anthropic",
        server.url("/").toString(), Duration.ofSeconds(5));
  }

  private LlmSummarizer summarizer(TokenBudgets budgets) {
    return new LlmSummarizer(budgeted(budgets), settings(), new ExtractiveSummarizer());
  }

  private static SummaryOptions forTeam(String team) {
    return SummaryOptions.DEFAULT.chargedTo(LlmAccount.workspace(team));
  }

  /** What one summary of the launch thread holds while its call runs. */
  private long holdOfOneSummary() {
    try (LlmSummarizer probe = summarizer(TokenBudgets.UNLIMITED)) {
      probe.summarize(launch, forTeam("T-probe"));
    }
    return TokenUsage.mostFor(sent.remove(sent.size() - 1));
  }

  /** Room for one summary's hold and its bill, not for a second hold on top. */
  private long roomForOneSummary() {
    return holdOfOneSummary() + BILLED_IN + BILLED_OUT - 1;
  }

  @Test
  void what_the_provider_bills_is_recorded_for_the_workspace_that_asked() {
    for (Provider p : Provider.values()) {
      provider = p;
      try (LlmSummarizer summarizer = summarizer(TokenBudgets.UNLIMITED)) {
        assertThat(summarizer.summarize(launch, forTeam(TEAM)).note()).isNull();
        summarizer.summarize(launch, forTeam(OTHER_TEAM));
      }
    }

    assertThat(ledger.spentToday(TEAM)).isEqualTo(2 * (BILLED_IN + BILLED_OUT));
    assertThat(ledger.spentToday(OTHER_TEAM)).isEqualTo(2 * (BILLED_IN + BILLED_OUT));
  }

  @Test
  void a_call_that_names_no_workspace_is_charged_to_the_workspace_roundup_serves() {
    try (LlmSummarizer summarizer = summarizer(TokenBudgets.UNLIMITED)) {
      summarizer.summarize(launch);
    }

    assertThat(ledger.spentToday(TEAM)).isEqualTo(BILLED_IN + BILLED_OUT);
  }

  @Test
  void the_call_after_the_daily_budget_is_reached_falls_back_and_says_so() {
    TokenBudgets budget = new TokenBudgets(roomForOneSummary(), 0);
    try (LlmSummarizer summarizer = summarizer(budget)) {
      Summary first = summarizer.summarize(launch, forTeam(TEAM));
      int callsAfterFirst = server.getRequestCount();
      Summary second = summarizer.summarize(launch, forTeam(TEAM));

      assertThat(first.note()).isNull();
      assertThat(second.note()).isEqualTo(BUDGET_NOTE);
      assertThat(second.tldr()).isNotBlank();
      assertThat(server.getRequestCount()).as("no call made over budget").isEqualTo(callsAfterFirst);
    }
    assertThat(ledger.spentToday(TEAM)).isEqualTo(BILLED_IN + BILLED_OUT);
  }

  @Test
  void one_workspace_spending_its_budget_leaves_another_workspaces_budget_alone() {
    TokenBudgets budget = new TokenBudgets(roomForOneSummary(), 0);
    try (LlmSummarizer summarizer = summarizer(budget)) {
      summarizer.summarize(launch, forTeam(TEAM));
      assertThat(summarizer.summarize(launch, forTeam(TEAM)).note()).isEqualTo(BUDGET_NOTE);

      assertThat(summarizer.summarize(launch, forTeam(OTHER_TEAM)).note()).isNull();
    }
  }

  @Test
  void a_task_run_over_its_own_budget_falls_back_while_the_workspace_still_has_room() {
    TokenBudgets budget = new TokenBudgets(0, roomForOneSummary());
    SummaryOptions runA = SummaryOptions.DEFAULT.chargedTo(LlmAccount.taskRun(TEAM, 7, "7@a"));
    SummaryOptions runB = SummaryOptions.DEFAULT.chargedTo(LlmAccount.taskRun(TEAM, 7, "7@b"));
    try (LlmSummarizer summarizer = summarizer(budget)) {
      assertThat(summarizer.summarize(launch, runA).note()).isNull();
      assertThat(summarizer.summarize(launch, runA).note()).isEqualTo(
          "LLM budget for this task run used up; summarized with the built-in summarizer");
      assertThat(summarizer.summarize(launch, forTeam(TEAM)).note()).isNull();
      assertThat(summarizer.summarize(launch, runB).note()).as("the next run").isNull();
    }
    assertThat(ledger.taskSpend(TEAM, List.of(7L)).get(7L)).isEqualTo(
        new TokenLedger.TaskSpend(2 * (BILLED_IN + BILLED_OUT), BILLED_IN + BILLED_OUT));
  }

  @Test
  void summaries_asked_at_the_same_moment_do_not_spend_past_the_budget() throws Exception {
    long hold = holdOfOneSummary();
    int callsBefore = server.getRequestCount();
    // Room for one hold and a half: without the ledger's lock all twelve would see room.
    long limit = hold + hold / 2;
    int people = 12;
    ExecutorService pool = Executors.newFixedThreadPool(people);
    CountDownLatch start = new CountDownLatch(1);
    List<Summary> summaries = new ArrayList<>();
    try (LlmSummarizer summarizer = summarizer(new TokenBudgets(limit, 0))) {
      List<Future<Summary>> asked = new ArrayList<>();
      for (int i = 0; i < people; i++) {
        asked.add(pool.submit(() -> {
          start.await();
          return summarizer.summarize(launch, forTeam(TEAM));
        }));
      }
      start.countDown();
      for (Future<Summary> s : asked) {
        summaries.add(s.get());
      }
    } finally {
      pool.shutdownNow();
    }
    int calls = server.getRequestCount() - callsBefore;
    long fellBack = summaries.stream().filter(s -> BUDGET_NOTE.equals(s.note())).count();
    assertThat(calls).isPositive();
    assertThat(fellBack).isEqualTo(people - calls);
    assertThat((long) calls * (BILLED_IN + BILLED_OUT)).isLessThanOrEqualTo(limit);
    assertThat(ledger.spentToday(TEAM)).isEqualTo((long) calls * (BILLED_IN + BILLED_OUT));
  }

  @Test
  void an_answer_over_budget_is_the_built_in_answer_with_the_note() {
    LlmAnswerer answerer = new LlmAnswerer(budgeted(new TokenBudgets(1, 0)), settings(),
        new ExtractiveAnswerer());

    Answer answer = answerer.answer(launch, "when do we ship?", LlmAccount.workspace(TEAM));

    assertThat(answer.note())
        .isEqualTo("LLM budget for today used up; answered with the built-in answerer");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void a_provider_that_reports_no_usage_is_counted_by_estimate() {
    reportUsage = false;
    try (LlmSummarizer summarizer = summarizer(TokenBudgets.UNLIMITED)) {
      summarizer.summarize(launch, forTeam(TEAM));
    }
    LlmRequest request = sent.get(0);
    long prompt = TokenUsage.mostFor(request) - request.maxOutputTokens();

    assertThat(ledger.spentToday(TEAM)).isGreaterThan(prompt).isLessThan(TokenUsage.mostFor(request));
  }

  @Test
  void metrics_count_tokens_by_provider_and_kind_and_budget_fallbacks() {
    provider = Provider.ANTHROPIC;
    try (LlmSummarizer summarizer = summarizer(new TokenBudgets(0, 1))) {
      summarizer.summarize(launch, forTeam(TEAM));
      summarizer.summarize(launch, SummaryOptions.DEFAULT.chargedTo(LlmAccount.taskRun(TEAM, 3, "r")));
    }

    String scrape = metrics.scrape();
    assertThat(scrape).contains("roundup_llm_tokens_total{kind=\"input\",provider=\"anthropic\"} "
        + BILLED_IN + ".0");
    assertThat(scrape).contains("roundup_llm_tokens_total{kind=\"output\",provider=\"anthropic\"} "
        + BILLED_OUT + ".0");
    assertThat(scrape).contains("roundup_llm_budget_fallbacks_total{budget=\"task_run\"} 1.0");
  }

  /** The six-message launch thread of {@code llm/thread-launch.json}. */
  private static Conversation launchThread() {
    List<Message> messages = new ArrayList<>();
    for (JsonElement element : JsonParser.parseString(LlmFixtures.read("thread-launch.json"))
        .getAsJsonObject().getAsJsonArray("messages")) {
      JsonObject m = element.getAsJsonObject();
      messages.add(new Message(m.get("ts").getAsString(),
          m.has("thread_ts") ? m.get("thread_ts").getAsString() : null,
          m.has("user") ? m.get("user").getAsString() : null, m.get("text").getAsString(),
          m.has("reply_count") ? m.get("reply_count").getAsInt() : 0));
    }
    return new Conversation("C0LAUNCH", messages);
  }
}
