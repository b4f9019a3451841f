package dev.roundup.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(500),
      Duration.ofSeconds(4), Duration.ofSeconds(20));
  private final Instant now = Instant.parse("2026-11-20T09:00:00Z");

  private String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
  }

  @Test
  void reads_retry_after_as_seconds_including_fractions() {
    assertThat(policy.retryAfter("7", now)).contains(Duration.ofSeconds(7));
    assertThat(policy.retryAfter("0.5", now)).contains(Duration.ofMillis(500));
  }

  @Test
  void reads_retry_after_as_an_http_date() {
    assertThat(policy.retryAfter(httpDate(now.plusSeconds(12)), now))
        .contains(Duration.ofSeconds(12));
    assertThat(policy.retryAfter(httpDate(now.minusSeconds(5)), now)).contains(Duration.ZERO);
  }

  @Test
  void caps_long_retry_after_values() {
    assertThat(policy.retryAfter("3600", now)).contains(Duration.ofSeconds(20));
    assertThat(policy.retryAfter(httpDate(now.plusSeconds(600)), now))
        .contains(Duration.ofSeconds(20));
  }

  @Test
  void the_requested_wait_is_read_uncapped_for_callers_that_give_up_instead_of_waiting_less() {
    assertThat(RetryPolicy.requestedWait("3600", now)).contains(Duration.ofHours(1));
    assertThat(RetryPolicy.requestedWait(httpDate(now.plusSeconds(600)), now))
        .contains(Duration.ofMinutes(10));
    assertThat(RetryPolicy.requestedWait(httpDate(now.minusSeconds(5)), now))
        .contains(Duration.ZERO);
    assertThat(RetryPolicy.requestedWait("soon", now)).isEmpty();
  }

  @Test
  void ignores_missing_or_unreadable_retry_after() {
    assertThat(policy.retryAfter(null, now)).isEmpty();
    assertThat(policy.retryAfter("soon", now)).isEmpty();
  }

  @Test
  void backoff_is_a_random_share_of_a_doubling_ceiling_capped_at_the_max() {
    assertThat(policy.backoff(1, () -> 0.999)).isEqualTo(Duration.ofMillis(499));
    assertThat(policy.backoff(2, () -> 0.999)).isEqualTo(Duration.ofMillis(999));
    assertThat(policy.backoff(3, () -> 0.5)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.backoff(10, () -> 0.999)).isEqualTo(Duration.ofMillis(3996));
    assertThat(policy.backoff(2, () -> 0.0)).isEqualTo(Duration.ZERO);
  }
}
