package dev.roundup.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AckLatencyBenchmarkTest {

  @Test
  void the_goal_is_judged_on_the_middle_round_or_the_mean_of_the_two_middle_ones() {
    double[] rounds = {3.1, 1.4, 1.9};
    assertThat(AckLatencyBenchmark.median(rounds)).isEqualTo(1.9);
    assertThat(rounds).containsExactly(3.1, 1.4, 1.9);
    assertThat(AckLatencyBenchmark.median(new double[] {2.5, 1.0, 4.0, 1.5})).isEqualTo(2.0);
    assertThat(AckLatencyBenchmark.median(new double[] {1.7})).isEqualTo(1.7);
  }
}
