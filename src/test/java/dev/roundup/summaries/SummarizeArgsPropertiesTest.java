package dev.roundup.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;

import dev.roundup.HostileText;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@code /summarize} (and mention) parsing: no exception, every refusal a reason with
 * typed text escaped, and every window it accepts named in words that read back to the same window.
 */
class SummarizeArgsPropertiesTest {

  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 20, 10, 30, 0, 0,
      ZoneId.of("America/New_York"));

  static Gen<String> requests() {
    Gen<String> window = pick(List.of("", "3d", "7 d", "last 3 days", "past 2 weeks", "since monday",
        "since yesterday", "since 2026-11-02", "since 2026-02-30", "today", "this week", "a day",
        "99999999999d", "0h", "91d", "1e9d", "-1d", "summarize", "tl;dr", "help"));
    Gen<String> channel = pick(List.of("", "<#C0ENG|eng> ", "<#C0DESIGN> ", "#eng "));
    return channel.zip(window, HostileText.text(2), (c, w, noise) -> c + w)
        .mix(channel.zip(window, HostileText.text(3), (c, w, noise) -> c + w + " " + noise), 30)
        .mix(HostileText.any(), 40);
  }

  @Test
  void every_request_is_understood_or_refused_with_an_escaped_reason() {
    qt().withExamples(3_000).withShrinkCycles(200).forAll(requests()).checkAssert(text -> {
      SummarizeArgs.Result result = SummarizeArgs.parse(text, NOW);
      if (result instanceof SummarizeArgs.Invalid inv) {
        assertThat(inv.reason()).isNotBlank().hasSizeLessThan(1_000);
        assertThat(HostileText.hasRawMarkup(inv.reason())).as(inv.reason()).isFalse();
      } else if (result instanceof SummarizeArgs.Request r && r.since() != null) {
        assertThat(r.since()).isBefore(NOW).isAfterOrEqualTo(NOW.minus(SummarizeArgs.MAX_WINDOW).minusDays(1));
      }
    });
  }

  @Test
  void the_window_it_echoes_reads_back_to_the_same_start() {
    qt().withExamples(3_000).withShrinkCycles(200).forAll(requests()).checkAssert(text -> {
      if (SummarizeArgs.parse(text, NOW) instanceof SummarizeArgs.Request r && r.window() != null) {
        SummarizeArgs.Result again = SummarizeArgs.parse(r.window(), NOW);
        assertThat(again).as("'%s' echoed as '%s'", text, r.window()).isInstanceOf(SummarizeArgs.Request.class);
        assertThat(((SummarizeArgs.Request) again).since()).isEqualTo(r.since());
      }
    });
  }
}
