package dev.roundup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Slash dates are read in the one order that gives a date; one that reads two ways is refused
 * with both where the user's zone has no month-first custom. Dotted dates are day first.
 */
class SlashDatesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  /** Tuesday 1 December 2026, 10:00. */
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-12-01T10:00");

  private final ScheduleParser parser = new ScheduleParser();

  private String first(String phrase, ZoneId zone) {
    ZonedDateTime now = NOW.atZone(zone);
    ParseResult r = parser.parse(phrase, zone, now);
    assertThat(r).as(phrase).isInstanceOf(Parsed.class);
    return ((Parsed) r).schedule().nextAfter(now).orElseThrow().toLocalDateTime().toString();
  }

  private String refusal(String phrase, ZoneId zone) {
    ParseResult r = parser.parse(phrase, zone, NOW.atZone(zone));
    assertThat(r).as(phrase).isInstanceOf(Refused.class);
    return ((Refused) r).reason();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "on 13/12 | 2026-12-13T09:00",
      "on 12/13 | 2026-12-13T09:00",
      "on 31/12 at 9am | 2026-12-31T09:00",
      "on 12/31 at 11pm | 2026-12-31T23:00",
      "on 05/05 | 2027-05-05T09:00",
      "on 4.3. at 9am | 2027-03-04T09:00",
      "on 04.03.2027 | 2027-03-04T09:00",
      "on 24.12. | 2026-12-24T09:00"})
  void a_date_that_reads_one_way_is_read_that_way_anywhere(String phrase, String first) {
    assertThat(first(phrase, PARIS)).isEqualTo(first);
    assertThat(first(phrase, NEW_YORK)).isEqualTo(first);
  }

  @Test
  void an_end_written_day_first_is_an_end() {
    ZonedDateTime now = NOW.atZone(PARIS);
    Schedule s = ((Parsed) parser.parse("every day until 31/12", PARIS, now)).schedule();
    assertThat(s.describe()).endsWith("until December 31, 2026");
    assertThat(((Parsed) parser.parse("every day until 12/31", PARIS, now)).schedule().spec()).isEqualTo(s.spec());
  }

  @Test
  void a_date_that_reads_two_ways_is_refused_with_both_outside_month_first_zones() {
    assertThat(refusal("on 03/04 at 9am", PARIS))
        .contains("'03/04' could be 4 March or 3 April", "\"3 April\"", "\"2027-04-03\"");
    assertThat(refusal("on 12/11", PARIS)).contains("11 December or 12 November", "\"2027-11-12\"");
    assertThat(first("on 03/04 at 9am", NEW_YORK)).isEqualTo("2027-03-04T09:00");
  }

  @Test
  void a_date_that_exists_in_neither_order_says_why() {
    assertThat(refusal("on 13/13", PARIS)).contains("there is no month 13");
  }
}
