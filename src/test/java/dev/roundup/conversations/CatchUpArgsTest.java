package dev.roundup.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CatchUpArgsTest {

  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneId.of("UTC"));

  @Test
  void a_period_longer_than_ninety_days_is_refused_in_the_words_summarize_and_ask_use() {
    for (String text : new String[] {"100d", "since 2026-01-02", "20 weeks"}) {
      assertThat(CatchUpArgs.fromCommand(text, NOW)).as(text).isInstanceOfSatisfying(
          CatchUpArgs.Invalid.class, i -> assertThat(i.reason())
              .isEqualTo("I can look back at most 90 days. Try `/catchup 30d`."));
    }
    assertThat(CatchUpArgs.fromMention("catch me up since 2026-01-02", NOW).orElseThrow())
        .isInstanceOf(CatchUpArgs.Invalid.class);
  }

  @Test
  void periods_that_fit_and_bare_days_still_read_and_nonsense_is_not_a_time() {
    assertThat(((CatchUpArgs.Request) CatchUpArgs.fromCommand("90d", NOW)).since())
        .isEqualTo(NOW.minusDays(90));
    assertThat(((CatchUpArgs.Request) CatchUpArgs.fromCommand("tuesday here", NOW)).since())
        .isEqualTo(ZonedDateTime.of(2026, 11, 24, 0, 0, 0, 0, ZoneId.of("UTC")));
    assertThat(CatchUpArgs.fromCommand("whenever", NOW)).isInstanceOfSatisfying(
        CatchUpArgs.Invalid.class, i -> assertThat(i.reason()).contains("as a time"));
  }

  @Test
  void since_reads_before_any_window_that_reads_without_it() {
    for (String[] same : new String[][] {{"since 5d", "5d"}, {"since last week", "last week"},
        {"since this week", "this week"}, {"since yesterday", "yesterday"},
        {"since the last 3 days", "last 3 days"}, {"since 2 weeks", "2 weeks"}}) {
      assertThat(CatchUpArgs.fromCommand(same[0], NOW)).as(same[0]).isInstanceOfSatisfying(
          CatchUpArgs.Request.class, r -> assertThat(r.since()).isEqualTo(
              ((CatchUpArgs.Request) CatchUpArgs.fromCommand(same[1], NOW)).since()));
    }
    assertThat(((CatchUpArgs.Request) CatchUpArgs.fromCommand("since last week", NOW)).since())
        .isEqualTo(NOW.minusDays(7));
    assertThat(((CatchUpArgs.Request) CatchUpArgs.fromCommand("since this week", NOW)).since())
        .isEqualTo(ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, ZoneId.of("UTC")));
    assertThat(CatchUpArgs.fromMention("catch me up since 5d here", NOW).orElseThrow())
        .isInstanceOfSatisfying(CatchUpArgs.Request.class, r -> {
          assertThat(r.since()).isEqualTo(NOW.minusDays(5));
          assertThat(r.here()).isTrue();
        });
    assertThat(CatchUpArgs.fromMention("what did I miss since last week?", NOW).orElseThrow())
        .isInstanceOf(CatchUpArgs.Request.class);
    assertThat(CatchUpArgs.fromCommand("since 200d", NOW)).isInstanceOfSatisfying(
        CatchUpArgs.Invalid.class, i -> assertThat(i.reason()).contains("90 days"));
  }
}
