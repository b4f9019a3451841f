package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.llm.LlmFixtures;
import dev.roundup.llm.LlmSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --llm} against a local OpenAI-compatible server over real HTTP: the configured
 * model gets a row of its own, scored like the embedded one, and the summaries that fell back to
 * the embedded summarizer are counted rather than scored under the model's name unannounced.
 */
class EvalCommandLlmTest {

  private final MockWebServer server = new MockWebServer();
  private final AtomicInteger calls = new AtomicInteger();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new FakeModel());
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private LlmSettings openAi() {
    return LlmFixtures.settings("openai", server.url("/").toString(), Duration.ofSeconds(10));
  }

  private int run(EvalCommand command, String... args) {
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void the_configured_model_is_scored_beside_the_embedded_summarizer_and_its_fallbacks_counted(
      @TempDir Path dir) throws Exception {
    Path threads = threadFolder(dir);
    Path report = dir.resolve("EVAL.md");

    int status = run(new EvalCommand(List.of(
            new dev.roundup.eval.SummarizerSystem(EvalCommand.EMBEDDED,
                dev.roundup.summarize.ExtractiveSummarizer::new)), this::openAi),
        "--llm", "--data", dataFolder(dir).toString(), "--dataset", "dialogsum", "--limit", "2",
        "--threads", threads.toString(), "--out", report.toString());

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String written = Files.readString(report);
    String row = "Roundup (LLM: openai/gpt-4o-mini)";
    assertThat(written).contains("### " + row, "### " + EvalCommand.EMBEDDED, "| " + row + " |");
    // Threads: the rollback thread answered (one decision citing the gold message, one item
    // citing a message the thread does not have, one owner not in it); the outage thread
    // answered with no JSON twice, so it is the embedded summary, and counted as such.
    assertThat(written).contains("Receipts — " + row + ": 2 summaries, 1 from the fallback",
        "validation dropped 1 items that cited no message and 1 owners who were not in the "
            + "conversation");
    assertThat(section(written, "### " + row)).contains("| dev (tuned on) | 2 | 1.00 | 1.00 |");
    // ROUGE samples: both answered by the model, none fell back.
    assertThat(written).contains("## Receipts (the summaries scored above)",
        "- " + row + ": 2 summaries, 0 from the fallback");
    assertThat(calls.get()).as("one call per ROUGE sample and thread, two for the garbled one")
        .isEqualTo(5);
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Warning:");
  }

  @Test
  void a_provider_that_cannot_be_reached_is_scored_as_fallbacks_and_warned_about(@TempDir Path dir)
      throws Exception {
    LlmSettings unreachable = LlmFixtures.settings("openai", "http://127.0.0.1:9/",
        Duration.ofSeconds(2));
    Path report = dir.resolve("EVAL.md");

    int status = run(new EvalCommand(List.of(), () -> unreachable), "--llm", "--data",
        dataFolder(dir).toString(), "--dataset", "dialogsum", "--limit", "2", "--threads",
        threadFolder(dir).toString(), "--out", report.toString());

    assertThat(status).isZero();
    String row = "Roundup (LLM: openai/gpt-4o-mini)";
    assertThat(Files.readString(report)).contains("- " + row + ": 2 summaries, 2 from the fallback",
        "Receipts — " + row + ": 2 summaries, 2 from the fallback");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Warning: " + row + ": 2 of 2 summaries fell back to the embedded summarizer");
  }

  @Test
  void without_a_configured_model_llm_is_refused_in_words_and_nothing_is_called() {
    LlmSettings embedded = LlmSettings.embedded();

    int status = run(new EvalCommand(List.of(), () -> embedded), "--llm", "--data",
        "nowhere");

    assertThat(status).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--llm needs an LLM configured", "roundup.llm.provider", "ROUNDUP_LLM_");
    assertThat(calls.get()).isZero();
  }

  /** The text from {@code heading} to the next heading of its level. */
  private static String section(String markdown, String heading) {
    int start = markdown.indexOf(heading);
    int end = markdown.indexOf("\n### ", start + heading.length());
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  /**
   * A model that reads the conversation in the prompt: a message saying "decided" is the
   * decision; an outage thread, and the request to repair that answer, get no JSON.
   */
  private final class FakeModel extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      calls.incrementAndGet();
      JsonObject body = JsonParser.parseString(request.getBody().readUtf8()).getAsJsonObject();
      JsonArray messages = body.getAsJsonArray("messages");
      String prompt = messages.get(messages.size() - 1).getAsJsonObject().get("content")
          .getAsString();
      // A repair request carries no conversation: the garbled answer stays garbled.
      boolean garbled = prompt.contains("outage") || !prompt.contains("<conversation>");
      String content = garbled ? "Sorry, I can't help with that." : summaryOf(conversation(prompt));
      return new MockResponse().setHeader("Content-Type", "application/json")
          .setBody(LlmFixtures.openAiCompletion(content));
    }

    private List<JsonObject> conversation(String prompt) {
      List<JsonObject> lines = new ArrayList<>();
      for (String line : prompt.split("\n")) {
        if (line.startsWith("{")) {
          lines.add(JsonParser.parseString(line).getAsJsonObject());
        }
      }
      return lines;
    }

    private String summaryOf(List<JsonObject> lines) {
      JsonObject summary = new JsonObject();
      summary.addProperty("tldr", lines.get(0).get("text").getAsString());
      JsonArray decisions = new JsonArray();
      JsonArray actions = new JsonArray();
      for (JsonObject line : lines) {
        if (line.get("text").getAsString().contains("decided")) {
          decisions.add(point("Roll back the gateway client", line.get("ts").getAsString()));
          decisions.add(point("Invented", "1.000001"));
          JsonObject action = point("Tell support", line.get("ts").getAsString());
          action.addProperty("owner", "Somebody Else");
          actions.add(action);
        }
      }
      summary.add("highlights", new JsonArray());
      summary.add("decisions", decisions);
      summary.add("actionItems", actions);
      summary.add("openQuestions", new JsonArray());
      return summary.toString();
    }

    private JsonObject point(String text, String ts) {
      JsonObject point = new JsonObject();
      point.addProperty("text", text);
      JsonArray sources = new JsonArray();
      sources.add(ts);
      point.add("sources", sources);
      return point;
    }
  }

  private static Path threadFolder(Path dir) throws IOException {
    Path dev = Files.createDirectories(dir.resolve("threads").resolve("dev"));
    Files.writeString(dev.resolve("rollback.thread"), String.join("\n",
        "# kind: incident",
        "# lang: en",
        "ana: checkout errors since 14:05, the new gateway client times out",
        "  ben: we decided: roll back the gateway client now",
        "  cleo: ok",
        "== gold",
        "decision 2: Roll back the gateway client",
        ""));
    Files.writeString(dev.resolve("outage.thread"), String.join("\n",
        "# kind: incident",
        "# lang: en",
        "dora: the status page outage is over, all green since 15:10",
        "  eli: nice, thanks",
        "== gold",
        ""));
    return dir.resolve("threads");
  }

  private static Path dataFolder(Path dir) throws IOException, URISyntaxException {
    Path data = Files.createDirectories(dir.resolve("data").resolve("dialogsum")).getParent();
    Files.copy(Path.of(EvalCommandLlmTest.class.getResource("/eval/dialogsum-tiny.jsonl").toURI()),
        data.resolve("dialogsum/dialogsum.test.jsonl"));
    return data;
  }
}
