package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SandboxClockTest {

  private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
  private final SandboxClock clock = new SandboxClock(Clock.fixed(START, ZoneOffset.UTC));

  @Test
  void it_moves_forward_by_a_duration_or_to_an_instant() {
    assertThat(clock.advance(Duration.ofHours(2))).isEqualTo(START.plusSeconds(7200));
    assertThat(clock.jumpTo(Instant.parse("2026-12-04T15:00:00Z"))).isEqualTo(clock.instant());
    assertThat(clock.offset()).isEqualTo(Duration.ofDays(4).plusHours(6));
  }

  @Test
  void it_never_moves_back() {
    clock.advance(Duration.ofDays(1));

    assertThatThrownBy(() -> clock.jumpTo(START)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only moves forward");
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(1)));
  }

  @Test
  void a_copy_in_another_zone_moves_with_it() {
    Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.advance(Duration.ofMinutes(30));

    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(paris.instant()).isEqualTo(START.plus(Duration.ofMinutes(30)));
  }
}
