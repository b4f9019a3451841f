package dev.roundup.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rest a thread takes after computing, for its share of a core. */
class CpuShareTest {

  @Test
  void a_thread_at_half_a_core_rests_as_long_as_it_computed() {
    assertThat(new CpuShare(50).restAfter(20_000_000)).isEqualTo(20_000_000);
  }

  @Test
  void a_thread_at_a_quarter_rests_three_times_as_long() {
    assertThat(new CpuShare(25).restAfter(10_000_000)).isEqualTo(30_000_000);
  }

  @Test
  void the_whole_core_never_rests() {
    assertThat(CpuShare.WHOLE.restAfter(50_000_000)).isZero();
    assertThat(new CpuShare(100).restAfter(1_000_000_000)).isZero();
  }

  @Test
  void a_share_outside_one_to_a_hundred_percent_is_refused() {
    assertThatThrownBy(() -> new CpuShare(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 100 percent");
    assertThatThrownBy(() -> new CpuShare(101)).isInstanceOf(IllegalArgumentException.class);
  }
}
