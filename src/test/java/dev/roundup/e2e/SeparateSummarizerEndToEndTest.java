package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.app.Config;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.process.SummarizerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s default: the built-in summarizer in a child process, driven through Slack. */
class SeparateSummarizerEndToEndTest {

  static final String ALICE = "U0ALICE";
  static final String BORIS = "U0BORIS";
  static final String ENG = "C0ENG";

  @TempDir
  Path dir;
  RoundupHarness h;

  /** Children of this JVM before Roundup started: other tests' processes, none of Roundup's. */
  private Set<Long> before;

  @BeforeEach
  void start() throws Exception {
    before = alive().map(ProcessHandle::pid).collect(Collectors.toSet());
    h = RoundupHarness.start(dir, new ExtractiveSummarizer(),
        new Config.Work(4, 100, Duration.ofHours(24)).withSummarizer(SummarizerProcess.Settings.defaults()));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void a_mention_is_summarized_by_the_child_and_still_when_the_child_is_killed() throws Exception {
    ProcessHandle child = summarizerChild();
    String first = thread("Friday or Monday for the billing release?");
    h.slack.userPosts(ENG, first, BORIS, "<@U0BOT> summarize");
    awaitSummaryIn(first);
    assertThat(metric("roundup_summarizer_process_starts_total")).isEqualTo(1.0);
    assertThat(metric("roundup_summarizer_made_here_total")).isZero();

    child.destroyForcibly();
    child.onExit().get();
    String second = thread("Tuesday or Thursday for the invoices release?");
    h.slack.userPosts(ENG, second, BORIS, "<@U0BOT> summarize");
    awaitSummaryIn(second);
    // Within 30 s of the child's start the server makes it; later, a new child does.
    if (metric("roundup_summarizer_process_starts_total") == 1.0) {
      assertThat(metric("roundup_summarizer_made_here_total")).as("made in the server instead").isEqualTo(1.0);
    } else {
      assertThat(metric("roundup_summarizer_process_starts_total")).as("a child started again").isEqualTo(2.0);
    }

    h.roundup.close();
    assertThat(roundupChildren()).as("no summarizer outlives the server").isEmpty();
  }

  private String thread(String question) {
    var ws = h.workspace;
    String parent = ws.post(ENG, ALICE, question);
    ws.reply(ENG, parent, BORIS, "Friday freezes deploys, so the first one is out.");
    ws.reply(ENG, parent, ALICE, "Decision: we release on the later day at 10:00.");
    ws.reply(ENG, parent, BORIS, "I'll update the changelog by tomorrow.");
    return parent;
  }

  private void awaitSummaryIn(String parent) {
    await().atMost(Duration.ofSeconds(60)).until(() -> botMessagesIn(parent).stream()
        .anyMatch(m -> m.text().startsWith("Thread summary") && m.blocks().contains("Decisions")));
  }

  private List<StoredMessage> botMessagesIn(String threadTs) {
    return h.workspace.thread(ENG, threadTs).stream()
        .filter(m -> h.workspace.botUserId().equals(m.user())).toList();
  }

  private ProcessHandle summarizerChild() {
    List<ProcessHandle> children = roundupChildren();
    assertThat(children).as("one child: the summarizer").hasSize(1);
    return children.get(0);
  }

  private List<ProcessHandle> roundupChildren() {
    return alive().filter(p -> !before.contains(p.pid())).toList();
  }

  private static Stream<ProcessHandle> alive() {
    return ProcessHandle.current().children().filter(ProcessHandle::isAlive);
  }

  private double metric(String name) throws Exception {
    String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(h.baseUrl() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return page.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
  }
}
