package dev.roundup.suggest;

import static dev.roundup.suggest.Histories.ROUNDUP;
import static dev.roundup.suggest.Histories.at;
import static dev.roundup.suggest.Histories.last;
import static dev.roundup.suggest.Histories.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The detector on hand-made histories: each kind of rhythm it must find, and each distractor it
 * must not take for one. "Now" is Monday 30 November 2026, 08:00 UTC.
 */
class DetectorTest {

  static final String ALICE = "U0ALICE";
  static final String BORIS = "U0BORIS";
  static final String CHEN = "U0CHEN";
  static final String DANA = "U0DANA";
  static final String TEAM = "C0TEAM";
  static final String GENERAL = "C0GENERAL";
  static final String INCIDENTS = "C0INC";
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static Histories people() {
    return new Histories("U0BUILD").zone(ALICE, "Europe/Berlin").zone(BORIS, "America/New_York")
        .zone(CHEN, "Europe/London").zone(DANA, "Europe/London");
  }

  @Nested
  class Rhythms {

    @Test
    void a_message_posted_on_each_of_the_last_four_fridays_around_ten_is_offered_as_a_weekly_reminder() {
      Histories h = people();
      List<String> ts = new ArrayList<>();
      int[] minutes = {2, -2, 5, -5};
      List<LocalDate> fridays = last(4, DayOfWeek.FRIDAY);
      for (int i = 0; i < 4; i++) {
        ts.add(h.post(ALICE, TEAM, at(fridays.get(i), 10, 0, BERLIN).plusMinutes(minutes[i]),
            "Timesheets are due today at 5pm"));
      }
      h.post(ALICE, TEAM, at(LocalDate.of(2026, 11, 18), 14, 12, BERLIN), "Pushed the fix for the login page");

      List<Candidate> found = h.detect();

      assertThat(found).hasSize(1);
      Candidate c = found.get(0);
      assertThat(c.kind()).isEqualTo(Kind.REMIND);
      assertThat(c.user()).isEqualTo(ALICE);
      assertThat(c.channel()).isEqualTo(TEAM);
      assertThat(c.phrase()).isEqualTo("every Friday at 10:00");
      assertThat(c.text()).isEqualTo("Timesheets are due today at 5pm");
      assertThat(c.pattern()).isEqualTo("on each of the last 4 Fridays around 10:00 AM");
      assertThat(c.evidence()).extracting(Occurrence::ts).containsExactlyElementsOf(ts);
      assertThat(c.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void a_rhythm_around_ten_local_time_stays_at_ten_across_a_daylight_saving_change() {
      Histories h = people();
      // New York leaves daylight-saving time on 1 November: 10:00 is 14:00 UTC before, 15:00 after.
      for (LocalDate monday : last(8, DayOfWeek.MONDAY)) {
        h.post(BORIS, TEAM, at(monday, 10, 0, NEW_YORK).plusMinutes(monday.getDayOfMonth() % 5),
            "Standup notes go in the team doc this week");
      }

      Candidate c = h.detect().get(0);

      assertThat(c.phrase()).isEqualTo("every Monday at 10:00");
      assertThat(c.evidence()).hasSize(8);
      assertThat(c.evidence().get(0).at().atZone(ZoneId.of("UTC")).getHour()).isEqualTo(14);
      assertThat(c.evidence().get(7).at().atZone(ZoneId.of("UTC")).getHour()).isEqualTo(15);
    }

    @Test
    void a_message_posted_every_weekday_is_offered_every_weekday_despite_a_holiday() {
      Histories h = people();
      for (LocalDate d : weekdays(4)) {
        if (!d.equals(LocalDate.of(2026, 11, 26)) && !d.equals(LocalDate.of(2026, 11, 27))) {
          h.post(CHEN, TEAM, at(d, 9, 55, LONDON).plusMinutes(d.getDayOfMonth() % 3 - 1),
              "Standup in 5 minutes: <https://meet.example.com/standup|join here>");
        }
      }

      Candidate c = h.detect().get(0);

      assertThat(c.phrase()).isEqualTo("every weekday at 09:55");
      assertThat(c.pattern()).isEqualTo("on 18 of the last 20 weekdays around 9:55 AM");
    }

    @Test
    void a_message_posted_on_the_first_monday_of_four_months_is_offered_monthly() {
      Histories h = people();
      for (LocalDate d : List.of(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 5),
          LocalDate.of(2026, 11, 2))) {
        h.post(DANA, TEAM, at(d, 9, 0, LONDON), "Please submit your expense reports for last month");
      }

      Candidate c = h.detect().get(0);

      assertThat(c.phrase()).isEqualTo("on the first Monday of every month at 09:00");
      assertThat(c.pattern()).isEqualTo("on each of the last 4 first Mondays of the month around 9:00 AM");
    }

    @Test
    void a_message_posted_on_tuesdays_and_thursdays_is_offered_on_both_days() {
      Histories h = people();
      for (LocalDate d : weekdays(5)) {
        if (d.getDayOfWeek() == DayOfWeek.TUESDAY || d.getDayOfWeek() == DayOfWeek.THURSDAY) {
          h.post(ALICE, TEAM, at(d, 14, 0, BERLIN), "Design critique at 3pm, bring one screen each");
        }
      }

      assertThat(h.detect()).extracting(Candidate::phrase).containsExactly("every Tuesday and Thursday at 14:00");
    }

    @Test
    void a_reminder_reworded_from_week_to_week_is_still_one_rhythm_offered_in_its_latest_words() {
      Histories h = people();
      List<String> wordings = List.of("Reminder: timesheets due today by 5pm", "Don't forget your timesheets, 5pm today",
          "Timesheets are due today at 5pm");
      List<LocalDate> wednesdays = last(6, DayOfWeek.WEDNESDAY);
      for (int i = 0; i < wednesdays.size(); i++) {
        h.post(BORIS, TEAM, at(wednesdays.get(i), 16, 30, NEW_YORK), wordings.get(i % 3));
      }

      List<Candidate> found = h.detect();

      assertThat(found).hasSize(1);
      assertThat(found.get(0).phrase()).isEqualTo("every Wednesday at 16:30");
      assertThat(found.get(0).evidence()).hasSize(6);
      assertThat(found.get(0).text()).isEqualTo("Timesheets are due today at 5pm");
    }

    @Test
    void a_skipped_week_does_not_break_a_weekly_rhythm() {
      Histories h = people();
      List<LocalDate> fridays = last(6, DayOfWeek.FRIDAY);
      for (LocalDate d : fridays) {
        if (!d.equals(fridays.get(2))) {
          h.post(ALICE, TEAM, at(d, 11, 0, BERLIN), "Please update the sprint board before planning");
        }
      }

      assertThat(h.detect()).extracting(Candidate::pattern)
          .containsExactly("on 5 of the last 6 Fridays around 11:00 AM");
    }
  }

