package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.roundup.digest.DigestRepository;
import dev.roundup.digest.DigestScheduler;
import dev.roundup.digest.DigestSubscription;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.Delivery;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.sandbox.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two Roundup processes (separate JVMs, each {@code serve} on its own port) on one PostgreSQL
 * database and one Slack emulator, Quartz clustered: 20 digests, then 1,000 tasks due over twenty
 * seconds, each run exactly once, counted in what the emulator received; a node killed hard in the
 * middle of the burst has its work picked up by the other (Quartz's cluster recovery re-runs its
 * instants, and its unfinished runs are taken over after asking Slack whether they went out), still
 * exactly once; it restarts and rejoins. An event delivered to one node and retried to the other
 * is handled once, and no channel's history is fetched twice. Real time, real Quartz firing.
 *
 * <p>Skipped without {@code ROUNDUP_TEST_PG_URL} (fails on CI without it): the nodes share a
 * database only PostgreSQL can provide.
 */
class TwoNodeClusterTest {

  private static final int OWNERS = 50;
  private static final int TASKS = 1_000;
  private static final int INSTANTS = 10;
  private static final int DIGESTS = 20;
  private static final List<String> DIGEST_CHANNELS = List.of("C0GENERAL", "C0ENG", "C0INCIDENTS", "C0LEADS");
  private static final String ALICE = "U0ALICE";
  private static final Duration START = ClusterBed.START;

  private ClusterBed bed;
  private SlackEmulator slack;

  @AfterEach
  void stop() throws Exception {
    if (bed != null) {
      bed.close();
    }
  }

