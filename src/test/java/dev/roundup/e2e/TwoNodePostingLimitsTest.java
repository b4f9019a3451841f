package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Slack's posting limits kept by two Roundup processes together: two {@code serve} JVMs on one
 * PostgreSQL and one emulator that models {@code chat.postMessage}'s limits (per channel and per
 * workspace, 429 beyond), with reminders due within the same second split across both nodes so
 * both post at once. Every reminder arrives exactly once, Slack never answers 429, and in no second
 * does the workspace (or any channel) get more than Slack's limit allows. The workspace limit is
 * kept through the {@code posting_budgets} row both nodes take permits from
 * ({@code roundup.posting.shared}); each node's own bucket alone would let the two together post
 * at twice Roundup's rate, past Slack's.
 *
 * <p>Skipped without {@code ROUNDUP_TEST_PG_URL} (fails on CI without it), like
 * {@link TwoNodeClusterTest}.
 */
class TwoNodePostingLimitsTest {

  /** Slack's limits as the emulator models them: 5 posts a second per workspace, 1 per channel. */
  private static final int SLACK_PER_MINUTE = 300;
  private static final int SLACK_BURST = 5;
  private static final double SLACK_CHANNEL_PER_SECOND = 1;
  private static final int SLACK_CHANNEL_BURST = 3;
  /**
   * Roundup kept below them, as an operator configures it: 3 a second per workspace for all nodes
   * together, 0.8 a second per channel. Two nodes each at 3 a second would go past Slack's 5.
   */
  private static final Map<String, String> ROUNDUP_LIMITS = Map.of(
      "ROUNDUP_POSTING_WORKSPACE_PER_MINUTE", "180",
      "ROUNDUP_POSTING_WORKSPACE_BURST", "3",
      "ROUNDUP_POSTING_CHANNEL_PER_SECOND", "0.8",
      "ROUNDUP_POSTING_CHANNEL_BURST", "2",
      "ROUNDUP_POSTING_SHARED", "true");

  private static final int OWNERS = 12;
  /** Each owner's reminders are due at the same instant, so their DM takes a burst. */
  private static final int PER_OWNER = 4;
  private static final int TASKS = OWNERS * PER_OWNER;
  /** Distinct instants within one second: Quartz fires each on one node, so both nodes get some. */
  private static final int INSTANTS = 6;
  /**
   * The reminders fall due at least this long after they are planned, once both nodes are up. An
   * idle node looks for triggers due within the next 30 s at most every 30 s (Quartz's idle wait;
   * it is told sooner only of triggers planned in its own JVM), so each node takes one of the
   * instants before they fall due, and the next as soon as it has fired one. Planning before the
   * nodes start would make the test depend on how fast they start: on a busy machine one came up
   * 30 s late and could have taken every instant at once.
   */
  private static final Duration LEAD = Duration.ofSeconds(31);

  private ClusterBed bed;

  @AfterEach
  void stop() throws Exception {
    if (bed != null) {
      bed.close();
    }
  }

  @Test
  void two_nodes_posting_reminders_due_in_the_same_second_stay_within_slacks_limits_together()
      throws Exception {
    Workspace workspace = Workspace.sample();
    for (int i = 0; i < OWNERS; i++) {
      workspace.addUser(owner(i), "owner" + i, "Owner " + i, "UTC", false);
    }
    bed = ClusterBed.start(workspace);
    bed.slack().limitPosting(SLACK_CHANNEL_PER_SECOND, SLACK_CHANNEL_BURST, SLACK_PER_MINUTE, SLACK_BURST);

    Map<String, String> env = bed.environment();
    env.putAll(ROUNDUP_LIMITS);
    RoundupNode a = bed.startNode("node-a", env);
    RoundupNode b = bed.startNode("node-b", env);
    a.awaitHealthy(ClusterBed.START);
    b.awaitHealthy(ClusterBed.START);

    Instant t0 = Instant.now().plus(LEAD).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    Map<Long, String> reminderOf = bed.reminders(TASKS, i -> owner(i / PER_OWNER),
        i -> t0.plusMillis(150L * ((i / PER_OWNER) % INSTANTS)));

    await().atMost(LEAD.plus(Duration.ofSeconds(60))).pollInterval(Duration.ofMillis(200))
        .until(() -> reminderPosts(reminderOf).size() == TASKS && finishedRuns() == TASKS);

    // ---- Every reminder exactly once, and Slack never had to refuse one ------------------------
    List<ApiCall> reminders = reminderPosts(reminderOf);
    Map<String, Long> perReminder = reminders.stream().map(c -> c.params().get("text"))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(perReminder).hasSize(TASKS).allSatisfy((text, n) -> assertThat(n).as(text).isEqualTo(1));
    assertThat(bed.slack().calls("chat.postMessage")).as("posts Slack refused (429)")
        .filteredOn(call -> call.httpStatus() != 200).isEmpty();

    // ---- Both nodes posted, at the same time -------------------------------------------------------
    Map<String, String> nodeOfText = nodeOfReminder(reminderOf);
    assertThat(nodeOfText.values()).as("runs by node").anyMatch(a::owns).anyMatch(b::owns);
    assertThat(reminders).as("a second in which both nodes posted").anySatisfy(first -> {
      List<String> posters = reminders.stream().filter(c -> withinASecondOf(first, c))
          .map(c -> nodeOfText.get(c.params().get("text"))).toList();
      assertThat(posters).anyMatch(a::owns).anyMatch(b::owns);
    });

    // ---- In no second more than Slack's limit, for the workspace and for each channel ----------
    assertThat(mostInOneSecond(reminders)).as("posts into the workspace in one second")
        .isLessThanOrEqualTo(SLACK_BURST + SLACK_PER_MINUTE / 60);
    Map<String, List<ApiCall>> perChannel = reminders.stream()
        .collect(Collectors.groupingBy(c -> c.params().get("channel")));
    assertThat(perChannel).hasSize(OWNERS).allSatisfy((channel, posts) ->
        assertThat(mostInOneSecond(posts)).as("posts into %s in one second", channel)
            .isLessThanOrEqualTo(SLACK_CHANNEL_BURST + (int) SLACK_CHANNEL_PER_SECOND));
  }

  private List<ApiCall> reminderPosts(Map<Long, String> reminderOf) {
    Collection<String> wanted = reminderOf.values();
    return bed.okPosts().stream().filter(c -> wanted.contains(c.params().get("text"))).toList();
  }

  private int finishedRuns() {
    int[] n = new int[1];
    bed.query("SELECT COUNT(*) FROM task_runs WHERE outcome = 'ok'", rs -> n[0] = rs.getInt(1));
    return n[0];
  }

  /** The node (its id) that ran each reminder, by the reminder's text. */
  private Map<String, String> nodeOfReminder(Map<Long, String> reminderOf) {
    Map<String, String> out = new HashMap<>();
    bed.query("SELECT task_id, claimed_by FROM task_runs",
        rs -> out.put(reminderOf.get(rs.getLong(1)), rs.getString(2)));
    return out;
  }

  private static boolean withinASecondOf(ApiCall first, ApiCall other) {
    return !other.at().isBefore(first.at()) && other.at().isBefore(first.at().plusSeconds(1));
  }

  /** The most posts Slack received in any one second (a window starting at one of them). */
  private static long mostInOneSecond(List<ApiCall> posts) {
    return posts.stream().mapToLong(first -> posts.stream().filter(c -> withinASecondOf(first, c)).count())
        .max().orElse(0);
  }

  private static String owner(int i) {
    return String.format("UP%05d", i);
  }
}
