package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.parse;
import static dev.roundup.schedule.Phrases.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A zone named after a time ("9am ET", "Europe/Berlin", "London time") places the schedule there. */
class NamedZoneTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** A user in Berlin, on Tuesday 1 December 2026 at 10:00. */
  private static final ZonedDateTime BERLIN_NOW = LocalDateTime.parse("2026-12-01T10:00").atZone(BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "every weekday at 9am ET | America/New_York",
      "every weekday at 9am EST | America/New_York",
      "every weekday at 9am eastern time | America/New_York",
      "every monday at 9 am PST | America/Los_Angeles",
      "every monday at 9am pacific | America/Los_Angeles",
      "every monday at 9am west coast time | America/Los_Angeles",
      "every friday at 4pm CST | America/Chicago",
      "every day at 9:30 MT | America/Denver",
      "every day at 9am Europe/London | Europe/London",
      "every day at 9am america/new_york | America/New_York",
      "every day at 9am America/Argentina/Buenos_Aires | America/Argentina/Buenos_Aires",
      "every day at 9am in New York time | America/New_York",
      "every day at 9am Sao Paulo time | America/Sao_Paulo",
      "every day at 9am India time | Asia/Kolkata",
      "every day at 9am IST | Asia/Kolkata",
      "every day at 9am JST | Asia/Tokyo",
      "every day at 9am (BST) | Europe/London",
      "every day at 17:00 CET | CET",
      "every day at 17:00 central european time | CET",
      "every day at noon UTC | UTC",
      "every day at noon GMT | UTC",
      "every day at 9am UTC+2 | +02:00",
      "every day at 9am GMT-5 | -05:00",
      "every day at 9am utc +05:30 | +05:30"})
  void the_zone_named_is_the_schedules(String phrase, String zone) {
    Schedule s = parse(phrase, BERLIN_NOW);
    assertThat(s.zone()).isEqualTo(ZoneId.of(zone));
    ZonedDateTime first = s.nextAfter(BERLIN_NOW).orElseThrow();
    assertThat(first.getZone()).isEqualTo(ZoneId.of(zone));
  }

  @Test
  void nine_eastern_is_three_in_berlin_and_stays_nine_in_new_york_across_both_changes() {
    // The US changes clocks on 8 March 2026, Europe on 29 March: for three weeks New York is five
    // hours behind Berlin instead of six. A schedule in New York time keeps 9:00 there.
    ZonedDateTime now = LocalDateTime.parse("2026-03-02T10:00").atZone(BERLIN);
    List<ZonedDateTime> runs = parse("every weekday at 9am ET", now).next(now, 25);
    assertThat(runs).allSatisfy(run -> assertThat(run.toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
    List<LocalTime> inBerlin = new ArrayList<>();
    for (ZonedDateTime run : runs) {
      LocalTime there = run.withZoneSameInstant(BERLIN).toLocalTime();
      if (inBerlin.isEmpty() || !inBerlin.get(inBerlin.size() - 1).equals(there)) {
        inBerlin.add(there); // each change of the gap once
      }
    }
    assertThat(inBerlin).containsExactly(LocalTime.of(15, 0), LocalTime.of(14, 0), LocalTime.of(15, 0));
  }

  @Test
  void a_one_off_in_another_zone_is_that_zones_tomorrow() {
    // 10:00 in Berlin is 1:00 in Los Angeles: "tomorrow" there is 2 December.
    ZonedDateTime run = parse("tomorrow at 3pm PT", BERLIN_NOW).nextAfter(BERLIN_NOW).orElseThrow();
    assertThat(run.toLocalDateTime()).hasToString("2026-12-02T15:00");
    assertThat(run.toInstant()).isEqualTo(ZonedDateTime.parse("2026-12-03T00:00+01:00[Europe/Berlin]").toInstant());
  }

  @Test
  void a_time_already_past_there_is_judged_there() {
    // 10:00 in Berlin is 9:00 in London: "at 9:30 London time" is still to come today.
    ZonedDateTime run = parse("at 9:30 london time", BERLIN_NOW).nextAfter(BERLIN_NOW).orElseThrow();
    assertThat(run.toLocalDateTime()).hasToString("2026-12-01T09:30");
    assertThat(run.getZone()).isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void my_time_and_local_time_are_the_users_own_zone() {
    assertThat(parse("every day at 9am my time", BERLIN_NOW).zone()).isEqualTo(BERLIN);
    assertThat(parse("every day at 9am local time", BERLIN_NOW).zone()).isEqualTo(BERLIN);
    assertThat(parse("every day at 9am", BERLIN_NOW).zone()).isEqualTo(BERLIN);
  }

  @Test
  void two_zones_or_a_zone_and_my_time_are_refused_in_words() {
    assertThat(refusal("every day at 9am ET and 5pm CET")).contains("two time zones");
    assertThat(refusal("at 9am my time and 5pm UTC")).contains("your own time and");
  }

  @Test
  void a_zone_word_not_after_a_time_is_not_a_zone() {
    assertThat(refusal("pacific every day at 9")).contains("'pacific'");
    assertThat(refusal("every day central")).contains("'central'");
    // a word that is a zone only before "time" is nothing on its own
    assertThat(refusal("every day at 9am india")).contains("'india'");
  }

  @Test
  void located_in_a_command_the_zone_is_read_only_beside_the_time() {
    ScheduleParser parser = new ScheduleParser();
    String command = "remind the pacific team every monday at 9am to file hours";
    Optional<Located> located = parser.locate(command, BERLIN, BERLIN_NOW);
    assertThat(located).isPresent();
    assertThat(command.substring(located.get().start(), located.get().end())).isEqualTo("every monday at 9am");
    assertThat(located.get().schedule().zone()).isEqualTo(BERLIN);

    String withZone = "every monday at 9am ET summarize #incidents";
    Located there = parser.locate(withZone, BERLIN, BERLIN_NOW).orElseThrow();
    assertThat(withZone.substring(there.start(), there.end())).isEqualTo("every monday at 9am ET");
    assertThat(there.schedule().zone()).isEqualTo(ZoneId.of("America/New_York"));
  }

  @Test
  void a_description_names_the_zone_and_reads_back_in_it() {
    Schedule s = parse("every weekday at 9am ET", BERLIN_NOW);
    assertThat(s.describe()).isEqualTo("every weekday at 9:00 AM America/New_York");
    assertThat(parse(s.describe(), BERLIN_NOW)).isEqualTo(s);
    Schedule once = parse("tomorrow at 3pm UTC+2", BERLIN_NOW);
    assertThat(once.describe()).isEqualTo("once, on Wed 2 Dec 2026 at 3:00 PM UTC+02:00");
    // in the user's own zone nothing changes
    assertThat(parse("every weekday at 9am", BERLIN_NOW).describe()).isEqualTo("every weekday at 9:00 AM");
  }

  @Test
  void the_named_zone_survives_the_stored_spec() {
    Schedule s = parse("every weekday at 9am ET starting dec 7", BERLIN_NOW);
    assertThat(s.spec()).contains("tz=America/New_York");
    assertThat(Schedules.fromSpec(s.spec())).isEqualTo(s);
    Schedule offset = parse("tomorrow at 9am UTC+2", BERLIN_NOW);
    assertThat(Schedules.fromSpec(offset.spec())).isEqualTo(offset);
    assertThat(offset.zone()).isEqualTo(ZoneOffset.ofHours(2));
  }
}