  @Test
  void two_nodes_run_each_task_and_digest_exactly_once_even_when_one_is_killed_mid_burst() throws Exception {
    Workspace workspace = Workspace.sample();
    for (int i = 0; i < OWNERS; i++) {
      workspace.addUser(owner(i), "owner" + i, "Owner " + i, "UTC", false);
    }
    for (String channel : DIGEST_CHANNELS) {
      for (int i = 0; i < 15; i++) {
        workspace.post(channel, ALICE, "Status of " + channel + ", item " + i + ": the rollout of service " + i
            + " is done and the dashboards look healthy.");
      }
    }
    bed = ClusterBed.start(workspace);
    slack = bed.slack();
    // Slack answers each post after 25 ms, so a node's burst lasts a while and has runs in flight.
    slack.setLatency("chat.postMessage", Duration.ofMillis(25));

    Map<String, String> env = bed.environment();
    // Roundup's own pace is not what this test is about: no posting limits.
    env.put("ROUNDUP_POSTING_CHANNEL_PER_SECOND", "0");
    env.put("ROUNDUP_POSTING_WORKSPACE_PER_MINUTE", "0");
    RoundupNode a = bed.startNode("node-a", env);
    RoundupNode b = bed.startNode("node-b", env);
    a.awaitHealthy(START);
    b.awaitHealthy(START);

    // ---- 20 digests over two instants, then 1,000 tasks over ten instants two seconds apart ----
    // The digests are all sent before the tasks fall due, so that the node killed below is busy
    // with task runs and not halfway through posting a digest. Seeded together, a loaded machine
    // could still be building digests when the last task ran, and no node was then left busy to
    // kill.
    Instant t0 = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
    // Subscriptions are stored in the workspace they were made in, as /digest does.
    List<DigestSubscription> digests = dev.roundup.store.Workspace.call(workspace.teamId(), () -> seedDigests(t0));
    await().atMost(Duration.ofSeconds(90)).until(() -> countDigestBuilds("SENT") == DIGESTS);
    Instant t1 = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
    Map<Long, String> reminderOf = bed.reminders(TASKS, i -> owner(i % OWNERS),
        i -> t1.plusSeconds(2L * (i % INSTANTS)));

    // ---- Kill a node in the middle of the burst, while it has runs in flight ------------------
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(() ->
        reminderPosts(reminderOf).size() >= 400 && busyNode(a, b) != null);
    RoundupNode victim = busyNode(a, b);
    String victimId = runningClaims().keySet().stream().filter(victim::owns).findFirst().orElseThrow();
    victim.kill();
    List<Long> inFlightAtKill = runningRunsOf(victimId);
    RoundupNode survivor = victim == a ? b : a;
    RoundupNode restarted = bed.restart(victim);
    restarted.awaitHealthy(START);

    // ---- Everything was posted exactly once ---------------------------------------------------
    await().atMost(Duration.ofSeconds(90)).until(() -> reminderPosts(reminderOf).size() == TASKS
        && runningClaims().isEmpty());
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
        .until(() -> reminderPosts(reminderOf).size() == TASKS);
    Map<String, Long> perReminder = okPosts().stream().map(c -> c.params().get("text"))
        .filter(reminderOf::containsValue).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(perReminder).hasSize(TASKS).allSatisfy((text, n) -> assertThat(n).as(text).isEqualTo(1));
    assertThat(taskRunOutcomes()).containsOnly(Map.entry("ok", (long) TASKS));
    // The runs the killed node had claimed and not finished were taken over by a live node.
    assertThat(inFlightAtKill).as("runs in flight on the killed node").isNotEmpty();
    assertThat(inFlightAtKill).allSatisfy(run -> assertThat(claimantOf(run)).isNotEqualTo(victimId));

    for (DigestSubscription d : digests) {
      String key = "\"digest-" + d.id() + "-";
      assertThat(okPosts()).as("digest %d", d.id())
          .filteredOn(c -> c.params().getOrDefault("metadata", "").contains(key)).hasSize(1);
    }
    assertThat(countDigestBuilds("SENT")).isEqualTo(DIGESTS);
    // Each digest reads its channel's day; the store holds what one backfill fetched, and no part
    // of a channel's history is fetched twice (each missing range fits one page here).
    for (String channel : DIGEST_CHANNELS) {
      List<double[]> windows = slack.calls("conversations.history").stream()
          .filter(c -> channel.equals(c.params().get("channel")))
          .map(c -> new double[] {Double.parseDouble(c.params().get("oldest")), Double.parseDouble(c.params().get("latest"))})
          .sorted(java.util.Comparator.comparingDouble(w -> w[0])).toList();
      assertThat(windows).as(channel).isNotEmpty();
      for (int i = 1; i < windows.size(); i++) {
        assertThat(windows.get(i)[0]).as("%s fetched twice: %s", channel, windows.stream()
            .map(java.util.Arrays::toString).toList()).isGreaterThanOrEqualTo(windows.get(i - 1)[1]);
      }
    }

    // ---- The restarted node rejoined: it is in the cluster and takes its share ----------------
    await().atMost(Duration.ofSeconds(30)).until(() -> clusterNodes().size() == 2);
    assertThat(clusterNodes()).noneMatch(victimId::equals);
    assertThat(clusterNodes()).anyMatch(restarted::owns).anyMatch(survivor::owns);

    // ---- An event delivered to one node and retried to the other is handled once -------------
    eventRetriedToTheOtherNode(workspace, restarted, survivor);
  }

  /** A mention delivered to {@code first}, then retried by Slack to {@code second}: one summary. */
  private void eventRetriedToTheOtherNode(Workspace workspace, RoundupNode first, RoundupNode second) {
    String eng = "C0ENG";
    String parent = workspace.post(eng, ALICE, "Which day do we ship the billing page, Tuesday or Thursday?");
    workspace.reply(eng, parent, "U0BORIS", "Decision: we ship on Tuesday at 10:00.");
    slack.setAppUrl(first.eventsUrl());
    Delivery delivered = slack.userPosts(eng, parent, "U0BORIS", "<@U0BOT> summarize");
    assertThat(delivered.status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(30)).until(() -> botMessagesIn(workspace, eng, parent).stream()
        .anyMatch(m -> m.text().startsWith("Thread summary")));
    StoredMessage mention = workspace.thread(eng, parent).stream()
        .filter(m -> m.text().contains("<@U0BOT>")).findFirst().orElseThrow();
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_mention");
    event.addProperty("user", "U0BORIS");
    event.addProperty("text", mention.text());
    event.addProperty("ts", mention.ts());
    event.addProperty("thread_ts", parent);
    event.addProperty("channel", eng);
    event.addProperty("event_ts", mention.ts());
    int before = botMessagesIn(workspace, eng, parent).size();

    slack.setAppUrl(second.eventsUrl());
    Delivery retry = slack.redeliverEnvelope(
        ThreadSummaryEndToEndTest.envelopeWithId(event, delivered.eventId()), 1, "http_timeout");

    assertThat(retry.status()).isEqualTo(200);
    // A fresh mention to the second node afterwards proves its queue has gone past the retry.
    slack.userPosts(eng, parent, "U0CHEN", "<@U0BOT> summarize");
    await().atMost(Duration.ofSeconds(30)).until(() -> botMessagesIn(workspace, eng, parent).size() == before + 1);
    await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
        .until(() -> botMessagesIn(workspace, eng, parent).size() == before + 1);
  }