  @Nested
  class SummaryRequests {

    @Test
    void the_same_summary_asked_of_roundup_every_monday_is_offered_as_a_summarize_task() {
      Histories h = people();
      List<String> ts = new ArrayList<>();
      for (LocalDate monday : last(5, DayOfWeek.MONDAY)) {
        ts.add(h.post(ALICE, GENERAL, at(monday, 9, 0, BERLIN).plusMinutes(monday.getDayOfMonth() % 7),
            "<@" + ROUNDUP + "> summarize <#" + INCIDENTS + "|incidents> 7d"));
      }

      List<Candidate> found = h.detect();

      assertThat(found).hasSize(1);
      Candidate c = found.get(0);
      assertThat(c.kind()).isEqualTo(Kind.SUMMARIZE);
      assertThat(c.channel()).isEqualTo(INCIDENTS);
      assertThat(c.phrase()).isEqualTo("every Monday at 09:00");
      assertThat(c.window()).isEqualTo("last 7 days");
      assertThat(c.text()).isEmpty();
      assertThat(c.evidence()).extracting(Occurrence::ts).containsExactlyElementsOf(ts);
    }

    @Test
    void the_same_summarize_command_every_monday_is_offered_and_cites_the_commands() {
      Histories h = people();
      for (LocalDate monday : last(4, DayOfWeek.MONDAY)) {
        h.command(ALICE, "<#" + INCIDENTS + "|incidents> 7d", GENERAL, at(monday, 8, 45, BERLIN));
      }

      Candidate c = h.detect().get(0);

      assertThat(c.kind()).isEqualTo(Kind.SUMMARIZE);
      assertThat(c.channel()).isEqualTo(INCIDENTS);
      assertThat(c.phrase()).isEqualTo("every Monday at 08:45");
      assertThat(c.evidence()).allSatisfy(o -> {
        assertThat(o.isMessage()).isFalse();
        assertThat(o.command()).isEqualTo("/summarize <#C0INC|incidents> 7d");
      });
    }

