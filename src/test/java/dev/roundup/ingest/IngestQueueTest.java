package dev.roundup.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.TestClock;
import dev.roundup.store.ProcessedEvents;
import dev.roundup.store.Workspace;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The batched ingest queue, on H2 and on PostgreSQL: every message stored exactly once with its
 * thread's reply counts right, however deliveries interleave across threads and nodes; a full
 * queue counts the overflow and leaves the lost message to a backfill, and holds edits and deletes
 * until it has room.
 */
class IngestQueueTest {

  private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
  private static final List<String> CHANNELS = List.of("C1", "C2", "C3");

  private final TestClock clock = new TestClock(T0.plus(Duration.ofHours(1)));
  private ScratchDatabase db;
  private final List<IngestQueue> queues = new ArrayList<>();

  @BeforeEach
  void open(ScratchDatabase db) {
    this.db = db;
  }

  @AfterEach
  void closeQueues() {
    queues.forEach(IngestQueue::close);
  }

  /** A queue as one node builds it, over the shared database; started unless told otherwise. */
  private IngestQueue node(SimpleMeterRegistry metrics, int capacity, int batch, boolean start) {
    IngestQueue q = new IngestQueue(new MessageStore(db.dataSource(), clock),
        new Coverage(db.dataSource(), clock, T0), new ProcessedEvents(db.dataSource(), clock), capacity,
        batch, metrics);
    queues.add(q);
    return start ? q.start() : q;
  }

  private static String ts(int second) {
    return SlackTs.format(T0.plusSeconds(second));
  }

  /**
   * Message i, in groups of six per channel: 6k starts a thread, 6k+2 and 6k+4 reply to it (one
   * message in three is a reply), the others are top-level.
   */
  private static ChannelMessage message(int i) {
    String channel = CHANNELS.get((i / 6) % CHANNELS.size());
    String parent = i % 6 == 2 || i % 6 == 4 ? ts(i - i % 6) : null;
    return new ChannelMessage(channel, ts(i), parent, "U" + (i % 6), null, "message " + i, null, 0, 0, false);
  }

  @OnEachDatabase
  void every_message_is_stored_once_with_right_reply_counts_when_two_nodes_get_each_event_concurrently()
      throws Exception {
    SimpleMeterRegistry metricsA = new SimpleMeterRegistry();
    SimpleMeterRegistry metricsB = new SimpleMeterRegistry();
    IngestQueue a = node(metricsA, 10_000, 25, true);
    IngestQueue b = node(metricsB, 10_000, 25, true);
    int n = 600;
    ExecutorService senders = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        int offset = t;
        // Each event reaches both nodes (Slack retried it to the other), from different threads.
        sent.add(senders.submit(() -> {
          for (int i = offset; i < n; i += 3) {
            (offset < 3 ? a : b).offer("Ev" + i, message(i));
          }
        }));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    } finally {
      senders.shutdown();
    }
    MessageStore store = new MessageStore(db.dataSource(), clock);
    await().atMost(Duration.ofSeconds(60)).until(() -> a.depth() == 0 && b.depth() == 0
        && stored(metricsA) + stored(metricsB) == n);

