package dev.roundup.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private final TestClock clock = LlmFixtures.clock();
  private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      assertThat(breaker.tryAcquire()).isTrue();
      breaker.onFailure();
    }
  }

  @Test
  void stays_closed_while_failures_are_not_consecutive() {
    fail(2);
    breaker.tryAcquire();
    breaker.onSuccess();
    fail(2);

    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(breaker.tryAcquire()).isTrue();
  }

  @Test
  void opens_at_the_threshold_and_refuses_calls() {
    fail(3);

    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(breaker.tryAcquire()).isFalse();
  }

  @Test
  void lets_one_trial_through_after_the_open_period_and_closes_on_its_success() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));

    assertThat(breaker.tryAcquire()).as("trial").isTrue();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    assertThat(breaker.tryAcquire()).as("second caller during the trial").isFalse();

    breaker.onSuccess();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(breaker.tryAcquire()).isTrue();
  }

  @Test
  void a_failed_trial_opens_the_circuit_for_another_full_period() {
    fail(3);
    clock.advance(Duration.ofSeconds(31));
    assertThat(breaker.tryAcquire()).isTrue();
    breaker.onFailure();

    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    clock.advance(Duration.ofSeconds(29));
    assertThat(breaker.tryAcquire()).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(breaker.tryAcquire()).isTrue();
  }

  @Test
  void a_released_trial_counts_nothing_and_lets_the_next_caller_try() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));
    assertThat(breaker.tryAcquire()).isTrue();

    breaker.release();

    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    assertThat(breaker.tryAcquire()).isTrue();
  }
}
