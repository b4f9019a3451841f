package dev.roundup.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.TestClock;
import dev.roundup.llm.LlmAccount;
import dev.roundup.llm.TokenBudgets;
import dev.roundup.llm.TokenUsage;
import dev.roundup.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;

/**
 * The token ledger's contract, on H2 and on PostgreSQL: spending counted per workspace per UTC
 * day and per task run, budgets that refuse a hold without room, and holds made at once that
 * never pass a budget together.
 */
class TokenLedgerTest {

  private static final String TEAM = "T1";
  private static final String OTHER_TEAM = "T2";
  private static final TokenBudgets DAY_1000 = new TokenBudgets(1000, 0);

  private final TestClock clock = new TestClock(Instant.parse("2026-11-30T23:00:00Z"));
  private ScratchDatabase db;
  private TokenLedger ledger;

  @BeforeEach
  void open(ScratchDatabase db) {
    this.db = db;
    ledger = new TokenLedger(db.dataSource(), clock);
  }

  private void spend(LlmAccount account, long most, long input, long output, TokenBudgets budgets) {
    TokenLedger.Hold hold = ledger.hold(account, most, budgets);
    assertThat(hold.held()).as("hold of %d for %s", most, account).isTrue();
    ledger.settle(hold, new TokenUsage(input, output, false));
  }

  @OnEachDatabase
  void spending_is_counted_per_workspace_and_per_task_and_read_back_only_in_its_workspace() {
    spend(LlmAccount.workspace(TEAM), 500, 300, 100, TokenBudgets.UNLIMITED);
    spend(LlmAccount.taskRun(TEAM, 7, "run-a"), 500, 200, 50, TokenBudgets.UNLIMITED);
    spend(LlmAccount.taskRun(OTHER_TEAM, 7, "run-x"), 500, 90, 10, TokenBudgets.UNLIMITED);

    assertThat(ledger.spentToday(TEAM)).isEqualTo(650);
    assertThat(ledger.spentToday(OTHER_TEAM)).isEqualTo(100);
    assertThat(ledger.taskSpend(TEAM, List.of(7L, 8L)))
        .containsExactly(Map.entry(7L, new TokenLedger.TaskSpend(250, 250)));
    assertThat(ledger.taskSpend(OTHER_TEAM, List.of(7L)))
        .containsExactly(Map.entry(7L, new TokenLedger.TaskSpend(100, 100)));
  }

  @OnEachDatabase
  void a_hold_that_would_pass_the_daily_budget_is_refused_and_the_next_utc_day_starts_fresh() {
    spend(LlmAccount.workspace(TEAM), 600, 500, 100, DAY_1000);

    TokenLedger.Hold refused = ledger.hold(LlmAccount.workspace(TEAM), 500, DAY_1000);
    TokenLedger.Hold small = ledger.hold(LlmAccount.workspace(TEAM), 400, DAY_1000);

    assertThat(refused.refusal()).isEqualTo(TokenLedger.Refusal.WORKSPACE_DAY);
    assertThat(small.held()).isTrue();
    assertThat(ledger.spentToday(TEAM)).isEqualTo(1000);
    // 23:00 UTC → 01:00 UTC: a new day, whatever the hour in the workspace's zones.
    clock.advance(Duration.ofHours(2));
    assertThat(ledger.spentToday(TEAM)).isZero();
    assertThat(ledger.hold(LlmAccount.workspace(TEAM), 900, DAY_1000).held()).isTrue();
  }

  @OnEachDatabase
  void a_released_hold_gives_its_tokens_back() {
    TokenLedger.Hold hold = ledger.hold(LlmAccount.workspace(TEAM), 900, DAY_1000);
    assertThat(ledger.hold(LlmAccount.workspace(TEAM), 200, DAY_1000).held()).isFalse();

    ledger.release(hold);

    assertThat(ledger.spentToday(TEAM)).isZero();
    assertThat(ledger.hold(LlmAccount.workspace(TEAM), 900, DAY_1000).held()).isTrue();
  }

  @OnEachDatabase
  void a_task_runs_budget_holds_within_the_run_and_starts_over_with_the_next_run() {
    TokenBudgets perRun = new TokenBudgets(0, 1000);
    spend(LlmAccount.taskRun(TEAM, 7, "run-a"), 800, 600, 200, perRun);

    TokenLedger.Hold sameRun = ledger.hold(LlmAccount.taskRun(TEAM, 7, "run-a"), 300, perRun);
    TokenLedger.Hold otherTask = ledger.hold(LlmAccount.taskRun(TEAM, 8, "run-b"), 300, perRun);
    spend(LlmAccount.taskRun(TEAM, 7, "run-c"), 800, 100, 50, perRun);

    assertThat(sameRun.refusal()).isEqualTo(TokenLedger.Refusal.TASK_RUN);
    assertThat(otherTask.held()).isTrue();
    // Today counts both runs; the last run only its own.
    assertThat(ledger.taskSpend(TEAM, List.of(7L)).get(7L))
        .isEqualTo(new TokenLedger.TaskSpend(950, 150));
    // A refused task hold leaves the workspace's day untouched.
    assertThat(ledger.spentToday(TEAM)).isEqualTo(800 + 300 + 150);
  }

  @OnEachDatabase
  void a_node_sees_what_another_node_spent_on_the_shared_database() {
    try (Database otherNode = db.openAnotherNode(2)) {
      TokenLedger elsewhere = new TokenLedger(otherNode.dataSource(), clock);
      spend(LlmAccount.workspace(TEAM), 900, 700, 100, DAY_1000);

      assertThat(elsewhere.spentToday(TEAM)).isEqualTo(800);
      assertThat(elsewhere.hold(LlmAccount.workspace(TEAM), 300, DAY_1000).refusal())
          .isEqualTo(TokenLedger.Refusal.WORKSPACE_DAY);
    }
  }

  @OnEachDatabase
  void holds_made_at_the_same_moment_never_pass_the_budget_together() throws Exception {
    int spenders = 12;
    TokenBudgets budget = new TokenBudgets(550, 0);
    ExecutorService pool = Executors.newFixedThreadPool(spenders);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<TokenLedger.Hold>> holds = new ArrayList<>();
      for (int i = 0; i < spenders; i++) {
        holds.add(pool.submit(() -> {
          start.await();
          return ledger.hold(LlmAccount.workspace(TEAM), 100, budget);
        }));
      }
      start.countDown();
      int held = 0;
      for (Future<TokenLedger.Hold> hold : holds) {
        held += hold.get().held() ? 1 : 0;
      }
      assertThat(held).isEqualTo(5);
      assertThat(ledger.spentToday(TEAM)).isEqualTo(500);
    } finally {
      pool.shutdownNow();
    }
  }
}
