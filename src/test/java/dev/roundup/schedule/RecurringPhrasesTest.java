package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.parse;
import static dev.roundup.schedule.Phrases.runs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recurring phrases, read at Friday 2026-11-20 10:30 New York. */
class RecurringPhrasesTest {

  @ParameterizedTest
  @ValueSource(strings = {"every day", "daily", "Every Day", "each day", "everyday"})
  void every_day_without_a_time_runs_at_nine(String phrase) {
    assertThat(runs(phrase, 3)).containsExactly("2026-11-21T09:00", "2026-11-22T09:00", "2026-11-23T09:00");
    assertThat(parse(phrase).typicalPeriod()).isEqualTo(Duration.ofDays(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"every weekday at 9am", "weekdays at 9 am", "at 9:00 on weekdays",
      "every weekday at 9", "Every  WEEKDAY, at 9AM", "mon-fri at 9am", "monday through friday at 9am"})
  void weekday_forms_skip_the_weekend(String phrase) {
    assertThat(runs(phrase, 3)).containsExactly("2026-11-23T09:00", "2026-11-24T09:00", "2026-11-25T09:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"every workday at 9am", "every working day at 9am", "workdays at 9am",
      "every business day at 9am"})
  void workdays_and_business_days_are_weekdays(String phrase) {
    assertThat(runs(phrase, 3)).containsExactly("2026-11-23T09:00", "2026-11-24T09:00", "2026-11-25T09:00");
  }

  /**
   * A dot between hour and minutes, and four digits, after "at" or with am/pm; without either
   * "24.12" could be a date, so RefusalTest holds that "every monday 9.30" is refused.
   */
  @ParameterizedTest
  @ValueSource(strings = {"every monday at 9.30", "every monday at 9.30am", "9.30 a.m. every monday",
      "every monday at 0930", "every monday @ 0930 hours"})
  void dotted_and_four_digit_times(String phrase) {
    assertThat(runs(phrase, 2)).containsExactly("2026-11-23T09:30", "2026-11-30T09:30");
  }

  @Test
  void a_dotted_or_four_digit_evening_time_is_read_on_the_twenty_four_hour_clock() {
    assertThat(runs("every day at 17.00", 2)).containsExactly("2026-11-20T17:00", "2026-11-21T17:00");
    assertThat(runs("every day at 1700", 2)).containsExactly("2026-11-20T17:00", "2026-11-21T17:00");
    assertThat(runs("every day at 9.30pm", 1)).containsExactly("2026-11-20T21:30");
  }

  @ParameterizedTest
  @ValueSource(strings = {"every day except friday at 5pm", "at 5pm every day except fridays",
      "daily at 17:00 excluding friday", "every day but not friday at 5pm"})
  void except_takes_days_out_of_every_day(String phrase) {
    // Now is Friday 10:30: the first run is Saturday, and no Friday comes in the next two weeks.
    assertThat(runs(phrase, 12)).startsWith("2026-11-21T17:00", "2026-11-22T17:00")
        .contains("2026-11-26T17:00", "2026-11-28T17:00")
        .doesNotContain("2026-11-20T17:00", "2026-11-27T17:00", "2026-12-04T17:00");
  }

  @Test
  void except_takes_days_out_of_the_days_named() {
    assertThat(runs("every weekday except wednesday", 4))
        .containsExactly("2026-11-23T09:00", "2026-11-24T09:00", "2026-11-26T09:00", "2026-11-27T09:00");
    assertThat(runs("daily except weekends at 7", 3))
        .containsExactly("2026-11-23T07:00", "2026-11-24T07:00", "2026-11-25T07:00");
    assertThat(runs("every day except sat, sun and mon", 3))
        .containsExactly("2026-11-24T09:00", "2026-11-25T09:00", "2026-11-26T09:00");
  }

  @Test
  void except_in_a_month_skips_that_month() {
    assertThat(runs("every month on the 1st except in december", 2))
        .containsExactly("2027-01-01T09:00", "2027-02-01T09:00");
    assertThat(runs("every monday except in december and january", 3))
        .containsExactly("2026-11-23T09:00", "2026-11-30T09:00", "2027-02-01T09:00");
    assertThat(runs("every weekday except wednesday, except in december", 3))
        .containsExactly("2026-11-23T09:00", "2026-11-24T09:00", "2026-11-26T09:00");
  }

  @Test
  void a_rule_with_exceptions_says_which_days_it_runs_on() {
    assertThat(parse("every day except friday at 5pm").describe())
        .isEqualTo("every day except Friday at 5:00 PM");
    assertThat(parse("every weekday except in august").describe())
        .isEqualTo("every weekday except in August at 9:00 AM");
    assertThat(parse("every weekday except wednesday").describe())
        .isEqualTo("every Monday, Tuesday, Thursday and Friday at 9:00 AM");
    assertThat(parse("quarterly").describe())
        .isEqualTo("every year on the 1st in January, April, July and October at 9:00 AM");
  }

  /** Now is Friday 20 November: "starting Monday" delays the rule, never narrows it to Mondays. */
  @ParameterizedTest
  @ValueSource(strings = {"every day starting monday", "starting monday every day",
      "every day from monday", "every day beginning next week", "every day at 9am starting 11/23",
      "every day starting from next week"})
  void a_start_date_delays_the_rule_without_changing_its_days(String phrase) {
    assertThat(runs(phrase, 3)).containsExactly("2026-11-23T09:00", "2026-11-24T09:00", "2026-11-25T09:00");
  }

  @Test
  void what_a_started_rule_leaves_open_is_filled_from_its_first_day() {
    assertThat(runs("every friday starting dec 4", 3))
        .containsExactly("2026-12-04T09:00", "2026-12-11T09:00", "2026-12-18T09:00");
    assertThat(runs("every week starting dec 4", 2)).containsExactly("2026-12-04T09:00", "2026-12-11T09:00");
    assertThat(runs("every month starting january", 2)).containsExactly("2027-01-01T09:00", "2027-02-01T09:00");
    assertThat(runs("every other monday starting next month", 2))
        .containsExactly("2026-12-07T09:00", "2026-12-21T09:00");
  }

  @Test
  void a_start_date_is_shown_and_a_start_already_passed_is_none() {
    assertThat(parse("every weekday at 9am starting dec 7").describe())
        .isEqualTo("every weekday at 9:00 AM starting December 7, 2026");
    // a description read back after its start date: the schedule has begun
    Schedule begun = parse("every weekday at 9:00 AM starting November 2, 2026");
    assertThat(begun.describe()).isEqualTo("every weekday at 9:00 AM");
    assertThat(runs("every weekday at 9:00 AM starting November 2, 2026", 1)).containsExactly("2026-11-23T09:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"every day until wednesday", "every day till nov 25", "daily through 11/25",
      "every day starting monday until wednesday", "every day from monday through wednesday"})
  void an_end_date_is_the_last_day_a_rule_runs(String phrase) {
    List<String> all = runs(phrase, 10);
    assertThat(all).last().isEqualTo("2026-11-25T09:00");
    assertThat(all).doesNotContain("2026-11-26T09:00");
  }

  @Test
  void an_end_comes_after_the_start_and_an_open_end_is_no_end() {
    // "until March" after an April start is the March after it (until it begins, as recurrent reads it)
    assertThat(runs("every monday starting in april until march", 1)).containsExactly("2027-04-05T09:00");
    assertThat(parse("every monday starting in april until march").describe())
        .isEqualTo("every Monday at 9:00 AM starting April 1, 2027 until March 1, 2028");
    assertThat(runs("every day until further notice", 2)).containsExactly("2026-11-21T09:00", "2026-11-22T09:00");
    assertThat(runs("every weekday at 9am until cancelled", 1)).containsExactly("2026-11-23T09:00");
    // a range of days, not an end date
    assertThat(runs("every week on saturday thru tuesday", 4))
        .containsExactly("2026-11-21T09:00", "2026-11-22T09:00", "2026-11-23T09:00", "2026-11-24T09:00");
    assertThat(Phrases.refusal("every day starting december 10, 2026 until december 1, 2026"))
        .contains("no run before its end date");
    assertThat(Phrases.refusal("every day until november 1, 2026")).contains("no run before its end date");
    // an end with no year that passed within the last month is a slip, refused, not next year's
    // (made on November 20: "until nov 19" and "until nov 20" at 10:30, after 9:00)
    assertThat(Phrases.refusal("every day until nov 19")).contains("no run before its end date");
    assertThat(Phrases.refusal("every day at 9am until nov 20")).contains("no run before its end date");
    // a date long past this year is next year's, as before
    assertThat(runs("every monday until october 5", 60)).endsWith("2027-10-04T09:00");
  }

  @Test
  void from_before_a_time_is_not_a_start_date() {
    assertThat(Phrases.refusal("every hour from 9am")).contains("not both");
    assertThat(runs("starting tomorrow at 9", 1)).containsExactly("2026-11-21T09:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"last business day of the month", "every last working day of the month",
      "every month on the last weekday", "the last workday of every month"})
  void the_last_weekday_of_the_month(String phrase) {
    // November 2026 ends on a Monday, January 2027 on a Sunday, February 2027 on a Sunday
    assertThat(runs(phrase, 4)).containsExactly(
        "2026-11-30T09:00", "2026-12-31T09:00", "2027-01-29T09:00", "2027-02-26T09:00");
    assertThat(parse(phrase).describe()).isEqualTo("every month on the last weekday at 9:00 AM");
  }

  @Test
  void nth_weekdays_of_the_month_count_monday_to_friday() {
    // 1 January 2027 is a Friday, 1 May 2027 a Saturday
    assertThat(runs("first business day of the month at 8am", 6)).containsExactly("2026-12-01T08:00",
        "2027-01-01T08:00", "2027-02-01T08:00", "2027-03-01T08:00", "2027-04-01T08:00", "2027-05-03T08:00");
    assertThat(runs("the 2nd and last workday of the month at 10", 3))
        .containsExactly("2026-11-30T10:00", "2026-12-02T10:00", "2026-12-31T10:00");
    assertThat(runs("quarterly on the last business day", 2)).containsExactly("2027-01-29T09:00", "2027-04-30T09:00");
    assertThat(runs("every quarter on the 15th", 1)).containsExactly("2027-01-15T09:00");
    assertThat(Phrases.refusal("every week on the last weekday")).contains("counts within a month");
    assertThat(Phrases.refusal("the 25th weekday of the month")).contains("no month has a 25th weekday");
    // a named day stays an nth weekday: "last friday", not the last weekday
    assertThat(runs("last friday of the month", 1)).containsExactly("2026-11-27T09:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"every quarter", "quarterly", "once a quarter"})
  void a_quarter_starts_on_the_first_of_january_april_july_and_october(String phrase) {
    assertThat(runs(phrase, 3)).containsExactly("2027-01-01T09:00", "2027-04-01T09:00", "2027-07-01T09:00");
  }

  @Test
  void every_weekend_runs_on_saturday_and_sunday() {
    assertThat(runs("every weekend at noon", 3))
        .containsExactly("2026-11-21T12:00", "2026-11-22T12:00", "2026-11-28T12:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mon, Wed and Fri at 4pm", "mondays, wednesdays and fridays at 16:00",
      "every mon/wed/fri at 4 pm", "4pm every monday, wednesday and friday"})
  void lists_of_named_days_repeat_on_each(String phrase) {
    assertThat(runs(phrase, 4)).containsExactly(
        "2026-11-20T16:00", "2026-11-23T16:00", "2026-11-25T16:00", "2026-11-27T16:00");
    assertThat(parse(phrase).recurring()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"every tuesday and thursday", "tue/thu", "Tuesdays and Thursdays"})
  void two_days_a_week(String phrase) {
    assertThat(runs(phrase, 3)).containsExactly("2026-11-24T09:00", "2026-11-26T09:00", "2026-12-01T09:00");
  }

  @Test
  void mondays_alone_is_weekly() {
    Schedule s = parse("Mondays");
    assertThat(runs("Mondays", 2)).containsExactly("2026-11-23T09:00", "2026-11-30T09:00");
    assertThat(s.typicalPeriod()).isEqualTo(Duration.ofDays(7));
    assertThat(s.describe()).isEqualTo("every Monday at 9:00 AM");
  }

  @Test
  void every_other_and_every_n_weeks_start_at_the_first_upcoming_match() {
    assertThat(runs("every 2 weeks on Monday", 3))
        .containsExactly("2026-11-23T09:00", "2026-12-07T09:00", "2026-12-21T09:00");
    assertThat(runs("every other friday at 3pm", 3))
        .containsExactly("2026-11-20T15:00", "2026-12-04T15:00", "2026-12-18T15:00");
    assertThat(parse("every 2 weeks on Monday").typicalPeriod()).isEqualTo(Duration.ofDays(14));
  }

  @Test
  void every_n_days_counts_from_the_first_run() {
    assertThat(runs("every 3 days at 10am", 3))
        .containsExactly("2026-11-21T10:00", "2026-11-24T10:00", "2026-11-27T10:00");
  }

  @Test
  void hourly_forms_step_from_midnight() {
    assertThat(runs("every hour", 2)).containsExactly("2026-11-20T11:00", "2026-11-20T12:00");
    assertThat(runs("every 2 hours", 2)).containsExactly("2026-11-20T12:00", "2026-11-20T14:00");
    assertThat(runs("every 30 minutes", 2)).containsExactly("2026-11-20T11:00", "2026-11-20T11:30");
    assertThat(parse("every 30 minutes").typicalPeriod()).isEqualTo(Duration.ofMinutes(30));
  }

  @ParameterizedTest
  @ValueSource(strings = {"on the 1st of every month", "every month on the 1st", "monthly on the 1st",
      "the first of each month", "start of each month"})
  void first_day_of_the_month(String phrase) {
    assertThat(runs(phrase, 3)).containsExactly("2026-12-01T09:00", "2027-01-01T09:00", "2027-02-01T09:00");
  }

  @Test
  void last_day_of_every_month_follows_month_lengths() {
    assertThat(runs("last day of every month at 5pm", 4)).containsExactly(
        "2026-11-30T17:00", "2026-12-31T17:00", "2027-01-31T17:00", "2027-02-28T17:00");
  }

  @Test
  void the_31st_skips_short_months_and_says_so() {
    Schedule s = parse("on the 31st of every month");
    assertThat(runs("on the 31st of every month", 3))
        .containsExactly("2026-12-31T09:00", "2027-01-31T09:00", "2027-03-31T09:00");
    assertThat(s.describe()).contains("skipped");
    assertThat(parse("every month on the 15th").describe()).doesNotContain("skipped");
  }

  @ParameterizedTest
  @ValueSource(strings = {"first Monday of the month", "every first monday of the month",
      "1st mon of each month"})
  void nth_weekday_of_the_month(String phrase) {
    assertThat(runs(phrase, 3)).containsExactly("2026-12-07T09:00", "2027-01-04T09:00", "2027-02-01T09:00");
  }

  @Test
  void every_second_tuesday_and_last_friday() {
    assertThat(runs("every 2nd Tuesday", 2)).containsExactly("2026-12-08T09:00", "2027-01-12T09:00");
    assertThat(runs("last Friday of the month at 4pm", 2))
        .containsExactly("2026-11-27T16:00", "2026-12-25T16:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"every year on January 1st", "annually on jan 1", "yearly on 1 January"})
  void yearly_dates(String phrase) {
    assertThat(runs(phrase, 2)).containsExactly("2027-01-01T09:00", "2028-01-01T09:00");
  }

  @Test
  void several_times_a_day() {
    assertThat(runs("every day at 10, 12 and 17", 4)).containsExactly(
        "2026-11-20T12:00", "2026-11-20T17:00", "2026-11-21T10:00", "2026-11-21T12:00");
  }

  @Test
  void describe_reads_like_the_phrase() {
    assertThat(parse("every weekday at 9am").describe()).isEqualTo("every weekday at 9:00 AM");
    assertThat(parse("every other week on monday at 14:30").describe())
        .isEqualTo("every other week on Monday at 2:30 PM");
  }
}
