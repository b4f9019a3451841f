package dev.roundup.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.TestClock;
import dev.roundup.time.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pacer under concurrent callers. The clock stands still, so every slot is planned from the
 * same instant; a held sleeper keeps a waiting caller inside its wait until the test lets it go.
 */
class PacerTest {

  private static final String HISTORY = "conversations.history";
  private static final String REPLIES = "conversations.replies";
  private static final MethodBudget ONE_A_MINUTE = new MethodBudget(1, 15);
  private static final Instant START = Instant.parse("2026-11-16T09:00:00Z");
  private static final Instant NO_DEADLINE = START.plus(Duration.ofDays(1));

  private final TestClock clock = new TestClock(START);
  private final HeldSleeper held = new HeldSleeper();
  private final ExecutorService callers = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    held.letGo();
    callers.shutdownNow();
  }

  /** Records each wait asked of it and keeps the caller there until {@link #letGo()}. */
  private static final class HeldSleeper implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate = new CountDownLatch(1);

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      waits.add(duration);
      gate.await();
    }

    void letGo() {
      gate.countDown();
    }
  }

  @Test
  void a_caller_waiting_for_its_budget_does_not_hold_up_callers_of_another_method() throws Exception {
    Pacer pacer = new Pacer(clock, held);
    assertThat(pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE)).isTrue();
    Future<Boolean> history = callers.submit(() -> pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE));
    await().until(() -> held.waits.size() == 1);

    Future<Boolean> replies = callers.submit(() -> pacer.acquire(REPLIES, ONE_A_MINUTE, NO_DEADLINE));

    await().atMost(Duration.ofSeconds(5)).until(replies::isDone);
    assertThat(replies.get()).isTrue();
    assertThat(history).isNotDone();
    assertThat(held.waits).containsExactly(Duration.ofMinutes(1));
    held.letGo();
    assertThat(history.get(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void a_later_caller_of_the_same_method_takes_the_next_slot_while_the_first_still_waits() {
    Pacer pacer = new Pacer(clock, held);
    callers.submit(() -> pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE));
    callers.submit(() -> pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE));
    callers.submit(() -> pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE));

    // One goes at once; the other two wait at the same time, each for its own minute.
    await().atMost(Duration.ofSeconds(5)).until(() -> held.waits.size() == 2);
    assertThat(held.waits).containsExactlyInAnyOrder(Duration.ofMinutes(1), Duration.ofMinutes(2));
  }

  @Test
  void the_per_minute_budget_holds_under_concurrent_callers_of_one_method() throws Exception {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Pacer pacer = new Pacer(clock, waits::add);
    MethodBudget threeAMinute = new MethodBudget(3, 200);
    int threads = 8;
    int callsEach = 5;
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> granted = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      granted.add(callers.submit(() -> {
        go.await();
        int n = 0;
        for (int i = 0; i < callsEach; i++) {
          n += pacer.acquire(HISTORY, threeAMinute, NO_DEADLINE) ? 1 : 0;
        }
        return n;
      }));
    }

    go.countDown();
    int total = 0;
    for (Future<Integer> g : granted) {
      total += g.get(10, TimeUnit.SECONDS);
    }

    // 40 calls at 3 a minute: three go now, then three in each following minute, the last alone.
    assertThat(total).isEqualTo(40);
    List<Duration> expected = new ArrayList<>();
    for (int call = 3; call < 40; call++) {
      expected.add(Duration.ofMinutes(call / 3));
    }
    assertThat(waits).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void a_call_that_could_not_go_before_the_deadline_is_refused_without_waiting_or_taking_a_slot()
      throws Exception {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Pacer pacer = new Pacer(clock, waits::add);

    assertThat(pacer.acquire(HISTORY, ONE_A_MINUTE, START.plusSeconds(30))).isTrue();
    assertThat(pacer.acquire(HISTORY, ONE_A_MINUTE, START.plusSeconds(30))).isFalse();
    assertThat(waits).isEmpty();

    assertThat(pacer.acquire(HISTORY, ONE_A_MINUTE, START.plusSeconds(60))).isTrue();
    assertThat(waits).containsExactly(Duration.ofMinutes(1));
  }

  @Test
  void a_recorded_call_counts_against_the_budget() throws Exception {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Pacer pacer = new Pacer(clock, waits::add);
    pacer.record(HISTORY);

    assertThat(pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE)).isTrue();

    assertThat(waits).containsExactly(Duration.ofMinutes(1));
  }

  @Test
  void slots_leave_the_window_a_minute_after_their_call() throws Exception {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Pacer pacer = new Pacer(clock, waits::add);
    assertThat(pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE)).isTrue();

    clock.advance(Duration.ofSeconds(45));
    assertThat(pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE)).isTrue();
    clock.advance(Duration.ofMinutes(3));
    assertThat(pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE)).isTrue();

    assertThat(waits).containsExactly(Duration.ofSeconds(15));
  }

  @Test
  void a_caller_interrupted_while_waiting_gives_its_slot_to_the_next() throws Exception {
    Pacer pacer = new Pacer(clock, held);
    CountDownLatch interrupted = new CountDownLatch(1);
    assertThat(pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE)).isTrue();
    Future<?> first = callers.submit(() -> {
      try {
        pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
    });
    await().atMost(Duration.ofSeconds(5)).until(() -> held.waits.size() == 1);

    first.cancel(true);
    await().atMost(Duration.ofSeconds(5)).until(() -> interrupted.getCount() == 0);
    callers.submit(() -> pacer.acquire(HISTORY, ONE_A_MINUTE, NO_DEADLINE));

    await().atMost(Duration.ofSeconds(5)).until(() -> held.waits.size() == 2);
    assertThat(held.waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1));
  }
}
