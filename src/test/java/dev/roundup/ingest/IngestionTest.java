package dev.roundup.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.TestClock;
import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Message events from the emulator into the store: posts, replies, edits, deletes, retention. */
class IngestionTest {

  private static final String ENG = "C0ENG";
  private static final String DESIGN = "C0DESIGN";

  private final TestClock clock = new TestClock(Instant.parse("2026-11-16T09:00:00Z"));
  private Workspace workspace;
  private SlackEmulator slack;
  private Roundup roundup;

  @BeforeEach
  void start() throws Exception {
    workspace = Workspace.sample();
    workspace.setClock(clock);
    slack = SlackEmulator.start(workspace);
    slack.setClock(clock);
    slack.setMessageEvents(true);
    Config config = new Config(
        new Config.Slack(workspace.botToken(), workspace.signingSecret(), null, slack.apiUrl()),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:mem:ingest-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", 4),
        new Config.Work(4, 100, Duration.ofHours(24)), LlmSettings.embedded(), Config.Tasks.DEFAULT,
        new Config.Ingest(Duration.ofDays(35), MethodBudget.TIER_3, MethodBudget.TIER_3,
            Duration.ofMinutes(1)),
        Config.Digests.defaults());
    roundup = Roundup.start(config, clock, new ExtractiveSummarizer());
    slack.setAppUrl("http://127.0.0.1:" + roundup.port() + "/slack/events");
  }

  @AfterEach
  void stop() {
    roundup.close();
    slack.close();
  }

  private Optional<ChannelMessage> stored(String channel, String ts) {
    return roundup.messages().find(channel, ts);
  }

  private String lastTs(String channel) {
    var all = workspace.messages(channel);
    return all.get(all.size() - 1).ts();
  }

  @Test
  void posts_and_thread_replies_are_stored_with_the_parents_reply_count_kept_current() {
    slack.userPosts(ENG, null, "U0ALICE", "Release notes draft is up for review.");
    String parent = lastTs(ENG);
    await().until(() -> stored(ENG, parent).isPresent());

    slack.userPosts(ENG, parent, "U0BORIS", "Looks good, one typo in the second paragraph.");
    slack.userPosts(ENG, parent, "U0CHEN", "Approved from my side.");
    String reply = lastTs(ENG);

    await().until(() -> stored(ENG, parent).map(ChannelMessage::replyCount).orElse(0) == 2);
    assertThat(stored(ENG, parent).get().replyUsersCount()).isEqualTo(2);
    assertThat(stored(ENG, reply).get().threadTs()).isEqualTo(parent);
    assertThat(stored(ENG, reply).get().text()).isEqualTo("Approved from my side.");
  }

  @Test
  void edits_replace_the_text_and_deletes_remove_the_message() {
    slack.userPosts(ENG, null, "U0ALICE", "Standup moves to 10:00.");
    String ts = lastTs(ENG);
    slack.userPosts(ENG, ts, "U0BORIS", "Works for me.");
    String reply = lastTs(ENG);
    await().until(() -> stored(ENG, reply).isPresent());

    slack.userEdits(ENG, ts, "Standup moves to 10:30.");
    await().until(() -> stored(ENG, ts).map(ChannelMessage::text).orElse("").contains("10:30"));
    assertThat(stored(ENG, ts).get().edited()).isTrue();

    slack.userDeletes(ENG, reply);
    await().until(() -> stored(ENG, reply).isEmpty());
    await().until(() -> stored(ENG, ts).map(ChannelMessage::replyCount).orElse(-1) == 0);

    // A parent deleted while it has replies becomes a tombstone: its text leaves the store.
    slack.userPosts(ENG, ts, "U0CHEN", "Noted.");
    String kept = lastTs(ENG);
    await().until(() -> stored(ENG, kept).isPresent());
    slack.userDeletes(ENG, ts);
    await().until(() -> stored(ENG, ts).isEmpty());
    assertThat(stored(ENG, kept)).isPresent();
  }

  @Test
  void channels_the_bot_is_not_in_are_never_stored() {
    slack.userPosts(DESIGN, null, "U0DANA", "New icons are in Figma.");
    slack.userPosts(ENG, null, "U0ALICE", "Marker message.");
    String marker = lastTs(ENG);
    await().until(() -> stored(ENG, marker).isPresent());
    assertThat(roundup.messages().between(DESIGN, Instant.EPOCH, clock.instant().plusSeconds(60)))
        .isEmpty();
  }

  @Test
  void live_events_make_the_store_cover_the_channel_from_then_on() {
    slack.userPosts(ENG, null, "U0ALICE", "First message since Roundup started.");
    String ts = lastTs(ENG);
    await().until(() -> stored(ENG, ts).isPresent());
    clock.advance(Duration.ofHours(3));

    assertThat(roundup.coverage().gaps(ENG, clock.instant().minus(Duration.ofHours(2)), clock.instant()))
        .isEmpty();
    assertThat(roundup.coverage().gaps(ENG, clock.instant().minus(Duration.ofDays(2)), clock.instant()))
        .hasSize(1);
  }

  @Test
  void the_retention_purge_removes_messages_older_than_35_days() {
    slack.userPosts(ENG, null, "U0ALICE", "An old message.");
    String old = lastTs(ENG);
    await().until(() -> stored(ENG, old).isPresent());
    clock.advance(Duration.ofDays(30));
    slack.userPosts(ENG, null, "U0BORIS", "A recent message.");
    String recent = lastTs(ENG);
    await().until(() -> stored(ENG, recent).isPresent());

    clock.advance(Duration.ofDays(6));
    roundup.retentionPurge().run();

    assertThat(stored(ENG, old)).isEmpty();
    assertThat(stored(ENG, recent)).isPresent();
  }
}
