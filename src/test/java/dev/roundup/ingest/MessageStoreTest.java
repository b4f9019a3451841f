package dev.roundup.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** The message store's contract, on H2 and on PostgreSQL: upserts, reply counts, deletes, windows. */
class MessageStoreTest {

  private static final String C1 = "C1";
  private static final Instant T0 = Instant.parse("2026-11-16T09:00:00Z");

  private final TestClock clock = new TestClock(T0.plus(Duration.ofDays(1)));
  private MessageStore store;

  @BeforeEach
  void openStore(ScratchDatabase db) {
    store = new MessageStore(db.dataSource(), clock);
  }

  private static String ts(int minutes) {
    return SlackTs.format(T0.plus(Duration.ofMinutes(minutes)));
  }

  private static ChannelMessage post(String ts, String user, String text) {
    return new ChannelMessage(C1, ts, null, user, null, text, null, 0, 0, false);
  }

  private static ChannelMessage reply(String parentTs, String ts, String user) {
    return new ChannelMessage(C1, ts, parentTs, user, null, "reply by " + user, null, 0, 0, false);
  }

  private ChannelMessage stored(String ts) {
    return store.find(C1, ts).orElseThrow();
  }

  @OnEachDatabase
  void a_message_that_arrives_twice_is_stored_once_and_a_resave_replaces_it() {
    store.saveNew(post(ts(0), "U1", "Deploy at noon."));
    store.saveNew(post(ts(0), "U1", "Deploy at noon."));
    store.save(post(ts(0), "U1", "Deploy at one."));

    assertThat(store.count()).isEqualTo(1);
    assertThat(stored(ts(0)).text()).isEqualTo("Deploy at one.");
  }

  @OnEachDatabase
  void a_new_reply_raises_its_parents_counts_and_the_same_reply_again_changes_nothing() {
    String parent = ts(0);
    store.saveNew(post(parent, "U1", "Who reviews the release notes?"));
    store.saveNew(reply(parent, ts(1), "U2"));
    store.saveNew(reply(parent, ts(2), "U3"));
    store.saveNew(reply(parent, ts(3), "U2"));
    store.saveNew(reply(parent, ts(3), "U2"));

    assertThat(stored(parent).replyCount()).isEqualTo(3);
    assertThat(stored(parent).replyUsersCount()).isEqualTo(2);
    assertThat(stored(parent).threadTs()).isEqualTo(parent);
  }

  @OnEachDatabase
  void slacks_higher_figures_from_backfill_are_kept_and_new_replies_add_to_them() {
    String parent = ts(0);
    store.save(new ChannelMessage(C1, parent, parent, "U1", null, "Old thread", null, 10, 4, false));
    store.saveNew(reply(parent, ts(30), "U9"));
    // A later backfill page with older, lower figures does not lower them.
    store.save(new ChannelMessage(C1, parent, parent, "U1", null, "Old thread", null, 8, 3, false));

    assertThat(stored(parent).replyCount()).isEqualTo(11);
    assertThat(stored(parent).replyUsersCount()).isEqualTo(4);
  }

  @OnEachDatabase
  void replies_stored_before_their_parent_are_counted_when_the_parent_arrives() {
    String parent = ts(0);
    store.saveNew(reply(parent, ts(1), "U2"));
    store.saveNew(reply(parent, ts(2), "U3"));
    store.saveNew(reply(parent, ts(3), "U3"));
    assertThat(store.find(C1, parent)).isEmpty();

    store.saveNew(post(parent, "U1", "The parent's event came last."));

    assertThat(stored(parent).replyCount()).isEqualTo(3);
    assertThat(stored(parent).replyUsersCount()).isEqualTo(2);
    assertThat(stored(parent).threadTs()).isEqualTo(parent);
  }

  @OnEachDatabase
  void deleting_a_reply_lowers_the_count_and_recounts_the_repliers() {
    String parent = ts(0);
    store.saveNew(post(parent, "U1", "Lunch?"));
    store.saveNew(reply(parent, ts(1), "U2"));
    store.saveNew(reply(parent, ts(2), "U3"));

    assertThat(store.delete(C1, ts(2))).isTrue();
    assertThat(store.delete(C1, ts(2))).isFalse();

    assertThat(stored(parent).replyCount()).isEqualTo(1);
    assertThat(stored(parent).replyUsersCount()).isEqualTo(1);
    assertThat(store.find(C1, ts(2))).isEmpty();
  }