  // ---- Setting up ------------------------------------------------------------------------------

  /** Digests of the four channels to Alice's DM, half due at t0 + 1 s, half at t0 + 3 s. */
  private List<DigestSubscription> seedDigests(Instant t0) {
    DigestRepository repo = new DigestRepository(bed.db().dataSource());
    List<DigestSubscription> saved = new ArrayList<>();
    for (int i = 0; i < DIGESTS; i++) {
      saved.add(repo.create(new DigestSubscription(0, ALICE, List.of(DIGEST_CHANNELS.get(i % 4)),
          ClusterBed.daily().spec(), ZoneOffset.UTC, null, null, Instant.now(),
          t0.plusSeconds(i < DIGESTS / 2 ? 1 : 3), null)));
    }
    bed.plan(DigestScheduler.JOB_KIND, repo::dueAt, saved.stream().map(DigestSubscription::nextRunAt).toList());
    return saved;
  }

  private static String owner(int i) {
    return String.format("UC%05d", i);
  }

  // ---- Looking at what happened ----------------------------------------------------------------

  private List<ApiCall> okPosts() {
    return bed.okPosts();
  }

  private Set<String> reminderPosts(Map<Long, String> reminderOf) {
    Set<String> wanted = new HashSet<>(reminderOf.values());
    return okPosts().stream().map(c -> c.params().get("text")).filter(wanted::contains).collect(Collectors.toSet());
  }

  private static List<StoredMessage> botMessagesIn(Workspace workspace, String channel, String threadTs) {
    return workspace.thread(channel, threadTs).stream()
        .filter(m -> workspace.botUserId().equals(m.user())).toList();
  }

  /** A node with at least three task runs claimed and not finished, or null. */
  private RoundupNode busyNode(RoundupNode a, RoundupNode b) {
    for (Map.Entry<String, Integer> e : runningClaims().entrySet()) {
      if (e.getValue() >= 3) {
        if (a.owns(e.getKey())) {
          return a;
        }
        if (b.owns(e.getKey())) {
          return b;
        }
      }
    }
    return null;
  }

  /** Per node, the task runs it has claimed and not finished. */
  private Map<String, Integer> runningClaims() {
    Map<String, Integer> out = new HashMap<>();
    query("SELECT claimed_by, COUNT(*) FROM task_runs WHERE outcome = 'running' GROUP BY claimed_by",
        rs -> out.put(rs.getString(1), rs.getInt(2)));
    return out;
  }

  private List<Long> runningRunsOf(String node) {
    List<Long> ids = new ArrayList<>();
    query("SELECT id FROM task_runs WHERE outcome = 'running' AND claimed_by = '" + node + "'",
        rs -> ids.add(rs.getLong(1)));
    return ids;
  }

  private String claimantOf(long run) {
    String[] node = new String[1];
    query("SELECT claimed_by FROM task_runs WHERE id = " + run, rs -> node[0] = rs.getString(1));
    return node[0];
  }

  private Map<String, Long> taskRunOutcomes() {
    Map<String, Long> out = new HashMap<>();
    query("SELECT outcome, COUNT(*) FROM task_runs GROUP BY outcome", rs -> out.put(rs.getString(1), rs.getLong(2)));
    return out;
  }

  private int countDigestBuilds(String status) {
    int[] n = new int[1];
    query("SELECT COUNT(*) FROM digest_builds WHERE status = '" + status + "'", rs -> n[0] = rs.getInt(1));
    return n[0];
  }

  /** The nodes Quartz knows in the cluster (a dead one is removed once recovered). */
  private List<String> clusterNodes() {
    List<String> out = new ArrayList<>();
    query("SELECT instance_name FROM qrtz_scheduler_state", rs -> out.add(rs.getString(1)));
    return out;
  }

  private void query(String sql, ClusterBed.Row row) {
    bed.query(sql, row);
  }
}