    @Test
    void a_channel_summarized_often_at_scattered_times_is_offered_as_a_digest() {
      Histories h = people();
      int[][] slots = {{0, 9, 10}, {2, 13, 40}, {3, 10, 5}, {7, 11, 20}, {8, 15, 0}, {10, 9, 45},
          {14, 12, 30}, {15, 10, 50}, {17, 14, 10}, {21, 11, 0}, {23, 10, 30}, {24, 13, 15}};
      List<LocalDate> days = weekdays(5);
      String[] windows = {"", "today", "3d", "since yesterday"};
      for (int i = 0; i < slots.length; i++) {
        h.post(CHEN, TEAM, at(days.get(slots[i][0]), slots[i][1], slots[i][2], LONDON),
            "<@" + ROUNDUP + "> summarize " + windows[i % windows.length]);
      }

      List<Candidate> found = h.detect();

      assertThat(found).hasSize(1);
      Candidate c = found.get(0);
      assertThat(c.kind()).isEqualTo(Kind.DIGEST);
      assertThat(c.channel()).isEqualTo(TEAM);
      assertThat(c.phrase()).startsWith("every weekday at ");
      assertThat(c.pattern()).matches("\\d+ times in the last 4 weeks");
    }

    @Test
    void a_request_roundup_answered_in_a_thread_is_still_a_channel_request() {
      Histories h = people();
      for (LocalDate monday : last(4, DayOfWeek.MONDAY)) {
        // Roundup's answer goes in a thread under the request, which makes the request its parent.
        String ts = h.ts(at(monday, 9, 0, BERLIN));
        h.add(new SeenMessage(TEAM, ts, ts, ALICE, null, null, "<@" + ROUNDUP + "> summarize 7d"));
        h.add(new SeenMessage(TEAM, h.ts(at(monday, 9, 1, BERLIN)), ts, ROUNDUP, "B0BOT", null, "Summary of …"));
      }

      assertThat(h.detect()).extracting(Candidate::kind, Candidate::channel, Candidate::phrase)
          .containsExactly(tuple(Kind.SUMMARIZE, TEAM, "every Monday at 09:00"));
    }

    @Test
    void a_request_in_a_thread_summarizes_the_thread_and_is_not_a_channel_request() {
      Histories h = people();
      List<String> topics = List.of("the cache outage", "the billing retry storm", "the login timeouts",
          "the DNS change", "the queue backlog");
      List<LocalDate> mondays = last(5, DayOfWeek.MONDAY);
      for (int i = 0; i < mondays.size(); i++) {
        LocalDate monday = mondays.get(i);
        String parent = h.post(DANA, TEAM, at(monday, 8, 0, LONDON).plusHours(i), "Incident review of " + topics.get(i));
        h.add(new SeenMessage(TEAM, h.ts(at(monday, 9, 0, LONDON)), parent, DANA, null, null,
            "<@" + ROUNDUP + "> summarize"));
      }

      assertThat(h.detect()).isEmpty();
    }
  }

  @Nested
  class Distractors {

    @Test
    void the_same_words_at_irregular_times_are_not_a_rhythm() {
      Histories h = people();
      int[][] days = {{0, 9}, {4, 15}, {6, 11}, {13, 10}, {15, 16}, {22, 9}, {26, 14}, {33, 12}, {38, 10}};
      List<LocalDate> all = weekdays(9);
      for (int[] d : days) {
        h.post(ALICE, TEAM, at(all.get(d[0]), d[1], 20, BERLIN), "Reminder: please review open pull requests");
      }

      assertThat(h.detect()).isEmpty();
    }

    @Test
    void a_weekly_rhythm_that_stopped_a_month_ago_is_not_offered() {
      Histories h = people();
      for (LocalDate d : last(10, DayOfWeek.THURSDAY).subList(0, 6)) {
        h.post(BORIS, TEAM, at(d, 15, 0, NEW_YORK), "Release freeze starts tonight at 8pm, merge before then");
      }

      assertThat(h.detect()).isEmpty();
    }

    @Test
    void the_same_words_from_different_people_in_turn_are_nobody_s_rhythm() {
      Histories h = people();
      List<String> crew = List.of(ALICE, BORIS, CHEN, DANA);
      List<LocalDate> fridays = last(12, DayOfWeek.FRIDAY);
      for (int i = 0; i < fridays.size(); i++) {
        String who = crew.get(i % crew.size());
        h.post(who, TEAM, at(fridays.get(i), 16, 0, h.zoneOf(who)), "Who is on call this weekend? Please check the rota");
      }

      assertThat(h.detect()).isEmpty();
    }

    @Test
    void good_morning_every_weekday_is_small_talk_not_a_task() {
      Histories h = people();
      for (LocalDate d : weekdays(6)) {
        h.post(CHEN, TEAM, at(d, 9, 0, LONDON), d.getDayOfMonth() % 2 == 0 ? "Good morning team!" : "morning all");
      }

      assertThat(h.detect()).isEmpty();
    }

