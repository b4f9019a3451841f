package dev.roundup.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.roundup.TestClock;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.slack.SlackApi;
import dev.roundup.store.Database;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Backfill against the emulator under Slack's Tier-1 limit (1 request a minute). Time is a
 * hand-moved clock that the sleeper advances, so minutes of waiting take no real time.
 */
class BackfillTest {

  private static final String ENG = "C0ENG";
  private static final Instant START = Instant.parse("2026-11-16T09:00:00Z");

  private final TestClock clock = new TestClock(START);
  private final List<Duration> slept = new ArrayList<>();
  private final Sleeper sleeper = d -> {
    slept.add(d);
    clock.advance(d);
  };
  private Workspace workspace;
  private SlackEmulator emulator;
  private Slack sdk;
  private Database database;
  private MessageStore store;
  private Coverage coverage;
  private SlackApi api;
  private Pacer pacer;

  @BeforeEach
  void start() {
    workspace = Workspace.sample();
    workspace.setClock(clock);
    emulator = SlackEmulator.start(workspace);
    emulator.setClock(clock);
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    sdk = Slack.getInstance(config);
    api = new SlackApi(sdk.methods(workspace.botToken()), sleeper, Duration.ofMinutes(5),
        new SimpleMeterRegistry());
    database = Database.open("jdbc:h2:mem:backfill-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", 2);
    store = new MessageStore(database.dataSource(), clock);
    coverage = new Coverage(database.dataSource(), clock, null);
    pacer = new Pacer(clock, sleeper);
    // 40 top-level messages over two days, two of them with replies.
    for (int i = 0; i < 40; i++) {
      String ts = workspace.post(ENG, i % 2 == 0 ? "U0ALICE" : "U0BORIS", "Update number " + i);
      if (i == 5 || i == 30) {
        for (int r = 0; r < 3; r++) {
          workspace.reply(ENG, ts, "U0CHEN", "Reply " + r + " to update " + i);
        }
      }
      clock.advance(Duration.ofMinutes(70));
    }
    emulator.rateLimit("conversations.history", 1, Duration.ofMinutes(1));
    emulator.rateLimit("conversations.replies", 1, Duration.ofMinutes(1));
  }

  @AfterEach
  void stop() throws Exception {
    emulator.close();
    sdk.close();
    database.close();
  }

  private Backfill backfill(MethodBudget budget) {
    return new Backfill(api, store, coverage, pacer, budget, budget,
        new BackfillLocks(database.dataSource(), clock, sleeper, 1));
  }

  private List<ApiCall> historyCalls() {
    return emulator.calls("conversations.history");
  }

  @Test
  void the_tier_1_budget_fills_the_window_without_being_rate_limited() {
    Instant end = clock.instant();
    BackfillResult result = backfill(MethodBudget.TIER_1).fill(ENG, START, end, end.plus(Duration.ofHours(1)));

    assertThat(result.complete()).isTrue();
    assertThat(store.between(ENG, START, end)).hasSize(46);
    assertThat(emulator.calls()).allSatisfy(c -> assertThat(c.httpStatus()).isEqualTo(200));
    // 40 messages at 15 a page is 3 pages; each page of history waits for the previous minute.
    assertThat(historyCalls()).hasSize(3);
    assertThat(historyCalls()).allSatisfy(c -> assertThat(c.params().get("limit")).isEqualTo("15"));
    assertThat(slept.stream().mapToLong(Duration::toSeconds).sum()).isGreaterThanOrEqualTo(120);
    assertThat(store.find(ENG, workspace.messages(ENG).get(5).ts()).get().replyCount()).isEqualTo(3);
  }

  @Test
  void a_budget_above_slacks_limit_waits_out_retry_after_and_still_gets_everything() {
    Instant end = clock.instant();
    BackfillResult result = backfill(MethodBudget.TIER_3).fill(ENG, START, end, end.plus(Duration.ofHours(1)));

    assertThat(result.complete()).isTrue();
    assertThat(store.between(ENG, START, end)).hasSize(46);
    List<ApiCall> limited = emulator.calls().stream().filter(c -> c.httpStatus() == 429).toList();
    assertThat(limited).isNotEmpty();
    // Every wait after a 429 lasted what Retry-After said (whole seconds up to a minute).
    assertThat(slept).allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(1)));
  }

  @Test
  void a_backfill_cut_short_reports_what_it_covers_and_the_next_one_resumes_there() {
    Instant end = clock.instant();
    BackfillResult first = backfill(MethodBudget.TIER_1).fill(ENG, START, end, clock.instant().plusSeconds(90));

    assertThat(first.complete()).isFalse();
    assertThat(first.problem()).contains("time limit");
    assertThat(first.coveredFrom()).isAfter(START).isBefore(end);
    int callsBefore = historyCalls().size();
    int storedBefore = store.between(ENG, START, end).size();
    assertThat(storedBefore).isBetween(1, 45);

    BackfillResult second = backfill(MethodBudget.TIER_1).fill(ENG, START, end, clock.instant().plus(Duration.ofHours(1)));

    assertThat(second.complete()).isTrue();
    assertThat(store.between(ENG, START, end)).hasSize(46);
    // It resumed below the boundary instead of reading the newest pages again.
    String latest = historyCalls().get(callsBefore).params().get("latest");
    assertThat(SlackTs.toMicros(latest)).isEqualTo(SlackTs.toMicros(first.coveredFrom()));
  }

  @Test
  void a_window_the_store_already_covers_costs_no_call() {
    Instant end = clock.instant();
    backfill(MethodBudget.TIER_1).fill(ENG, START, end, end.plus(Duration.ofHours(1)));
    int calls = emulator.calls().size();

    BackfillResult again = backfill(MethodBudget.TIER_1).fill(ENG, START.plusSeconds(3600), end,
        clock.instant().plus(Duration.ofHours(1)));

    assertThat(again.complete()).isTrue();
    assertThat(again.calls()).isZero();
    assertThat(emulator.calls()).hasSize(calls);
  }
}