  @OnEachDatabase
  void edits_replace_the_text_and_mark_the_message_edited() {
    store.saveNew(post(ts(0), "U1", "Standup at 10:00."));
    assertThat(store.edit(C1, ts(0), "Standup at 10:30.")).isTrue();
    assertThat(store.edit(C1, ts(5), "never stored")).isFalse();

    assertThat(stored(ts(0)).text()).isEqualTo("Standup at 10:30.");
    assertThat(stored(ts(0)).edited()).isTrue();
  }

  @OnEachDatabase
  void a_window_lists_messages_oldest_first_and_the_purge_removes_older_ones() {
    store.saveAll(List.of(post(ts(20), "U1", "third"), post(ts(0), "U1", "first"),
        post(ts(10), "U2", "second")));

    assertThat(store.between(C1, T0, T0.plus(Duration.ofMinutes(20))))
        .extracting(ChannelMessage::text).containsExactly("first", "second");
    assertThat(store.purgeBefore(T0.plus(Duration.ofMinutes(10)))).isEqualTo(1);
    assertThat(store.between(C1, T0, T0.plus(Duration.ofHours(1))))
        .extracting(ChannelMessage::text).containsExactly("second", "third");
  }

  @OnEachDatabase
  void reply_counts_stay_right_when_replies_arrive_concurrently() throws Exception {
    ConcurrentReplies plan = ConcurrentReplies.plan(C1, T0, 8, 50, 20260);
    for (ChannelMessage parent : plan.parentsStoredFirst()) {
      store.saveNew(parent);
    }

    plan.run(store);

    for (ChannelMessage parent : plan.parentsStored()) {
      ChannelMessage stored = stored(parent.ts());
      assertThat(stored.replyCount()).as("replies to %s", parent.ts())
          .isEqualTo(plan.expectedReplies(parent.ts()));
      assertThat(stored.replyUsersCount()).as("repliers to %s", parent.ts())
          .isEqualTo(plan.expectedRepliers(parent.ts()));
    }
    assertThat(store.count()).isEqualTo(plan.parentsStored().size() + plan.expectedStoredReplies());
    for (String deleted : plan.deletedTs()) {
      assertThat(store.find(C1, deleted)).isEmpty();
    }
  }

  @OnEachDatabase
  void the_channels_with_messages_since_a_moment_are_listed_once_each() {
    store.save(post(ts(0), "U1", "old news"));
    store.save(new ChannelMessage("C2", ts(60), null, "U1", null, "recent", null, 0, 0, false));
    store.save(new ChannelMessage("C2", ts(61), null, "U2", null, "recent too", null, 0, 0, false));
    store.save(new ChannelMessage("C3", ts(90), null, "U1", null, "latest", null, 0, 0, false));

    assertThat(store.channelsSince(T0.plus(Duration.ofMinutes(30)))).containsExactly("C2", "C3");
    assertThat(store.channelsSince(T0)).containsExactly(C1, "C2", "C3");
  }

  @OnEachDatabase
  void a_persons_last_post_is_their_newest_message_anywhere_and_none_when_they_never_posted() {
    store.saveNew(post(ts(0), "U1", "Morning."));
    store.saveNew(new ChannelMessage("C2", ts(30), null, "U1", null, "Later elsewhere.", null, 0, 0,
        false));
    store.saveNew(post(ts(45), "U2", "Someone else, later still."));

    Instant later = T0.plus(Duration.ofHours(1));
    assertThat(store.lastPostBy("U1", later)).contains(T0.plus(Duration.ofMinutes(30)));
    assertThat(store.lastPostBy("U1", T0.plus(Duration.ofMinutes(30)))).as("before the request")
        .contains(T0);
    assertThat(store.lastPostBy("U9", later)).isEmpty();
  }

  @OnEachDatabase
  void a_persons_last_post_in_each_thread_is_found_within_the_window() {
    String a = ts(0);
    String b = ts(10);
    store.saveNew(post(a, "U2", "Thread A"));
    store.saveNew(reply(a, ts(1), "U1"));
    store.saveNew(reply(a, ts(5), "U1"));
    store.saveNew(reply(a, ts(6), "U2"));
    store.saveNew(post(b, "U2", "Thread B"));
    store.saveNew(reply(b, ts(20), "U1"));

    assertThat(store.lastPostsByThread(C1, "U1", T0, T0.plus(Duration.ofMinutes(15))))
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(a, ts(5)));
    assertThat(store.lastPostsByThread(C1, "U1", T0, T0.plus(Duration.ofHours(1))))
        .containsEntry(b, ts(20)).hasSize(2);
    assertThat(store.lastPostsByThread("C2", "U1", T0, T0.plus(Duration.ofHours(1)))).isEmpty();
  }
}
