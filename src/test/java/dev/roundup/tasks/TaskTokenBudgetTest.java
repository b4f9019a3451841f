package dev.roundup.tasks;

import static dev.roundup.tasks.TaskBot.ALICE;
import static dev.roundup.tasks.TaskBot.BORIS;
import static dev.roundup.tasks.TaskBot.WAIT;
import static dev.roundup.tasks.TaskBot.dm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.llm.LlmFixtures;
import dev.roundup.llm.LlmSettings;
import dev.roundup.llm.TokenBudgets;
import dev.roundup.sandbox.PublishedView;
import dev.roundup.sandbox.StoredMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Token budgets in the running app with a model configured (MockWebServer as an OpenAI-compatible
 * provider billing 300 tokens a call): a task's run is charged to the task, {@code /task list}
 * shows what each task spent, a run over its budget is summarized by the built-in summarizer and
 * says so, admins see the workspace's day against its budget on App Home (others do not), and
 * {@code /metrics} counts the tokens.
 */
class TaskTokenBudgetTest {

  private static final Pattern TS = Pattern.compile("(\\d{10}\\.\\d{6})");
  private static final String INCIDENTS = "C0INCIDENTS";

  @TempDir
  Path dir;

  private final MockWebServer provider = new MockWebServer();
  private TaskBot bot;

  @BeforeEach
  void start() throws Exception {
    provider.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setHeader("Content-Type", "application/json")
            .setBody(completion(request.getBody().readUtf8()));
      }
    });
    provider.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (bot != null) {
      bot.close();
    }
    provider.shutdown();
  }

  /** A summary citing the first message the prompt holds, billed 240 in and 60 out. */
  private static String completion(String prompt) {
    Matcher ts = TS.matcher(prompt);
    String source = ts.find() ? ts.group(1) : "0000000000.000000";
    String summary = "{\"tldr\": \"The deploy was rolled back after 502s.\", \"highlights\": [{\"text\":"
        + " \"Payments returned 502s.\", \"sources\": [\"" + source + "\"]}], \"decisions\": [],"
        + " \"actionItems\": [], \"openQuestions\": []}";
    JsonObject root = JsonParser.parseString(LlmFixtures.openAiCompletion(summary)).getAsJsonObject();
    root.getAsJsonObject("usage").addProperty("prompt_tokens", 240);
    root.getAsJsonObject("usage").addProperty("completion_tokens", 60);
    return root.toString();
  }

  private TaskBot bot(TokenBudgets budgets) throws Exception {
    LlmSettings llm = LlmFixtures.settings("openai", provider.url("/").toString(), Duration.ofSeconds(5))
        .withBudgets(budgets);
    bot = new TaskBot(dir, Clock.systemUTC(), llm);
    bot.workspace.post(INCIDENTS, BORIS, "The payments API is returning 502s since the deploy");
    bot.workspace.post(INCIDENTS, ALICE, "Rolling back the deploy now");
    return bot;
  }

  private StoredMessage runAndRead(long id) {
    int before = bot.botMessages(dm(ALICE)).size();
    assertThat(bot.command(ALICE, "run " + id)).contains("ran just now");
    await().atMost(WAIT).until(() -> bot.botMessages(dm(ALICE)).size() > before);
    List<StoredMessage> posted = bot.botMessages(dm(ALICE));
    return posted.get(posted.size() - 1);
  }

  @Test
  void a_task_runs_tokens_show_in_task_list_and_in_the_metrics() throws Exception {
    bot(TokenBudgets.UNLIMITED);
    long id = bot.create(ALICE, "summarize <#C0INCIDENTS|incidents> every day at 9am");
    long remind = bot.create(ALICE, "every day at 9am remind me to stand up");

    StoredMessage summary = runAndRead(id);
    String list = bot.command(ALICE, "list");

    assertThat(summary.blocks()).contains("The deploy was rolled back after 502s.")
        .doesNotContain("built-in summarizer");
    assertThat(list).contains("LLM tokens: 300 today · 300 last run");
    assertThat(list.lines().filter(l -> l.contains("*" + remind + ".*")).findFirst().orElseThrow())
        .doesNotContain("LLM tokens");
    HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + bot.roundup.port() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.body())
        .contains("roundup_llm_tokens_total{kind=\"input\",provider=\"openai\"} 240.0")
        .contains("roundup_llm_tokens_total{kind=\"output\",provider=\"openai\"} 60.0");
  }

  @Test
  void a_run_over_the_task_run_budget_is_summarized_by_the_built_in_summarizer_and_says_so()
      throws Exception {
    bot(new TokenBudgets(0, 100));
    long id = bot.create(ALICE, "summarize <#C0INCIDENTS|incidents> every day at 9am");

    StoredMessage summary = runAndRead(id);

    assertThat(summary.blocks())
        .contains("LLM budget for this task run used up; summarized with the built-in summarizer")
        .contains("Rolling back the deploy now");
    assertThat(provider.getRequestCount()).isZero();
    assertThat(bot.command(ALICE, "list")).contains("LLM tokens: 0 today · 0 last run");
  }

  @Test
  void a_digest_over_the_workspaces_daily_budget_says_so_under_its_channel() throws Exception {
    bot(new TokenBudgets(1, 0));
    long id = bot.create(ALICE, "every day at 9am digest <#C0INCIDENTS|incidents>");

    StoredMessage digest = runAndRead(id);

    assertThat(digest.blocks())
        .contains("LLM budget for today used up; summarized with the built-in summarizer");
    assertThat(provider.getRequestCount()).isZero();
  }

  @Test
  void admins_see_the_workspaces_usage_against_its_budget_on_app_home_and_others_do_not()
      throws Exception {
    bot(new TokenBudgets(1_000_000, 0));
    long id = bot.create(ALICE, "summarize <#C0INCIDENTS|incidents> every day at 9am");
    runAndRead(id);

    assertThat(home(BORIS)).contains("Your tasks").doesNotContain("LLM usage");
    assertThat(home(ALICE)).contains("LLM usage (admins)", "Today (UTC): 300 of 1,000,000 tokens (0%).");
  }

  private String home(String user) {
    int before = bot.slack.publishedViews().size();
    bot.slack.appHomeOpened(user);
    await().atMost(WAIT).until(() -> bot.slack.publishedViews().stream().skip(before)
        .anyMatch(v -> v.userId().equals(user)));
    List<PublishedView> views = bot.slack.publishedViews().stream()
        .filter(v -> v.userId().equals(user)).toList();
    return views.get(views.size() - 1).view();
  }
}
