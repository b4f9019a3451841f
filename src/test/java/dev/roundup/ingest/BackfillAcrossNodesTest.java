package dev.roundup.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.slack.SlackApi;
import dev.roundup.store.Database;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * Two nodes (two connection pools on one database, each with its own backfill) asked for the same
 * channel window at the same moment, with Slack answering slowly: the window is fetched once, the
 * second backfill waiting for the first and then finding it covered. On H2 and on PostgreSQL.
 */
class BackfillAcrossNodesTest {

  private static final String ENG = "C0ENG";

  @OnEachDatabase
  void two_nodes_backfilling_one_channel_at_once_fetch_each_range_once(ScratchDatabase db) throws Exception {
    Workspace workspace = Workspace.sample();
    for (int i = 0; i < 40; i++) {
      workspace.post(ENG, i % 2 == 0 ? "U0ALICE" : "U0BORIS", "Update number " + i);
    }
    Instant from = Instant.now().minus(Duration.ofHours(1));
    Instant to = Instant.now().plusSeconds(1);
    try (SlackEmulator emulator = SlackEmulator.start(workspace);
        Database second = db.openAnotherNode(4)) {
      // Pages of five, each answered after 150 ms: a backfill takes over a second.
      emulator.setLatency("conversations.history", Duration.ofMillis(150));
      SlackConfig config = new SlackConfig();
      config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
      config.setStatsEnabled(false);
      try (Slack sdk = Slack.getInstance(config)) {
        Backfill nodeA = node(sdk, workspace, db.database());
        Backfill nodeB = node(sdk, workspace, second);
        CountDownLatch go = new CountDownLatch(1);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        CompletableFuture<BackfillResult> a = CompletableFuture.supplyAsync(() -> {
          await(go);
          return nodeA.fill(ENG, from, to, deadline);
        });
        CompletableFuture<BackfillResult> b = CompletableFuture.supplyAsync(() -> {
          await(go);
          return nodeB.fill(ENG, from, to, deadline);
        });
        go.countDown();

        assertThat(List.of(a.join(), b.join())).allSatisfy(r -> assertThat(r.complete()).isTrue());
        List<ApiCall> history = emulator.calls("conversations.history");
        assertThat(history).hasSizeGreaterThanOrEqualTo(8);
        assertThat(history).extracting(c -> c.params().get("latest")).doesNotHaveDuplicates();
        // One of the two made every call; the other waited, then found the window covered.
        assertThat(List.of(a.join().calls(), b.join().calls())).containsExactlyInAnyOrder(0, history.size());
        assertThat(new MessageStore(db.dataSource(), Clock.systemUTC()).between(ENG, from, to)).hasSize(40);
        assertThat(new Coverage(db.dataSource(), Clock.systemUTC(), null).ranges(ENG)).hasSize(1);
      }
    }
  }

  private static Backfill node(Slack sdk, Workspace workspace, Database database) {
    SlackApi api = new SlackApi(sdk.methods(workspace.botToken()), Sleeper.system(),
        Duration.ofMinutes(1), new SimpleMeterRegistry());
    Clock clock = Clock.systemUTC();
    MethodBudget fivePerPage = new MethodBudget(600, 5);
    return new Backfill(api, new MessageStore(database.dataSource(), clock),
        new Coverage(database.dataSource(), clock, null), new Pacer(clock, Sleeper.system()),
        fivePerPage, fivePerPage, new BackfillLocks(database.dataSource(), clock, Sleeper.system(), 2));
  }

  private static void await(CountDownLatch go) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
