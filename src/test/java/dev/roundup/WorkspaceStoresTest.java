package dev.roundup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.digest.DigestRepository;
import dev.roundup.digest.DigestSubscription;
import dev.roundup.ingest.ChannelMessage;
import dev.roundup.ingest.Coverage;
import dev.roundup.ingest.MessageStore;
import dev.roundup.ingest.SlackTs;
import dev.roundup.ingest.TimeRange;
import dev.roundup.store.Workspace;
import dev.roundup.store.WorkspaceAdoption;
import dev.roundup.tasks.UserSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Every store keeps each workspace's rows apart, on H2 and on PostgreSQL: two workspaces write the
 * same-looking rows (a channel shared between them has the same id in both, and so may a message's
 * ts) and a read for one never returns the other's.
 */
class WorkspaceStoresTest {

  private static final String A = "TAAAA";
  private static final String B = "TBBBB";
  private static final String SHARED = "C0SHARED";
  private static final Instant T0 = Instant.parse("2026-11-16T09:00:00Z");
  private static final String TS = SlackTs.format(T0);

  private final TestClock clock = new TestClock(T0.plus(Duration.ofHours(1)));

  private static ChannelMessage message(String ts, String threadTs, String text) {
    return new ChannelMessage(SHARED, ts, threadTs, "U1", null, text, null, 0, 0, false);
  }

  @OnEachDatabase
  void messages_of_one_workspace_are_never_read_edited_or_deleted_for_another(ScratchDatabase db) {
    MessageStore store = new MessageStore(db.dataSource(), clock);
    Workspace.run(A, () -> {
      store.saveNew(message(TS, null, "A's plan"));
      store.saveNew(message(SlackTs.format(T0.plusSeconds(5)), TS, "A's reply"));
    });
    Workspace.run(B, () -> store.saveNew(message(TS, null, "B's plan")));

    Workspace.run(A, () -> {
      assertThat(store.between(SHARED, T0, T0.plusSeconds(60))).extracting(ChannelMessage::text)
          .containsExactly("A's plan", "A's reply");
      assertThat(store.find(SHARED, TS).orElseThrow().replyCount()).isEqualTo(1);
      assertThat(store.channelsSince(T0)).containsExactly(SHARED);
    });
    Workspace.run(B, () -> {
      assertThat(store.between(SHARED, T0, T0.plusSeconds(60))).extracting(ChannelMessage::text)
          .containsExactly("B's plan");
      assertThat(store.find(SHARED, TS).orElseThrow().replyCount()).isZero();
      assertThat(store.lastPostBy("U1", T0.plusSeconds(60))).contains(T0);
      assertThat(store.edit(SHARED, TS, "B edited")).isTrue();
      assertThat(store.delete(SHARED, TS)).isTrue();
      assertThat(store.between(SHARED, T0, T0.plusSeconds(60))).isEmpty();
    });
    Workspace.run("TCCCC", () -> {
      assertThat(store.find(SHARED, TS)).isEmpty();
      assertThat(store.lastPostBy("U1", T0.plusSeconds(60))).isEmpty();
      assertThat(store.channelsSince(T0)).isEmpty();
    });
    Workspace.run(A, () -> assertThat(store.find(SHARED, TS).orElseThrow().text()).isEqualTo("A's plan"));
  }

  @OnEachDatabase
  void coverage_of_a_shared_channel_is_each_workspace_s_own(ScratchDatabase db) {
    Coverage coverage = new Coverage(db.dataSource(), clock, T0.plus(Duration.ofDays(1)));
    TimeRange range = new TimeRange(SlackTs.toMicros(T0), SlackTs.toMicros(T0.plusSeconds(600)));
    Workspace.run(A, () -> coverage.add(SHARED, range));

    Workspace.run(A, () -> assertThat(coverage.ranges(SHARED)).containsExactly(range));
    Workspace.run(B, () -> {
      assertThat(coverage.ranges(SHARED)).isEmpty();
      // B has read nothing of the channel: all of it is a gap to backfill with B's own token.
      assertThat(coverage.gaps(SHARED, T0, T0.plusSeconds(600))).hasSize(1);
    });
    coverage.purgeBefore(T0.plusSeconds(300));
    Workspace.run(A, () -> assertThat(coverage.ranges(SHARED)).extracting(TimeRange::fromMicros)
        .containsExactly(SlackTs.toMicros(T0.plusSeconds(300))));
  }

  @OnEachDatabase
  void settings_and_digests_are_listed_only_in_their_workspace(ScratchDatabase db) {
    UserSettings settings = new UserSettings(db.dataSource());
    DigestRepository digests = new DigestRepository(db.dataSource());
    DigestSubscription mine = new DigestSubscription(0, "U1", List.of(SHARED), "spec",
        ZoneId.of("Europe/Paris"), null, null, T0, T0.plus(Duration.ofDays(4)), null);
    DigestSubscription aDigest = Workspace.call(A, () -> {
      settings.setZone("U1", ZoneId.of("Europe/Paris"));
      return digests.create(mine);
    });
    Workspace.run(B, () -> settings.setZone("U1", ZoneId.of("Asia/Tokyo")));

    Workspace.run(A, () -> {
      assertThat(settings.zone("U1")).contains(ZoneId.of("Europe/Paris"));
      assertThat(digests.byOwner("U1")).containsExactly(aDigest);
    });
    Workspace.run(B, () -> {
      assertThat(settings.zone("U1")).contains(ZoneId.of("Asia/Tokyo"));
      assertThat(digests.byOwner("U1")).isEmpty();
    });
    assertThat(digests.teamOf(aDigest.id())).contains(A);
  }

  @OnEachDatabase
  void rows_stored_before_workspaces_belong_to_none_until_the_single_workspace_adopts_them(ScratchDatabase db) {
    MessageStore store = new MessageStore(db.dataSource(), clock);
    store.saveNew(message(TS, null, "from before"));
    Workspace.run(A, () -> assertThat(store.find(SHARED, TS)).isEmpty());

    assertThat(WorkspaceAdoption.adopt(db.dataSource(), A)).isEqualTo(1);

    Workspace.run(A, () -> assertThat(store.find(SHARED, TS).orElseThrow().text()).isEqualTo("from before"));
    assertThat(store.find(SHARED, TS)).isEmpty();
    assertThat(WorkspaceAdoption.adopt(db.dataSource(), A)).isZero();
  }
}
