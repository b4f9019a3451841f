package dev.roundup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Test helper: parse at a fixed "now" and read the runs as local date-times. */
final class Phrases {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  /** Friday 20 November 2026, 10:30 in New York. */
  static final ZonedDateTime NOW = LocalDateTime.parse("2026-11-20T10:30").atZone(NEW_YORK);

  private static final ScheduleParser PARSER = new ScheduleParser();

  private Phrases() {}

  static Schedule parse(String phrase) {
    return parse(phrase, NOW);
  }

  static Schedule parse(String phrase, ZonedDateTime now) {
    ParseResult result = PARSER.parse(phrase, now.getZone(), now);
    assertThat(result).as("parse of \"%s\"", phrase).isInstanceOf(Parsed.class);
    return ((Parsed) result).schedule();
  }

  static String refusal(String phrase) {
    ParseResult result = PARSER.parse(phrase, NEW_YORK, NOW);
    assertThat(result).as("parse of \"%s\"", phrase).isInstanceOf(Refused.class);
    return ((Refused) result).reason();
  }

  /** The next runs after NOW as local date-times written "yyyy-MM-ddTHH:mm". */
  static List<String> runs(String phrase, int count) {
    return parse(phrase).next(NOW, count).stream()
        .map(z -> z.withZoneSameInstant(NEW_YORK).toLocalDateTime().toString()).toList();
  }
}
