package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;

/**
 * The workspace's posting limit shared by every node through the database, on H2 and PostgreSQL:
 * two outbound queues (two nodes) posting into one workspace of the Slack emulator, which models
 * Slack's limit and answers 429 beyond it, never go over it together; and the bucket row hands out
 * each permit once however many nodes take at the same instant.
 */
class SharedPostingBudgetTest {

  private static final String TEAM = "T0SANDBOX";
  /** Slack's workspace limit as the emulator models it: 10 posts a second, bursts of 6. */
  private static final int SLACK_PER_MINUTE = 600;
  private static final int SLACK_BURST = 6;
  /** Roundup keeps a little under it, as it would be configured. */
  private static final PostingLimits ROUNDUP = new PostingLimits(0, 1, 540, 5);
  private static final List<String> PEOPLE = List.of("U0ALICE", "U0BORIS", "U0CHEN", "U0DANA");

  private final Workspace workspace = Workspace.sample();
  private final SlackEmulator emulator = SlackEmulator.start(workspace);
  private final List<AutoCloseable> nodes = new ArrayList<>();
  private final List<Slack> sdks = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable node : nodes) {
      node.close();
    }
    emulator.close();
    for (Slack sdk : sdks) {
      sdk.close();
    }
  }

  /** One node's outbound queue: its own Slack client, the budget shared through {@code db}. */
  private OutboundQueue node(ScratchDatabase db) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    Slack sdk = Slack.getInstance(config);
    sdks.add(sdk);
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    Poster poster = new Poster(new SlackApi(sdk.methods(workspace.botToken()), workspace.botToken(),
        Sleeper.system(), Duration.ofMinutes(1), metrics));
    OutboundQueue queue = new OutboundQueue(poster, ROUNDUP, 4, metrics,
        SharedPostingBudget.perWorkspace(new PostingBudgetStore(db.dataSource()), ROUNDUP,
            Clock.systemUTC()));
    nodes.add(queue);
    return queue;
  }

  @OnEachDatabase
  void two_nodes_posting_into_one_workspace_together_stay_within_its_limit(ScratchDatabase db) {
    OutboundQueue a = node(db);
    OutboundQueue b = node(db);
    // Each node's first call opens its HTTP client, which can take seconds on a busy machine: a
    // burst of permits taken meanwhile would reach Slack all at once. Warm them up first.
    CompletableFuture.allOf(a.text("T0WARMUP", Destination.channel("C0GENERAL"), "warm-up", null),
        b.text("T0WARMUP", Destination.channel("C0GENERAL"), "warm-up", null)).join();
    int warmUp = emulator.calls("chat.postMessage").size();
    emulator.limitPosting(1000, 1000, SLACK_PER_MINUTE, SLACK_BURST);

    List<CompletableFuture<String>> sent = Stream.of(a, b).flatMap(queue -> IntStream.range(0, 25)
        .mapToObj(i -> queue.text(TEAM, Destination.dm(PEOPLE.get(i % PEOPLE.size())),
            (queue == a ? "a" : "b") + "-note " + i, null))).toList();
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();

    List<ApiCall> all = emulator.calls("chat.postMessage");
    List<ApiCall> posts = all.subList(warmUp, all.size());
    assertThat(posts).hasSize(50);
    assertThat(posts).as("posts Slack refused with 429").allSatisfy(call -> assertThat(call.httpStatus())
        .isEqualTo(200));
    assertThat(posts).anySatisfy(call -> assertThat(call.params().get("text")).startsWith("a-"))
        .anySatisfy(call -> assertThat(call.params().get("text")).startsWith("b-"));
    // Counted as Slack received them: in no second more than its burst plus a second's rate.
    List<Instant> at = posts.stream().map(ApiCall::at).sorted().toList();
    for (Instant start : at) {
      long inWindow = at.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plusSeconds(1))).count();
      assertThat(inWindow).as("posts in the second from %s", start)
          .isLessThanOrEqualTo(SLACK_BURST + SLACK_PER_MINUTE / 60);
    }
  }

  @OnEachDatabase
  void nodes_taking_permits_at_the_same_instant_share_the_burst_and_never_get_one_twice(
      ScratchDatabase db) throws Exception {
    long now = 1_795_000_000_000L;
    int burst = 40;
    ExecutorService takers = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> taken = new ArrayList<>();
      for (int node = 0; node < 6; node++) {
        PostingBudgetStore store = new PostingBudgetStore(db.dataSource());
        taken.add(takers.submit(() -> {
          int permits = 0;
          for (int i = 0; i < 30; i++) {
            permits += store.take(TEAM, 3, 10, burst, now).permits();
          }
          return permits;
        }));
      }
      int total = 0;
      for (Future<Integer> f : taken) {
        total += f.get(60, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(burst);

      PostingBudgetStore.Grant empty = new PostingBudgetStore(db.dataSource()).take(TEAM, 3, 10, burst, now);
      assertThat(empty.permits()).isZero();
      assertThat(empty.waitMillis()).isEqualTo(100);
      // A second later, ten more (10 a second); another workspace has its own bucket.
      assertThat(new PostingBudgetStore(db.dataSource()).take(TEAM, 50, 10, burst, now + 1_000).permits())
          .isEqualTo(10);
      assertThat(new PostingBudgetStore(db.dataSource()).take("T0OTHER", 50, 10, burst, now).permits())
          .isEqualTo(burst);
    } finally {
      takers.shutdownNow();
    }
  }
}
