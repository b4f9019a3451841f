package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonParser;
import dev.roundup.app.Config;
import dev.roundup.sandbox.Interactions;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.slack.BusyNotice;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Summaries run on their own small pool: when its queue is full a mention is answered "busy" in
 * its thread, while every mention the pool accepted is still summarized and message events are
 * still stored; a button pressed while the light work pool is full is answered "busy" beside the
 * message it was on, or in a direct message for a button in the App Home.
 */
class LoadSheddingEndToEndTest {

  static final String ENG = "C0ENG";

  @TempDir
  Path dir;
  RoundupHarness h;
  final CountDownLatch release = new CountDownLatch(1);
  final AtomicInteger started = new AtomicInteger();

  /** Holds every summary until the test releases it: the pool stays busy as long as needed. */
  final Summarizer held = new Summarizer() {
    private final ExtractiveSummarizer real = new ExtractiveSummarizer();

    @Override
    public Summary summarize(Conversation conversation, SummaryOptions options) {
      started.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return real.summarize(conversation, options);
    }
  };

  @AfterEach
  void stop() {
    release.countDown();
    if (h != null) {
      h.close();
    }
  }

  private List<StoredMessage> summariesIn(String thread) {
    return h.workspace.thread(ENG, thread).stream()
        .filter(m -> h.workspace.botUserId().equals(m.user()) && m.text().startsWith("Thread summary"))
        .toList();
  }

  @Test
  void a_mention_beyond_the_summary_queue_is_told_roundup_is_busy_and_accepted_ones_are_all_summarized()
      throws Exception {
    // One summary thread, one queued summary: the third mention at once is one too many.
    h = RoundupHarness.start(dir, held, new Config.Work(2, 100, Duration.ofHours(24), 1, 1, 1000, 50));
    h.slack.setMessageEvents(true);
    var ws = h.workspace;
    String[] threads = new String[3];
    for (int i = 0; i < 3; i++) {
      threads[i] = ws.post(ENG, "U0ALICE", "Thread " + i + ": should we ship the billing page on Tuesday?");
      ws.reply(ENG, threads[i], "U0BORIS", "Yes, Tuesday at 10:00; I will update the changelog.");
    }

    assertThat(h.slack.userPosts(ENG, threads[0], "U0BORIS", "<@U0BOT> summarize").status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> started.get() == 1);
    assertThat(h.slack.userPosts(ENG, threads[1], "U0BORIS", "<@U0BOT> summarize").status()).isEqualTo(200);
    assertThat(h.slack.userPosts(ENG, threads[2], "U0CHEN", "<@U0BOT> summarize").status()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(20)).until(() -> h.slack.ephemerals().stream()
        .anyMatch(e -> e.text().equals(BusyNotice.TEXT)));
    var busy = h.slack.ephemerals().stream().filter(e -> e.text().equals(BusyNotice.TEXT)).toList();
    assertThat(busy).singleElement().satisfies(e -> {
      assertThat(e.user()).isEqualTo("U0CHEN");
      assertThat(e.channel()).isEqualTo(ENG);
      assertThat(e.threadTs()).isEqualTo(threads[2]);
    });
    // Asking again at once is shed too, counted, but not answered with a second notice.
    assertThat(h.slack.userPosts(ENG, threads[2], "U0CHEN", "<@U0BOT> summarize please").status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> h.roundup.metrics().scrape()
        .contains("roundup_work_shed_total{listener=\"app_mention\"} 2.0"));
    // Message events are not held up by the busy summary pool: the posts above are stored.
    assertThat(h.slack.userPosts(ENG, null, "U0ALICE", "Lunch at noon, anyone?").status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> h.roundup.messages()
        .between(ENG, Instant.now().minusSeconds(3600), Instant.now().plusSeconds(60)).stream()
        .anyMatch(m -> "Lunch at noon, anyone?".equals(m.text())));

    release.countDown();
    await().atMost(Duration.ofSeconds(30)).until(() -> summariesIn(threads[0]).size() == 1
        && summariesIn(threads[1]).size() == 1);
    assertThat(summariesIn(threads[2])).as("the shed mentions are not summarized").isEmpty();
    assertThat(h.slack.ephemerals().stream().filter(e -> e.text().equals(BusyNotice.TEXT)))
        .as("one notice a minute per person").hasSize(1);
  }

  @Test
  void a_button_pressed_while_the_work_pool_is_full_is_told_roundup_is_busy_beside_its_message_or_in_a_dm()
      throws Exception {
    // One light work thread and one queued job: two App Home refreshes held by a slow Slack fill it.
    h = RoundupHarness.start(dir, held, new Config.Work(1, 1, Duration.ofHours(24), 1, 1, 1000, 50));
    h.slack.setLatency("views.publish", Duration.ofSeconds(5));
    assertThat(h.slack.appHomeOpened("U0ALICE").status()).isEqualTo(200);
    assertThat(h.slack.appHomeOpened("U0BORIS").status()).isEqualTo(200);

    // A button on a message in a channel: the answer is an ephemeral beside it, the message kept.
    assertThat(h.slack.interaction(Interactions.buttonClick("U0CHEN", "task_pause", "1", ENG)).status())
        .isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> !h.slack.responseUrlPosts().isEmpty());
    assertThat(h.slack.responseUrlPosts()).singleElement().satisfies(post -> {
      assertThat(post.userId()).isEqualTo("U0CHEN");
      var body = JsonParser.parseString(post.body()).getAsJsonObject();
      assertThat(body.get("text").getAsString()).isEqualTo(BusyNotice.TEXT);
      assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
      assertThat(body.get("replace_original").getAsBoolean()).as("the message pressed on stays").isFalse();
    });

    // A button in the App Home has no response URL: the person reads it in their DM.
    String dm = h.workspace.directChannel("U0DANA").id();
    assertThat(h.slack.interaction(Interactions.buttonClick("U0DANA", "suggest_decline", "1")).status())
        .isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> h.workspace.messages(dm).stream()
        .anyMatch(m -> m.text().equals(BusyNotice.TEXT)));
    await().atMost(Duration.ofSeconds(20)).until(() -> h.roundup.metrics().scrape()
        .contains("roundup_work_shed_total{listener=\"suggestion button\"} 1.0")
        && h.roundup.metrics().scrape().contains("roundup_work_shed_total{listener=\"task button\"} 1.0"));
  }
}
