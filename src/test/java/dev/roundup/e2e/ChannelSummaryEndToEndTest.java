package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.sandbox.ResponseUrlPost;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.summarize.Point;
import dev.roundup.summarize.Summary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelSummaryEndToEndTest {

  static final String ALICE = "U0ALICE";
  static final String BORIS = "U0BORIS";
  static final String DANA = "U0DANA";

  @TempDir
  Path dir;
  RoundupHarness h;

  @AfterEach
  void stop() {
    if (h != null) {
      h.close();
    }
  }

  private void postAt(Instant at, String channel, String user, String text) {
    h.workspace.setClock(Clock.fixed(at, ZoneOffset.UTC));
    h.workspace.post(channel, user, text);
  }

  @Test
  void channel_mention_with_a_window_summarizes_only_that_window() throws Exception {
    h = RoundupHarness.start(dir);
    Instant now = Instant.now();
    postAt(now.minus(Duration.ofDays(6)), "C0INCIDENTS", ALICE, "Old incident: the CDN certificate expired last week.");
    postAt(now.minus(Duration.ofDays(2)), "C0INCIDENTS", BORIS, "Database failover drill went fine; replicas caught up in 40 seconds.");
    postAt(now.minus(Duration.ofHours(30)), "C0INCIDENTS", ALICE, "We decided to keep the failover drill monthly.");
    postAt(now.minus(Duration.ofHours(1)), "C0INCIDENTS", BORIS, "Minor alert on the queue depth, resolved by scaling workers.");
    h.workspace.setClock(Clock.systemUTC());

    h.slack.userPosts("C0INCIDENTS", null, ALICE, "<@U0BOT> summarize last 3 days");

    await().atMost(Duration.ofSeconds(20)).until(() -> summaryIn("C0INCIDENTS") != null);
    StoredMessage summary = summaryIn("C0INCIDENTS");
    assertThat(summary.text()).contains("last 3 days").contains("3 messages from 2 people");
    assertThat(summary.blocks()).doesNotContain("CDN certificate");
    assertThat(h.slack.calls("conversations.history")).anySatisfy(c -> assertThat(c.params()).containsKey("oldest"));
  }

  private StoredMessage summaryIn(String channel) {
    return h.workspace.messages(channel).stream()
        .filter(m -> h.workspace.botUserId().equals(m.user()) && m.text().startsWith("Summary of"))
        .findFirst().orElse(null);
  }

  @Test
  void slash_summarize_answers_privately_through_the_response_url() throws Exception {
    h = RoundupHarness.start(dir);
    h.workspace.post("C0ENG", ALICE, "We agreed to move the retro to Thursday.");
    h.workspace.post("C0ENG", BORIS, "I'll book the room and send the invite today.");

    var ack = h.slack.slashCommand(BORIS, "C0ENG", "/summarize", "");
    assertThat(ack.status()).isEqualTo(200);
    assertThat(ack.body()).contains("\"response_type\":\"ephemeral\"");
    assertThat(Json.text(ack.body())).contains("Summarizing");

    await().atMost(Duration.ofSeconds(20)).until(() -> !h.slack.responseUrlPosts().isEmpty());
    ResponseUrlPost post = h.slack.responseUrlPosts().get(0);
    assertThat(post.body()).contains("\"response_type\":\"ephemeral\"").contains("2 messages from 2 people")
        .contains("archives/C0ENG/p");
    assertThat(h.botPosts()).as("nothing posted in the channel").isEmpty();
  }

  @Test
  void slash_summarize_help_and_nonsense_get_usage_with_examples() throws Exception {
    h = RoundupHarness.start(dir);
    assertThat(Json.text(h.slack.slashCommand(BORIS, "C0ENG", "/summarize", "help").body())).contains("/summarize #channel 7d").contains("since monday");
    assertThat(Json.text(h.slack.slashCommand(BORIS, "C0ENG", "/summarize", "the moon please").body()))
        .contains("didn't understand").contains("/summarize 3d");
  }

  @Test
  void summarizing_a_channel_the_bot_is_not_in_says_how_to_invite_it() throws Exception {
    h = RoundupHarness.start(dir);
    h.workspace.post("C0DESIGN", DANA, "New icon set is ready for review.");
    h.slack.slashCommand(DANA, "C0GENERAL", "/summarize", "<#C0DESIGN|design> 7d");
    await().atMost(Duration.ofSeconds(20)).until(() -> !h.slack.responseUrlPosts().isEmpty());
    assertThat(Json.text(h.slack.responseUrlPosts().get(0).body())).contains("/invite @roundup");
  }

  @Test
  void another_channel_is_summarized_only_for_its_members() throws Exception {
    h = RoundupHarness.start(dir);
    h.workspace.post("C0LEADS", ALICE, "Confidential: reorg plans for Q1.");
    h.slack.slashCommand(BORIS, "C0GENERAL", "/summarize", "<#C0LEADS|leads> 7d");
    await().atMost(Duration.ofSeconds(20)).until(() -> !h.slack.responseUrlPosts().isEmpty());
    assertThat(Json.text(h.slack.responseUrlPosts().get(0).body())).contains("I can't see <#C0LEADS> for you")
        .doesNotContain("reorg");
  }

  @Test
  void a_long_summary_is_split_across_messages_in_the_thread() throws Exception {
    // A summarizer that returns far more than fits in one Slack message.
    h = RoundupHarness.start(dir, (conversation, options) -> new Summary("Many findings.",
        IntStream.range(0, 300).mapToObj(i -> new Point("Finding " + i + " " + "detail ".repeat(30),
            List.of(conversation.messages().get(0).ts()))).toList(),
        List.of(), List.of(), List.of(), new Summary.Stats(conversation.size(), 1), null));
    String parent = h.workspace.post("C0ENG", ALICE, "Audit findings thread.");
    h.workspace.reply("C0ENG", parent, BORIS, "Adding mine.");
    h.slack.userPosts("C0ENG", parent, ALICE, "<@U0BOT>");
    await().atMost(Duration.ofSeconds(20)).until(() -> {
      List<StoredMessage> bot = h.workspace.thread("C0ENG", parent).stream()
          .filter(m -> h.workspace.botUserId().equals(m.user())).toList();
      return !bot.isEmpty() && bot.get(0).text().endsWith("(part 1 of " + bot.size() + ")");
    });
    List<StoredMessage> parts = h.workspace.thread("C0ENG", parent).stream()
        .filter(m -> h.workspace.botUserId().equals(m.user())).toList();
    String all = String.join("\n", parts.stream().map(StoredMessage::blocks).toList());
    for (int i = 0; i < 300; i++) {
      assertThat(all).contains("Finding " + i + " ");
    }
    assertThat(parts.get(0).text()).contains("part 1 of " + parts.size());
  }
}
