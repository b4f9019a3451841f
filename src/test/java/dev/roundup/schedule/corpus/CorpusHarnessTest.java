package dev.roundup.schedule.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.schedule.corpus.ExpectedForm.Cron;
import dev.roundup.schedule.corpus.ExpectedForm.RRule;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness's own parts: expected forms expand as their libraries define them, rules classify by form. */
class CorpusHarnessTest {

  private static final LocalDateTime FRIDAY = LocalDateTime.parse("2010-01-01T00:00");

  private static List<String> cron(String expected, int count) {
    Cron c = (Cron) ExpectedForm.parse(expected);
    return CronExpander.expand(c.crons(), FRIDAY, count).stream().map(LocalDateTime::toString).toList();
  }

  private static List<String> rrule(String expected, int count) {
    RRule r = (RRule) ExpectedForm.parse(expected);
    return RRuleExpander.expand(r.parts(), FRIDAY, count).stream().map(LocalDateTime::toString).toList();
  }

  @Test
  void unix_cron_counts_sunday_as_zero_and_quartz_as_one() {
    assertThat(cron("CRON5:0 9 * * 1-5", 2)).containsExactly("2010-01-01T09:00", "2010-01-04T09:00");
    assertThat(cron("CRON5:0 12 * * 0,6", 2)).containsExactly("2010-01-02T12:00", "2010-01-03T12:00");
    assertThat(cron("QUARTZ:0 0 18 ? * MON-FRI *", 2)).containsExactly("2010-01-01T18:00", "2010-01-04T18:00");
    assertThat(cron("AWSCRON:0 19 ? * THU *", 1)).containsExactly("2010-01-07T19:00");
  }

  @Test
  void cron_steps_lists_and_merged_crons() {
    assertThat(cron("CRON5:*/15 * * * *", 3)).containsExactly("2010-01-01T00:00", "2010-01-01T00:15", "2010-01-01T00:30");
    assertThat(cron("QUARTZ:0 0 0 1,15 * ? *", 3)).containsExactly("2010-01-01T00:00", "2010-01-15T00:00", "2010-02-01T00:00");
    assertThat(cron("CRON5:0 9 * * 1|0 17 * * 5", 2)).containsExactly("2010-01-01T17:00", "2010-01-04T09:00");
  }

  @Test
  void rrule_takes_missing_parts_from_dtstart_and_counts_ordinals_in_the_month() {
    assertThat(rrule("RRULE:FREQ=WEEKLY;INTERVAL=1", 2)).containsExactly("2010-01-01T00:00", "2010-01-08T00:00");
    assertThat(rrule("RRULE:FREQ=MONTHLY;BYDAY=-1FR", 2)).containsExactly("2010-01-29T00:00", "2010-02-26T00:00");
    assertThat(rrule("RRULE:FREQ=MONTHLY;BYMONTHDAY=-2", 2)).containsExactly("2010-01-30T00:00", "2010-02-27T00:00");
    assertThat(rrule("RRULE:FREQ=YEARLY;BYDAY=4TH;BYMONTH=11", 1)).containsExactly("2010-11-25T00:00");
  }

  @Test
  void rrule_intervals_count_weeks_from_the_week_of_dtstart() {
    // the week of Friday 1 Jan 2010 has no Monday on or after DTSTART, so the first is two weeks on
    assertThat(rrule("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", 2)).containsExactly("2010-01-11T00:00", "2010-01-25T00:00");
  }

  @Test
  void support_is_decided_from_phrase_and_expected_form() {
    assertThat(rule("every 2 seconds", "QUARTZ:0/2 * * * * ? *")).isEqualTo("sub-minute");
    assertThat(rule("daily for 3 times", "RRULE:FREQ=DAILY;COUNT=3")).isEqualTo("supported");
    assertThat(rule("every 2 hours twice", "RRULE:FREQ=HOURLY;INTERVAL=2;COUNT=2")).isEqualTo("bounded by a time of day");
    assertThat(rule("daily until march", "RRULE:FREQ=DAILY;UNTIL=20100301")).isEqualTo("supported");
    assertThat(rule("daily except on weekends",
        "RRULE:FREQ=DAILY;INTERVAL=1 EXRULE:BYDAY=SA,SU;INTERVAL=1;FREQ=WEEKLY")).isEqualTo("supported");
    assertThat(rule("daily except tomorrow", "RRULE:FREQ=DAILY;INTERVAL=1 EXDATE:20100102"))
        .isEqualTo("exceptions of dates or times");
    assertThat(rule("3 days ago", "2011-02-25")).isEqualTo("past");
    assertThat(rule("at noon", "CRON5:0 12 * * *")).isEqualTo("bare time read as a rule");
    assertThat(rule("every day at noon", "CRON5:0 12 * * *")).isEqualTo("supported");
    assertThat(rule("tomorrow at 5pm", "2013-02-13T17:00:00-02:00")).isEqualTo("supported");
  }

  private static String rule(String phrase, String expected) {
    CorpusRow row = new CorpusRow(0, phrase, expected, "x/y@1 f (MIT)",
        "2011-02-28T00:00:00 (Mon, US/Eastern)", "one-shot", "");
    return SupportRules.unsupported(row, ExpectedForm.parse(expected)).map(SupportRules.Rule::name)
        .orElse("supported");
  }
}
