package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.sandbox.StoredMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadSummaryEndToEndTest {

  static final String ALICE = "U0ALICE";
  static final String BORIS = "U0BORIS";
  static final String CHEN = "U0CHEN";
  static final String ENG = "C0ENG";

  @TempDir
  Path dir;
  RoundupHarness h;

  @BeforeEach
  void start() throws Exception {
    h = RoundupHarness.start(dir);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private String launchThread() {
    var ws = h.workspace;
    String parent = ws.post(ENG, ALICE, "Launch plan for the billing page: we need to pick a date, Tuesday or Thursday?");
    ws.reply(ENG, parent, BORIS, "Thursday is risky because the payments team freezes deploys that afternoon.");
    ws.reply(ENG, parent, CHEN, "Agreed, let's go with Tuesday morning then.");
    ws.reply(ENG, parent, ALICE, "Decision: we ship the billing page on Tuesday at 10:00.");
    ws.reply(ENG, parent, BORIS, "I'll update the status page and the changelog by Monday.");
    ws.reply(ENG, parent, ALICE, "<@U0CHEN> can you run the load test on staging before Friday?");
    ws.reply(ENG, parent, CHEN, "Sure, I will run it tomorrow and post the numbers here.");
    ws.reply(ENG, parent, BORIS, "Who is telling the support team about the new invoices layout?");
    ws.reply(ENG, parent, ALICE, "thanks all!");
    return parent;
  }

  private List<StoredMessage> botMessagesIn(String threadTs) {
    return h.workspace.thread(ENG, threadTs).stream()
        .filter(m -> h.workspace.botUserId().equals(m.user())).toList();
  }

  @Test
  void mention_in_thread_replies_in_place_with_a_linked_summary() {
    String parent = launchThread();
    var delivery = h.slack.userPosts(ENG, parent, BORIS, "<@U0BOT> summarize");
    assertThat(delivery.status()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(20)).until(() -> !botMessagesIn(parent).isEmpty()
        && botMessagesIn(parent).get(0).text().startsWith("Thread summary"));

    List<StoredMessage> bot = botMessagesIn(parent);
    assertThat(bot).as("one placeholder, edited into the summary").hasSize(1);
    assertThat(h.botPosts().get(0).params().get("text")).contains("Reading the thread");
    assertThat(h.botPosts().get(0).params().get("thread_ts")).isEqualTo(parent);
    StoredMessage summary = bot.get(0);
    assertThat(summary.text()).contains("9 messages from 3 people");
    assertThat(summary.blocks())
        .contains("TL;DR")
        .contains("https://roundup-sandbox.slack.com/archives/C0ENG/p")
        .contains("Decisions")
        .contains("Action items")
        .contains("<@U0BORIS>");
    assertThat(h.updates()).anySatisfy(c -> assertThat(c.params().get("text")).contains("Summarizing 9 messages"));
  }

  @Test
  void a_thread_in_french_is_headed_and_labelled_in_french() {
    var ws = h.workspace;
    String parent = ws.post(ENG, ALICE, "Pour l'offsite : Lyon ou Lille ? Il faut réserver avant le 15.");
    ws.reply(ENG, parent, BORIS, "Lyon, c'est plus simple pour tout le monde.");
    ws.reply(ENG, parent, ALICE, "C'est décidé : on part à Lyon, du 15 au 17 mars.");
    ws.reply(ENG, parent, CHEN, "Je réserve l'hôtel d'ici vendredi.");
    h.slack.userPosts(ENG, parent, BORIS, "<@U0BOT>");

    await().atMost(Duration.ofSeconds(20)).until(() -> !botMessagesIn(parent).isEmpty()
        && botMessagesIn(parent).get(0).text().startsWith("Résumé du fil"));
    StoredMessage summary = botMessagesIn(parent).get(0);
    assertThat(summary.text()).startsWith("Résumé du fil: 4 messages de 3 personnes");
    assertThat(summary.blocks()).contains("Décisions").doesNotContain("Thread summary");
  }

  @Test
  void a_thread_in_german_labels_its_links_in_german() {
    var ws = h.workspace;
    String parent = ws.post(ENG, ALICE, "Offsite: Hamburg oder Leipzig? Wir müssen bis zum 15. buchen.");
    ws.reply(ENG, parent, BORIS, "Leipzig ist für alle einfacher zu erreichen.");
    ws.reply(ENG, parent, ALICE, "Entschieden: wir fahren nach Leipzig, vom 15. bis 17. März.");
    ws.reply(ENG, parent, CHEN, "Ich buche das Hotel bis Freitag.");
    h.slack.userPosts(ENG, parent, BORIS, "<@U0BOT>");

    await().atMost(Duration.ofSeconds(20)).until(() -> !botMessagesIn(parent).isEmpty()
        && botMessagesIn(parent).get(0).text().startsWith("Thread-Zusammenfassung"));
    String blocks = com.google.gson.JsonParser.parseString(botMessagesIn(parent).get(0).blocks())
        .toString();
    assertThat(blocks).contains("|Quelle>").doesNotContain("|source>");
  }

  @Test
  void a_retried_event_delivery_is_acknowledged_but_summarized_once() {
    String parent = launchThread();
    var first = h.slack.userPosts(ENG, parent, BORIS, "<@U0BOT>");
    await().atMost(Duration.ofSeconds(20)).until(() -> h.workspace.thread(ENG, parent).stream()
        .anyMatch(m -> m.text().startsWith("Thread summary")));
    // Slack retries with the same event_id; the store of handled ids makes it a no-op.
    var mention = h.workspace.thread(ENG, parent).stream().filter(m -> m.text().contains("<@U0BOT>")).findFirst().orElseThrow();
    com.google.gson.JsonObject event = new com.google.gson.JsonObject();
    event.addProperty("type", "app_mention");
    event.addProperty("user", BORIS);
    event.addProperty("text", mention.text());
    event.addProperty("ts", mention.ts());
    event.addProperty("thread_ts", parent);
    event.addProperty("channel", ENG);
    event.addProperty("event_ts", mention.ts());
    String body = envelopeWithId(event, first.eventId());
    var retry = h.slack.redeliverEnvelope(body, 1, "http_timeout");
    assertThat(retry.status()).isEqualTo(200);
    var again = h.slack.redeliverEnvelope(body, 2, "http_timeout");
    assertThat(again.status()).isEqualTo(200);
    // A fresh mention after the retries proves the queue has drained past them.
    h.slack.userPosts(ENG, parent, CHEN, "<@U0BOT> summarize");
    await().atMost(Duration.ofSeconds(20)).until(() -> botMessagesIn(parent).size() == 2
        && botMessagesIn(parent).stream().allMatch(m -> m.text().startsWith("Thread summary")));
    assertThat(h.botPosts()).hasSize(2);
  }

  static String envelopeWithId(com.google.gson.JsonObject event, String eventId) {
    com.google.gson.JsonObject env = new com.google.gson.JsonObject();
    env.addProperty("token", "verification-token");
    env.addProperty("team_id", "T0SANDBOX");
    env.addProperty("api_app_id", "A0ROUNDUP");
    env.add("event", event);
    env.addProperty("type", "event_callback");
    env.addProperty("event_id", eventId);
    env.addProperty("event_time", 1_700_000_000);
    return env.toString();
  }

  @Test
  void an_empty_thread_says_there_is_nothing_to_summarize() {
    String parent = h.workspace.post(ENG, ALICE, "<@U0BOT> summarize");
    h.slack.userPosts(ENG, parent, BORIS, "<@U0BOT>");
    await().atMost(Duration.ofSeconds(20)).until(() -> botMessagesIn(parent).stream()
        .anyMatch(m -> m.text().contains("Nothing to summarize yet")));
  }

  @Test
  void a_five_thousand_message_thread_is_read_page_by_page_with_progress() {
    var ws = h.workspace;
    String parent = ws.post(ENG, ALICE, "Soak test results thread: post your numbers here.");
    String[] people = {ALICE, BORIS, CHEN};
    for (int i = 0; i < 5000; i++) {
      ws.reply(ENG, parent, people[i % 3], "Run " + i + ": p99 latency " + (120 + i % 37)
          + " ms with " + (i % 5 + 1) + " workers on node " + (i % 11) + ".");
    }
    h.slack.userPosts(ENG, parent, BORIS, "<@U0BOT>");
    await().atMost(Duration.ofSeconds(60)).until(() -> botMessagesIn(parent).stream()
        .anyMatch(m -> m.text().startsWith("Thread summary")));
    assertThat(botMessagesIn(parent).get(0).text()).contains("5,001 messages from 3 people");
    assertThat(h.slack.calls("conversations.replies")).hasSizeGreaterThanOrEqualTo(26);
    assertThat(h.updates()).anySatisfy(c -> assertThat(c.params().get("text")).contains("messages so far"));
  }

  @Test
  void a_rate_limited_read_waits_as_told_and_then_finishes() {
    var ws = h.workspace;
    String parent = ws.post(ENG, ALICE, "Rollout checklist for the new search index.");
    for (int i = 0; i < 450; i++) {
      ws.reply(ENG, parent, i % 2 == 0 ? BORIS : CHEN, "Step " + i + " verified on shard " + (i % 7) + ".");
    }
    h.slack.rateLimit("conversations.replies", 2, Duration.ofSeconds(2));
    h.slack.userPosts(ENG, parent, ALICE, "<@U0BOT>");
    await().atMost(Duration.ofSeconds(30)).until(() -> botMessagesIn(parent).stream()
        .anyMatch(m -> m.text().startsWith("Thread summary")));
    assertThat(h.slack.calls("conversations.replies")).anySatisfy(c -> assertThat(c.httpStatus()).isEqualTo(429));
    assertThat(botMessagesIn(parent).get(0).text()).contains("451 messages");
    assertThat(h.updates()).anySatisfy(c -> assertThat(c.params().get("text")).contains("slow down"));
  }

  @Test
  void a_thread_deleted_before_it_is_read_is_reported_in_place() {
    String parent = launchThread();
    h.slack.failNext("conversations.replies", "thread_not_found");
    h.slack.userPosts(ENG, parent, BORIS, "<@U0BOT>");
    await().atMost(Duration.ofSeconds(20)).until(() -> botMessagesIn(parent).stream()
        .anyMatch(m -> m.text().contains(":warning:") && m.text().contains("may have been deleted")));
  }

  @Test
  void a_slack_failure_without_a_sentence_of_its_own_says_what_to_do_next_and_keeps_its_code() {
    String parent = launchThread();
    h.slack.failNext("conversations.replies", "internal_error");
    h.slack.userPosts(ENG, parent, BORIS, "<@U0BOT>");
    await().atMost(Duration.ofSeconds(20)).until(() -> botMessagesIn(parent).stream()
        .anyMatch(m -> m.text().contains(":warning:")));
    assertThat(botMessagesIn(parent).get(0).text())
        .contains("`internal_error` from conversations.replies")
        .contains("try again in a minute").contains("tell your Slack admin");
  }

  @Test
  void losing_access_mid_read_says_how_to_invite_the_bot() {
    String parent = launchThread();
    h.slack.failNext("conversations.replies", "not_in_channel");
    h.slack.userPosts(ENG, parent, BORIS, "<@U0BOT> summarize");
    await().atMost(Duration.ofSeconds(20)).until(() -> botMessagesIn(parent).stream()
        .anyMatch(m -> m.text().contains("/invite @roundup")));
  }

  @Test
  void mention_help_answers_privately_with_the_accepted_forms() {
    String parent = launchThread();
    h.slack.userPosts(ENG, parent, BORIS, "<@U0BOT> help");
    await().atMost(Duration.ofSeconds(20)).until(() -> !h.slack.ephemerals().isEmpty());
    assertThat(h.slack.ephemerals().get(0).user()).isEqualTo(BORIS);
    assertThat(h.slack.ephemerals().get(0).text()).contains("@roundup summarize 3d");
    assertThat(botMessagesIn(parent)).isEmpty();
  }

  static final String DANA = "U0DANA";
  static final String LEADS = "C0LEADS";
  static final String GENERAL = "C0GENERAL";

  /** The link "Copy link" gives for a message: a reply's names its thread. */
  private String linkTo(String channel, String ts, String threadTs) {
    return "https://roundup-sandbox.slack.com/archives/" + channel + "/p" + ts.replace(".", "")
        + (threadTs == null ? "" : "?thread_ts=" + threadTs + "&cid=" + channel);
  }

  private String responseText(int index) {
    await().atMost(Duration.ofSeconds(20)).until(() -> h.slack.responseUrlPosts().size() > index);
    return Json.text(h.slack.responseUrlPosts().get(index).body());
  }

  @Test
  void slash_summarize_with_a_thread_link_summarizes_that_thread_for_members_of_its_channel_only() {
    String parent = h.workspace.post(LEADS, ALICE, "Q1 reorg: the platform team splits into two squads.");
    String reply = h.workspace.reply(LEADS, parent, DANA, "Agreed, we announce the reorg on Monday.");

    // Boris is not in #leads: refused exactly as naming the channel is, and told nothing of it.
    h.slack.slashCommand(BORIS, GENERAL, "/summarize", "<" + linkTo(LEADS, parent, null) + ">");
    String byLink = responseText(0);
    h.slack.slashCommand(BORIS, GENERAL, "/summarize", "<#C0LEADS|leads>");
    String byName = responseText(1);
    assertThat(byLink).contains("I can't see <#C0LEADS> for you").doesNotContain("reorg")
        .isEqualTo(byName);

    // Alice is: a reply's link as Slack sends it (escaped, labelled) gives her the whole thread.
    String pasted = "<" + linkTo(LEADS, reply, parent).replace("&", "&amp;") + "|reorg thread>";
    var ack = h.slack.slashCommand(ALICE, GENERAL, "/summarize", pasted);
    assertThat(Json.text(ack.body())).contains("Summarizing").doesNotContain("didn't understand");
    assertThat(responseText(2)).contains("Thread summary: 2 messages from 2 people");
    assertThat(h.slack.responseUrlPosts().get(2).body().replace("\\u003c", "<"))
        .contains("two squads").contains("announce the reorg").contains("<https://roundup-sandbox.slack.com/archives/C0LEADS/p");
    assertThat(h.slack.responseUrlPosts().get(2).body()).contains("\"response_type\":\"ephemeral\"");
    assertThat(h.botPosts()).as("nothing posted in any channel").isEmpty();
  }

  @Test
  void a_mention_with_a_thread_link_summarizes_it_where_asked_when_everyone_there_may_read_it() {
    String parent = launchThread();
    String leads = h.workspace.post(LEADS, ALICE, "Q1 reorg: the platform team splits into two squads.");

    // Dana is not in #eng; #general may not read private #leads: both refused to the asker alone.
    h.slack.userPosts(GENERAL, null, DANA, "<@U0BOT> summarize " + linkTo(ENG, parent, null));
    h.slack.userPosts(GENERAL, null, ALICE, "<@U0BOT> summarize <" + linkTo(LEADS, leads, null) + ">");
    await().atMost(Duration.ofSeconds(20)).until(() -> h.slack.ephemerals().size() >= 2);
    assertThat(h.slack.ephemerals()).anySatisfy(e -> {
      assertThat(e.user()).isEqualTo(DANA);
      assertThat(e.text()).contains("not a member of <#C0ENG>");
    });
    assertThat(h.slack.ephemerals()).anySatisfy(e -> assertThat(e.user()).isEqualTo(ALICE));
    assertThat(h.slack.ephemerals()).noneSatisfy(e -> assertThat(e.text()).contains("reorg"));
    assertThat(h.botPosts()).isEmpty();

    // Everyone in #general may read #eng: the linked thread is summarized under the mention.
    h.slack.userPosts(GENERAL, null, ALICE, "<@U0BOT> summarize <" + linkTo(ENG, parent, null)
        + "|launch thread>");
    String mention = h.workspace.messages(GENERAL).stream()
        .filter(m -> m.text().contains("launch thread")).findFirst().orElseThrow().ts();
    await().atMost(Duration.ofSeconds(20)).until(() -> h.workspace.thread(GENERAL, mention).stream()
        .anyMatch(m -> m.text().startsWith("Thread summary")));
    StoredMessage summary = h.workspace.thread(GENERAL, mention).stream()
        .filter(m -> m.text().startsWith("Thread summary")).findFirst().orElseThrow();
    assertThat(summary.text()).contains("9 messages from 3 people");
    assertThat(summary.blocks()).contains("Tuesday").contains("archives/C0ENG/p");
    assertThat(h.workspace.messages(GENERAL).stream().filter(m -> m.text().contains("reorg")))
        .isEmpty();
  }
}