    assertThat(store.count()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      ChannelMessage m = message(i);
      ChannelMessage s = store.find(m.channel(), m.ts()).orElseThrow();
      assertThat(s.text()).isEqualTo(m.text());
      if (i % 6 == 0) {
        assertThat(s.replyCount()).as("replies to %s", m.ts()).isEqualTo(2);
        assertThat(s.replyUsersCount()).isEqualTo(2);
      } else {
        assertThat(s.replyCount()).isZero();
      }
    }
    assertThat(stored(metricsA) + stored(metricsB)).as("each event stored by one node only").isEqualTo(n);
  }

  /**
   * Message events of group g (six messages of one channel, as {@link #message}) as Slack sends
   * them, each edit or delete right after its message: 6g+1 and 6g+4 (a reply) are edited, 6g+2 (a
   * reply) and 6g+3 are deleted.
   */
  private static void sendGroup(MessageIngestor ingestor, int g) {
    for (int i = 6 * g; i < 6 * g + 6; i++) {
      ChannelMessage m = message(i);
      MessageEvent posted = new MessageEvent();
      posted.setChannel(m.channel());
      posted.setTs(m.ts());
      posted.setThreadTs(m.threadTs());
      posted.setUser(m.user());
      posted.setText(m.text());
      ingestor.arrived("Ev" + i, posted);
      if (i % 6 == 1 || i % 6 == 4) {
        MessageChangedEvent.Message edited = new MessageChangedEvent.Message();
        edited.setTs(m.ts());
        edited.setThreadTs(m.threadTs());
        edited.setUser(m.user());
        edited.setText("edited " + i);
        MessageChangedEvent changed = new MessageChangedEvent();
        changed.setChannel(m.channel());
        changed.setMessage(edited);
        ingestor.arrived("EvEdit" + i, changed);
      } else if (i % 6 == 2 || i % 6 == 3) {
        MessageDeletedEvent deleted = new MessageDeletedEvent();
        deleted.setChannel(m.channel());
        deleted.setDeletedTs(m.ts());
        ingestor.arrived("EvDelete" + i, deleted);
      }
    }
  }

  @OnEachDatabase
  void a_message_edited_or_deleted_right_after_it_was_posted_ends_edited_or_deleted_in_the_store()
      throws Exception {
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    // Small batches: a message and its edit or delete often land in different batches.
    IngestQueue queue = node(metrics, 10_000, 7, true);
    MessageStore store = new MessageStore(db.dataSource(), clock);
    MessageIngestor ingestor = new MessageIngestor(store, new Coverage(db.dataSource(), clock, T0), queue);
    int groups = 150;
    int senders = 6;
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int t = 0; t < senders; t++) {
        int first = t;
        // Six request threads at once, each with its own threads of conversation.
        sent.add(pool.submit(() -> {
          for (int g = first; g < groups; g += senders) {
            sendGroup(ingestor, g);
          }
        }));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    int events = groups * 10;
    await().atMost(Duration.ofSeconds(60)).until(() -> queue.depth() == 0 && stored(metrics) == events);

    assertThat(store.count()).isEqualTo(groups * 4);
    for (int n = 0; n < groups * 6; n++) {
      int i = n;
      ChannelMessage m = message(i);
      java.util.Optional<ChannelMessage> s = store.find(m.channel(), m.ts());
      switch (i % 6) {
        case 0 -> {
          assertThat(s).as("parent %d", i).get().satisfies(parent -> {
            assertThat(parent.text()).isEqualTo(m.text());
            // Its reply 6g+2 was deleted, 6g+4 stays.
            assertThat(parent.replyCount()).isEqualTo(1);
            assertThat(parent.replyUsersCount()).isEqualTo(1);
          });
        }
        case 1, 4 -> assertThat(s).as("message %d", i).get().satisfies(edited -> {
          assertThat(edited.text()).isEqualTo("edited " + i);
          assertThat(edited.edited()).isTrue();
        });
        case 2, 3 -> assertThat(s).as("message %d", i).isEmpty();
        default -> assertThat(s).as("message %d", i).get()
            .satisfies(kept -> assertThat(kept.text()).isEqualTo(m.text()));
      }
    }
  }

  @OnEachDatabase
  void each_queued_event_is_applied_in_the_workspace_it_arrived_for() {
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    IngestQueue queue = node(metrics, 100, 10, true);
    MessageStore store = new MessageStore(db.dataSource(), clock);
    // A channel shared by two workspaces: one message, a copy in each; only the first deletes it.
    ChannelMessage inFirst = new ChannelMessage("C1", ts(1), null, "U1", null, "in T1", null, 0, 0, false);
    ChannelMessage inSecond = new ChannelMessage("C1", ts(1), null, "U1", null, "in T2", null, 0, 0, false);
    Workspace.run("T1", () -> queue.offer("EvT1", inFirst));
    Workspace.run("T2", () -> queue.offer("EvT2", inSecond));
    Workspace.run("T1", () -> queue.offer(new MessageStore.Arrival("EvT1Delete", inFirst,
        MessageStore.Change.DELETED)));

    await().atMost(Duration.ofSeconds(20)).until(() -> stored(metrics) == 3);
    assertThat(Workspace.call("T1", () -> store.find("C1", ts(1)))).isEmpty();
    assertThat(Workspace.call("T2", () -> store.find("C1", ts(1)))).get()
        .extracting(ChannelMessage::text).isEqualTo("in T2");
    assertThat(Workspace.call(Workspace.NONE, () -> store.find("C1", ts(1)))).isEmpty();
  }

  private static double stored(SimpleMeterRegistry metrics) {
    return metrics.get("roundup_ingest_stored_total").counter().count();
  }

  @OnEachDatabase
  void a_full_queue_counts_the_overflow_and_leaves_the_lost_message_to_a_backfill() {
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    IngestQueue q = node(metrics, 2, 10, false);
    ChannelMessage first = new ChannelMessage("C1", ts(10), null, "U1", null, "one", null, 0, 0, false);
    ChannelMessage second = new ChannelMessage("C1", ts(20), null, "U1", null, "two", null, 0, 0, false);
    ChannelMessage lost = new ChannelMessage("C1", ts(30), null, "U1", null, "three", null, 0, 0, false);

    assertThat(q.offer("Ev1", first)).isTrue();
    assertThat(q.offer("Ev2", second)).isTrue();
    assertThat(q.offer("Ev3", lost)).isFalse();
    assertThat(metrics.get("roundup_ingest_overflow_total").counter().count()).isEqualTo(1.0);

    q.start();
    MessageStore store = new MessageStore(db.dataSource(), clock);
    Coverage coverage = new Coverage(db.dataSource(), clock, T0);
    TimeRange beforeTheLostOne = new TimeRange(SlackTs.toMicros(T0), SlackTs.toMicros(lost.ts()) + 1);
    await().atMost(Duration.ofSeconds(20)).until(() -> store.count() == 2
        && coverage.gaps("C1", T0, clock.instant()).equals(List.of(beforeTheLostOne)));

    assertThat(store.find("C1", lost.ts())).isEmpty();
    assertThat(store.find("C1", first.ts())).isPresent();
    assertThat(store.find("C1", second.ts())).isPresent();
  }

  private static MessageStore.Arrival change(String eventId, ChannelMessage m, MessageStore.Change change) {
    return new MessageStore.Arrival(eventId, m, change);
  }

  private static ChannelMessage edited(ChannelMessage m, String text) {
    return new ChannelMessage(m.channel(), m.ts(), m.threadTs(), m.user(), null, text, null, 0, 0, true);
  }

  @OnEachDatabase
  void edits_and_deletes_that_find_the_queue_full_are_held_and_applied_in_order_once_it_has_room() {
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    IngestQueue q = node(metrics, 3, 10, false);
    ChannelMessage a = new ChannelMessage("C1", ts(10), null, "U1", null, "a", null, 0, 0, false);
    ChannelMessage b = new ChannelMessage("C1", ts(20), null, "U1", null, "b", null, 0, 0, false);
    ChannelMessage c = new ChannelMessage("C1", ts(30), null, "U1", null, "c", null, 0, 0, false);
    assertThat(q.offer("EvA", a)).isTrue();
    assertThat(q.offer("EvB", b)).isTrue();
    assertThat(q.offer("EvC", c)).isTrue();

    assertThat(q.offer(change("EvA1", edited(a, "a, first edit"), MessageStore.Change.EDITED))).isFalse();
    assertThat(q.offer(change("EvBx", b, MessageStore.Change.DELETED))).isFalse();
    // A later edit of a held message waits behind the earlier one: the queue's own order is kept.
    assertThat(q.offer(change("EvA2", edited(a, "a, second edit"), MessageStore.Change.EDITED))).isTrue();
    assertThat(metrics.get("roundup_ingest_overflow_total").counter().count()).isEqualTo(2.0);
    assertThat(metrics.get("roundup_ingest_lost_total").counter().count()).isZero();

    q.start();
    MessageStore store = new MessageStore(db.dataSource(), clock);
    await().atMost(Duration.ofSeconds(20)).until(() -> stored(metrics) == 6);
    assertThat(store.find("C1", a.ts())).get().satisfies(m -> {
      assertThat(m.text()).isEqualTo("a, second edit");
      assertThat(m.edited()).isTrue();
    });
    assertThat(store.find("C1", b.ts())).isEmpty();
    assertThat(store.count()).isEqualTo(2);
  }

  @OnEachDatabase
  void a_change_beyond_the_hold_is_counted_lost_and_changes_nothing() {
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    IngestQueue q = node(metrics, 1, 10, false);
    ChannelMessage a = new ChannelMessage("C1", ts(10), null, "U1", null, "a", null, 0, 0, false);
    ChannelMessage c = new ChannelMessage("C1", ts(30), null, "U1", null, "c", null, 0, 0, false);
    assertThat(q.offer("EvA", a)).isTrue();
    assertThat(q.offer(change("EvA1", edited(a, "a, edited"), MessageStore.Change.EDITED))).isFalse();
    // The hold (as big as the queue) is full too: this edit is lost, and said to be.
    assertThat(q.offer(change("EvC1", edited(c, "c, edited"), MessageStore.Change.EDITED))).isFalse();
    assertThat(metrics.get("roundup_ingest_overflow_total").counter().count()).isEqualTo(2.0);
    assertThat(metrics.get("roundup_ingest_lost_total").counter().count()).isEqualTo(1.0);

    q.start();
    MessageStore store = new MessageStore(db.dataSource(), clock);
    await().atMost(Duration.ofSeconds(20)).until(() -> stored(metrics) == 2);
    assertThat(store.find("C1", a.ts())).get().extracting(ChannelMessage::text).isEqualTo("a, edited");
    // Had the lost edit been applied, it would have stored the message it edits.
    assertThat(store.find("C1", c.ts())).isEmpty();
  }
}
