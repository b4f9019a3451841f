package dev.roundup.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitedWarningTest {

  @Test
  void the_first_occurrence_is_warned_at_once_and_the_rest_wait_for_the_interval() {
    List<Long> lines = new ArrayList<>();
    RateLimitedWarning warning = new RateLimitedWarning(Duration.ofHours(1), lines::add);

    for (int i = 0; i < 500; i++) {
      warning.happened();
    }

    assertThat(lines).containsExactly(1L);
  }

  @Test
  void with_no_interval_every_occurrence_is_its_own_line_with_its_count() {
    List<Long> lines = new ArrayList<>();
    RateLimitedWarning warning = new RateLimitedWarning(Duration.ZERO, lines::add);

    warning.happened();
    warning.happened();

    assertThat(lines).containsExactly(1L, 1L);
  }
}