    @Test
    void standup_updates_share_their_headings_but_not_their_news() {
      Histories h = people();
      String[] news = {"fixed the login bug", "reviewed the billing migration", "paired on the cache",
          "wrote the onboarding doc", "shipped the export fix", "triaged support tickets", "benchmarked the queue"};
      List<LocalDate> days = weekdays(5);
      for (int i = 0; i < days.size(); i++) {
        h.post(DANA, TEAM, at(days.get(i), 9, 30, LONDON), "Yesterday: " + news[i % news.length] + ". Today: "
            + news[(i * 3 + 1) % news.length] + ". Blockers: none");
      }

      assertThat(h.detect()).isEmpty();
    }

    @Test
    void bots_slackbot_and_roundup_itself_posting_on_schedules_are_never_evidence() {
      Histories h = people();
      for (LocalDate d : weekdays(6)) {
        ZoneId utc = ZoneId.of("UTC");
        h.add(new SeenMessage(TEAM, h.ts(at(d, 8, 0, utc)), null, "U0BUILD", "B0BUILD", "bot_message",
            "Nightly build passed"));
        h.add(new SeenMessage(TEAM, h.ts(at(d, 8, 5, utc)), null, null, "B0HOOK", "bot_message",
            "Deploy window open"));
        h.add(new SeenMessage(TEAM, h.ts(at(d, 8, 10, utc)), null, "USLACKBOT", null, null,
            "Reminder: submit your timesheet."));
        h.add(new SeenMessage(TEAM, h.ts(at(d, 8, 15, utc)), null, ROUNDUP, "B0BOT", null,
            "Summary of <#C0INC> for the last 24 hours"));
        h.add(new SeenMessage(TEAM, h.ts(at(d, 8, 20, utc)), null, "U0ALICE", "B0INTEGRATION", null,
            "Posted by an app on Alice's behalf"));
      }

      assertThat(h.history().posts()).isEmpty();
      assertThat(h.detect()).isEmpty();
    }

    @Test
    void a_reply_posted_in_a_thread_every_week_is_conversation_not_a_post() {
      Histories h = people();
      List<String> news = List.of("search filters", "the billing page", "dark mode", "CSV exports",
          "the new sidebar", "faster login");
      List<LocalDate> fridays = last(6, DayOfWeek.FRIDAY);
      for (int i = 0; i < fridays.size(); i++) {
        LocalDate friday = fridays.get(i);
        String parent = h.post(BORIS, TEAM, at(friday, 9, 0, NEW_YORK), "This week we shipped " + news.get(i));
        h.add(new SeenMessage(TEAM, h.ts(at(friday, 10, 0, NEW_YORK)), parent, ALICE, null, null,
            "Deployed to staging, see the dashboard"));
      }

      assertThat(h.detect()).isEmpty();
    }

    @Test
    void three_weeks_are_not_enough_to_call_it_a_rhythm() {
      Histories h = people();
      for (LocalDate d : last(3, DayOfWeek.TUESDAY)) {
        h.post(ALICE, TEAM, at(d, 10, 0, BERLIN), "Book your desk for next week in the office app");
      }

      assertThat(h.detect()).isEmpty();
    }

    @Test
    void the_same_day_every_week_at_any_time_of_day_is_not_a_rhythm_at_a_time() {
      Histories h = people();
      int[] hours = {9, 16, 12, 10, 15, 11, 17, 13};
      List<LocalDate> fridays = last(8, DayOfWeek.FRIDAY);
      for (int i = 0; i < fridays.size(); i++) {
        h.post(ALICE, TEAM, at(fridays.get(i), hours[i], 0, BERLIN), "Please update your profile photo");
      }

      assertThat(h.detect()).isEmpty();
    }

    @Test
    void every_other_week_is_not_offered_as_every_week() {
      Histories h = people();
      List<LocalDate> fridays = last(12, DayOfWeek.FRIDAY);
      for (int i = 0; i < fridays.size(); i += 2) {
        h.post(BORIS, TEAM, at(fridays.get(i), 11, 0, NEW_YORK), "Payroll questions go to the finance channel");
      }

      assertThat(h.detect()).isEmpty();
    }

    @Test
    void a_summary_asked_for_now_and_then_is_neither_a_rhythm_nor_often() {
      Histories h = people();
      List<LocalDate> days = weekdays(8);
      for (int i : new int[] {1, 9, 18, 30, 37}) {
        h.post(ALICE, GENERAL, at(days.get(i), 11, 0, BERLIN), "<@" + ROUNDUP + "> summarize <#C0INC|incidents> 7d");
      }

      assertThat(h.detect()).isEmpty();
    }
  }
}
