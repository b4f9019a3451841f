package dev.roundup.suggest;

import static dev.roundup.suggest.SuggestBed.ALICE;
import static dev.roundup.suggest.SuggestBed.BORIS;
import static dev.roundup.suggest.SuggestBed.CHEN;
import static dev.roundup.suggest.SuggestBed.DANA;
import static dev.roundup.suggest.SuggestBed.DESIGN;
import static dev.roundup.suggest.SuggestBed.ENG;
import static dev.roundup.suggest.SuggestBed.GENERAL;
import static dev.roundup.suggest.SuggestBed.INCIDENTS;
import static dev.roundup.suggest.SuggestBed.LEADS;
import static dev.roundup.suggest.SuggestBed.NEW_YORK;
import static dev.roundup.suggest.SuggestBed.PARIS;
import static dev.roundup.suggest.SuggestBed.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonParser;
import dev.roundup.SlackJson;
import dev.roundup.slack.Destination;
import dev.roundup.tasks.ActionKind;
import dev.roundup.tasks.Task;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Suggestions end to end, through the Slack emulator: the card in the DM and the App Home, its four
 * buttons, and every guard — the privacy rule (a non-member first), one a week, Never, Not now,
 * what tasks and digests already do, bots, and both off switches.
 */
class SuggestionsEndToEndTest {

  static final String TIMESHEETS = "Timesheets are due today at 5pm";

  private SuggestBed bed;

  @BeforeEach
  void start() throws Exception {
    bed = new SuggestBed();
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  /** Boris posted the timesheets reminder in #general on each of the last four Fridays around 10:00. */
  private void borisTimesheets(int weeks) {
    bed.postedOn(BORIS, GENERAL, bed.last(weeks, DayOfWeek.FRIDAY), LocalTime.of(10, 0), NEW_YORK, TIMESHEETS);
  }

  /** A week passes in which Boris posts the reminder on Friday as usual; answers the night's offers. */
  private int aWeekOfTimesheets() {
    bed.daysPass(7);
    bed.postedOn(BORIS, GENERAL, bed.last(1, DayOfWeek.FRIDAY), LocalTime.of(10, 2), NEW_YORK, TIMESHEETS);
    return bed.night();
  }

  private List<Task> tasksOf(String user) {
    return bed.roundup.tasks().service().list(user);
  }

  @Nested
  class TheCard {

    @Test
    void a_weekly_reminder_is_offered_by_dm_with_why_the_proposed_task_its_next_runs_and_four_buttons() {
      bed.postsThroughSlack(BORIS, GENERAL, bed.last(4, DayOfWeek.FRIDAY), LocalTime.of(10, 0), NEW_YORK,
          TIMESHEETS);

      assertThat(bed.night()).isEqualTo(1);

      String card = String.join("\n", bed.dmTexts(BORIS));
      assertThat(card).contains("You've posted *Timesheets are due today at 5pm* in <#C0GENERAL> on each of "
          + "the last 4 Fridays around 10:00 AM. Want me to post it for you?");
      assertThat(card).contains("*Proposed task:* every Friday at 10:00 AM, post in <#C0GENERAL>: " + TIMESHEETS);
      assertThat(card).contains("*Next runs:* Fri 27 Nov 2026, 10:00 AM EST · Fri 4 Dec 2026, 10:00 AM EST"
          + " · Fri 11 Dec 2026, 10:00 AM EST");
      assertThat(card).contains("Seen: <https://").contains("Fri 20 Nov, 10:00 AM>");
      assertThat(card).contains("Schedule it", "Edit first", "Not now", "Never suggest this");
      assertThat(bed.dms(ALICE)).isEmpty();
    }

    @Test
    void the_same_card_is_in_the_app_home_and_schedule_it_there_creates_the_task() {
      borisTimesheets(4);
      bed.night();

      assertThat(bed.home(BORIS)).contains("Suggestions", "You've posted *Timesheets are due today at 5pm*",
          "Schedule it", "Never suggest this");
      assertThat(bed.home(ALICE)).doesNotContain("Suggestions");

      bed.pressInHome(BORIS, SuggestionCard.SCHEDULE);

      await().atMost(WAIT).untilAsserted(() -> assertThat(tasksOf(BORIS)).hasSize(1));
      Task task = tasksOf(BORIS).get(0);
      assertThat(task.action()).isEqualTo(ActionKind.REMIND);
      assertThat(task.destination()).isEqualTo(Destination.channel(GENERAL));
      assertThat(task.body()).isEqualTo(TIMESHEETS);
      assertThat(task.phrase()).isEqualTo("every Friday at 10:00");
      assertThat(task.zone()).isEqualTo(NEW_YORK);
      // The DM card says what became of it; the Home no longer offers it.
      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.dmTexts(BORIS).get(0)).contains("Scheduled.")
          .doesNotContain("Never suggest this"));
      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.home(BORIS)).doesNotContain("Schedule it")
          .contains("Your tasks"));
    }

    @Test
    void schedule_it_on_the_dm_creates_the_task_and_the_nights_after_offer_nothing_more() {
      borisTimesheets(4);
      bed.night();

      bed.pressOnCard(BORIS, SuggestionCard.SCHEDULE);

      await().atMost(WAIT).untilAsserted(() -> assertThat(tasksOf(BORIS)).hasSize(1));
      for (int week = 1; week <= 3; week++) {
        assertThat(aWeekOfTimesheets()).as("week " + week).isZero();
      }
      assertThat(bed.dms(BORIS).stream().filter(m -> m.blocks() != null
          && m.blocks().contains(SuggestionCard.SCHEDULE))).isEmpty();
    }

    @Test
    void edit_first_opens_the_task_form_filled_with_the_proposed_task() {
      borisTimesheets(4);
      bed.night();

      bed.pressOnCard(BORIS, SuggestionCard.EDIT);

      await().atMost(WAIT).until(() -> !bed.slack.openedViews().isEmpty());
      String form = bed.slack.openedViews().get(bed.slack.openedViews().size() - 1).view();
      assertThat(form).contains("remind #general to " + TIMESHEETS).contains("every Friday at 10:00");
      assertThat(tasksOf(BORIS)).isEmpty();
      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.dmTexts(BORIS).get(0))
          .contains("Opened in the task form"));
    }

    @Test
    void a_summary_asked_for_with_the_same_slash_command_every_monday_is_offered_citing_the_commands() {
      for (LocalDate monday : bed.last(4, DayOfWeek.MONDAY)) {
        bed.clock.set(ZonedDateTime.of(monday, LocalTime.of(9, 0), PARIS).toInstant());
        bed.command(ALICE, GENERAL, "/summarize", "<#C0INCIDENTS|incidents> 7d");
      }
      bed.clock.set(SuggestBed.MONDAY);

      assertThat(bed.night()).isEqualTo(1);

      String card = String.join("\n", bed.dmTexts(ALICE));
      assertThat(card).contains("You've asked me to summarize <#C0INCIDENTS> (last 7 days) on each of the last "
          + "4 Mondays around 9:00 AM").contains("/summarize <#C0INCIDENTS|incidents> 7d (Mon 16 Nov, 9:00 AM)")
          .contains("every Monday at 9:00 AM, summarize <#C0INCIDENTS>");
      bed.pressOnCard(ALICE, SuggestionCard.SCHEDULE);
      await().atMost(WAIT).untilAsserted(() -> assertThat(tasksOf(ALICE)).singleElement().satisfies(t -> {
        assertThat(t.action()).isEqualTo(ActionKind.SUMMARIZE);
        assertThat(t.targets()).containsExactly(INCIDENTS);
        assertThat(t.destination()).isEqualTo(Destination.dm(ALICE));
      }));
    }
  }

  @Nested
  class Guards {

    @Test
    void a_non_member_is_never_offered_a_summary_of_a_channel_they_are_not_in() {
      // Dana is not in #eng: each /summarize is refused, and no suggestion comes of asking anyway.
      for (LocalDate monday : bed.last(5, DayOfWeek.MONDAY)) {
        bed.clock.set(ZonedDateTime.of(monday, LocalTime.of(9, 0), PARIS).toInstant());
        assertThat(bed.command(DANA, GENERAL, "/summarize", "<#C0ENG|eng> 7d")).contains("You're not a member");
      }
      bed.clock.set(SuggestBed.MONDAY);

      assertThat(bed.night()).isZero();
      assertThat(bed.dms(DANA)).isEmpty();
    }

    @Test
    void someone_who_left_the_channel_is_not_offered_a_reminder_from_it_and_its_card_leaves_their_home() {
      bed.postedOn(BORIS, ENG, bed.last(4, DayOfWeek.WEDNESDAY), LocalTime.of(16, 0), NEW_YORK,
          "Release freeze starts tonight at 8pm, merge what you need before then");
      bed.night();
      assertThat(bed.home(BORIS)).contains("Release freeze starts tonight");

      bed.slack.userLeaves(ENG, BORIS);

      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.home(BORIS)).doesNotContain("Release freeze"));
      // And a new night offers him nothing from #eng.
      for (int week = 1; week <= 5; week++) {
        bed.daysPass(7);
        bed.postedOn(BORIS, ENG, bed.last(1, DayOfWeek.WEDNESDAY), LocalTime.of(16, 0), NEW_YORK,
            "Release freeze starts tonight at 8pm, merge what you need before then");
        assertThat(bed.night()).as("week " + week).isZero();
      }
    }

    @Test
    void a_former_member_who_presses_schedule_it_on_the_dm_after_leaving_is_refused_by_the_task_path() {
      bed.postedOn(BORIS, ENG, bed.last(4, DayOfWeek.WEDNESDAY), LocalTime.of(16, 0), NEW_YORK,
          "Release freeze starts tonight at 8pm, merge what you need before then");
      assertThat(bed.night()).isEqualTo(1);

      // The DM card stays in the DM after he leaves: pressing it asks the privacy rule again.
      bed.slack.userLeaves(ENG, BORIS);
      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.home(BORIS)).doesNotContain("Release freeze"));
      bed.pressOnCard(BORIS, SuggestionCard.SCHEDULE);

      await().atMost(WAIT).untilAsserted(() -> assertThat(String.join("\n", bed.dmTexts(BORIS)))
          .contains("I couldn't schedule that").contains("not a member"));
      assertThat(tasksOf(BORIS)).isEmpty();
    }

    @Test
    void a_former_member_is_refused_a_summary_task_of_the_channel_when_pressing_schedule_it() {
      for (LocalDate monday : bed.last(4, DayOfWeek.MONDAY)) {
        bed.clock.set(ZonedDateTime.of(monday, LocalTime.of(9, 0), PARIS).toInstant());
        bed.command(ALICE, GENERAL, "/summarize", "<#C0INCIDENTS|incidents> 7d");
      }
      bed.clock.set(SuggestBed.MONDAY);
      assertThat(bed.night()).isEqualTo(1);

      bed.slack.userLeaves(INCIDENTS, ALICE);
      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.home(ALICE)).doesNotContain("Schedule it"));
      bed.pressOnCard(ALICE, SuggestionCard.SCHEDULE);

      await().atMost(WAIT).untilAsserted(() -> assertThat(String.join("\n", bed.dmTexts(ALICE)))
          .contains("I couldn't schedule that").contains("not a member"));
      assertThat(tasksOf(ALICE)).isEmpty();
    }

    @Test
    void a_reminder_is_never_offered_into_a_channel_roundup_cannot_post_in() {
      // Roundup is not in #design: a task could not post there, so it is not offered.
      bed.postedOn(CHEN, DESIGN, bed.last(5, DayOfWeek.THURSDAY), LocalTime.of(11, 0),
          java.time.ZoneId.of("Asia/Shanghai"), "Design critique at 3pm, bring one screen each");

      assertThat(bed.night()).isZero();
      assertThat(bed.dms(CHEN)).isEmpty();
    }

    @Test
    void what_was_said_in_a_private_channel_is_offered_only_to_its_member_who_said_it() {
      bed.postedOn(DANA, LEADS, bed.last(4, DayOfWeek.TUESDAY), LocalTime.of(9, 0),
          java.time.ZoneId.of("America/Los_Angeles"), "Reorg update: headcount sheet is due today");

      assertThat(bed.night()).isEqualTo(1);

      assertThat(String.join("\n", bed.dmTexts(DANA))).contains("Reorg update");
      for (String other : List.of(ALICE, BORIS, CHEN)) {
        assertThat(bed.dms(other)).isEmpty();
        assertThat(bed.home(other)).doesNotContain("Reorg");
      }
    }

    @Test
    void only_the_person_offered_a_suggestion_can_answer_it() {
      borisTimesheets(4);
      bed.night();
      String id = SlackJson.buttonValue(JsonParser.parseString(bed.card(BORIS).blocks()), SuggestionCard.SCHEDULE)
          .orElseThrow();

      bed.pressWithValue(CHEN, SuggestionCard.SCHEDULE, id);

      await().atMost(WAIT).untilAsserted(() -> assertThat(String.join("\n", bed.dmTexts(CHEN)))
          .contains("isn't one of yours"));
      assertThat(tasksOf(CHEN)).isEmpty();
      assertThat(tasksOf(BORIS)).isEmpty();
      assertThat(bed.home(BORIS)).contains("Schedule it");
    }

    @Test
    void at_most_one_suggestion_per_person_per_week() {
      borisTimesheets(4);
      bed.postedOn(BORIS, INCIDENTS, bed.last(4, DayOfWeek.MONDAY), LocalTime.of(9, 30), NEW_YORK,
          "Please update the on-call rota for this week");

      assertThat(bed.night()).isEqualTo(1);
      bed.daysPass(1);
      assertThat(bed.night()).as("the next night").isZero();
      bed.daysPass(5);
      bed.postedOn(BORIS, GENERAL, bed.last(1, DayOfWeek.FRIDAY), LocalTime.of(10, 2), NEW_YORK, TIMESHEETS);
      assertThat(bed.night()).as("six days later").isZero();
      bed.daysPass(1);
      bed.postedOn(BORIS, INCIDENTS, bed.last(1, DayOfWeek.MONDAY), LocalTime.of(9, 30), NEW_YORK,
          "Please update the on-call rota for this week");
      assertThat(bed.night()).as("a week later").isEqualTo(1);
      assertThat(bed.dms(BORIS).stream().filter(m -> m.blocks() != null)).hasSize(2);
    }

    @Test
    void the_limit_per_person_is_configurable() throws Exception {
      Suggestions.Settings daily = new Suggestions.Settings(true, LocalTime.of(6, 0), Duration.ofDays(1),
          Duration.ofDays(30), Duration.ofDays(35));
      try (SuggestBed oneADay = new SuggestBed(daily)) {
        oneADay.postedOn(BORIS, GENERAL, oneADay.last(4, DayOfWeek.FRIDAY), LocalTime.of(10, 0), NEW_YORK,
            TIMESHEETS);
        oneADay.postedOn(BORIS, INCIDENTS, oneADay.last(4, DayOfWeek.MONDAY), LocalTime.of(9, 30), NEW_YORK,
            "Please update the on-call rota for this week");

        assertThat(oneADay.night()).isEqualTo(1);
        oneADay.daysPass(1);
        assertThat(oneADay.night()).as("the next night").isEqualTo(1);
        assertThat(oneADay.dms(BORIS).stream().filter(m -> m.blocks() != null)).hasSize(2);
      }
    }

    @Test
    void not_now_rests_a_suggestion_for_thirty_days() {
      borisTimesheets(4);
      bed.night();

      bed.pressOnCard(BORIS, SuggestionCard.NOT_NOW);

      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.dmTexts(BORIS).get(0))
          .contains("OK, not now. I won't suggest this again before Wed 23 Dec."));
      for (int week = 1; week <= 4; week++) {
        assertThat(aWeekOfTimesheets()).as("week " + week).isZero();
      }
      bed.daysPass(3);
      assertThat(bed.night()).as("after thirty days").isEqualTo(1);
    }

    @Test
    void never_suggest_this_holds_for_good_but_other_suggestions_still_come() {
      borisTimesheets(4);
      bed.night();

      bed.pressOnCard(BORIS, SuggestionCard.NEVER);

      await().atMost(WAIT).untilAsserted(() -> assertThat(bed.dmTexts(BORIS).get(0))
          .contains("I won't suggest this again"));
      for (int week = 1; week <= 6; week++) {
        assertThat(aWeekOfTimesheets()).as("week " + week).isZero();
      }
      bed.daysPass(1);
      bed.postedOn(BORIS, INCIDENTS, bed.last(4, DayOfWeek.MONDAY), LocalTime.of(9, 30), NEW_YORK,
          "Please update the on-call rota for this week");
      assertThat(bed.night()).isEqualTo(1);
      assertThat(bed.card(BORIS).text()).contains("on-call rota");
    }

    @Test
    void a_reminder_a_task_already_posts_is_not_offered() {
      String confirmation = bed.command(BORIS, GENERAL, "/task",
          "every Friday at 10am remind <#C0GENERAL|general> to " + TIMESHEETS);
      assertThat(confirmation).contains("please check");
      String value = SlackJson.buttonValue(JsonParser.parseString(bed.slack.responseUrlPosts()
          .get(bed.slack.responseUrlPosts().size() - 1).body()), "task_confirm").orElseThrow();
      bed.slack.interaction(dev.roundup.sandbox.Interactions.buttonClick(BORIS, "task_confirm", value, GENERAL));
      await().atMost(WAIT).untilAsserted(() -> assertThat(tasksOf(BORIS)).hasSize(1));
      borisTimesheets(4);

      assertThat(bed.night()).isZero();
    }

    @Test
    void a_channel_a_digest_already_brings_is_not_offered_as_a_summary() {
      assertThat(bed.command(ALICE, GENERAL, "/digest", "<#C0INCIDENTS|incidents>")).contains("created");
      for (LocalDate monday : bed.last(4, DayOfWeek.MONDAY)) {
        bed.posted(ALICE, GENERAL, ZonedDateTime.of(monday, LocalTime.of(9, 0), PARIS),
            "<@" + bed.workspace.botUserId() + "> summarize <#C0INCIDENTS|incidents> 7d");
      }

      assertThat(bed.night()).isZero();
    }

    @Test
    void bots_posting_on_a_schedule_are_not_evidence() {
      for (LocalDate friday : bed.last(6, DayOfWeek.FRIDAY)) {
        bed.botPosted(GENERAL, ZonedDateTime.of(friday, LocalTime.of(10, 0), NEW_YORK), TIMESHEETS);
      }

      assertThat(bed.night()).isZero();
      assertThat(bed.dms(BORIS)).isEmpty();
    }

    @Test
    void a_person_who_turns_suggestions_off_gets_none_until_they_turn_them_on() {
      borisTimesheets(4);

      assertThat(bed.command(BORIS, GENERAL, "/task", "suggestions off")).contains("Suggestions are off");
      assertThat(bed.night()).isZero();
      assertThat(bed.home(BORIS)).contains("You turned suggestions off");

      assertThat(bed.command(BORIS, GENERAL, "/task", "suggestions on")).contains("Suggestions are on");
      bed.daysPass(1);
      assertThat(bed.night()).isEqualTo(1);
      assertThat(bed.command(BORIS, GENERAL, "/task", "suggestions")).contains("Your suggestions are on");
    }
  }

  @Nested
  class WorkspaceSwitchedOff {

    @Test
    void with_suggestions_off_nothing_is_logged_computed_or_shown() throws Exception {
      try (SuggestBed off = new SuggestBed(Suggestions.Settings.OFF)) {
        off.postedOn(BORIS, GENERAL, off.last(4, DayOfWeek.FRIDAY), LocalTime.of(10, 0), NEW_YORK, TIMESHEETS);
        off.command(ALICE, GENERAL, "/summarize", "<#C0INCIDENTS|incidents> 7d");

        assertThat(off.night()).isZero();
        assertThat(off.dms(BORIS)).isEmpty();
        assertThat(off.home(BORIS)).doesNotContain("Suggestions");
        assertThat(new CommandLog(off.roundup.database().dataSource())
            .between(off.workspace.teamId(), SuggestBed.MONDAY.minus(Duration.ofDays(1)), SuggestBed.MONDAY
                .plus(Duration.ofDays(1)))).isEmpty();
        assertThat(off.command(BORIS, GENERAL, "/task", "suggestions")).contains("off for the whole workspace");
      }
    }

    @Test
    void with_suggestions_on_a_summarize_command_is_logged_for_the_workspace() {
      bed.command(ALICE, GENERAL, "/summarize", "<#C0INCIDENTS|incidents> 7d");

      await().atMost(WAIT).untilAsserted(() -> assertThat(new CommandLog(bed.roundup.database().dataSource())
          .between(bed.workspace.teamId(), SuggestBed.MONDAY.minus(Duration.ofDays(1)),
              SuggestBed.MONDAY.plus(Duration.ofDays(1)))).singleElement().satisfies(c -> {
                assertThat(c.user()).isEqualTo(ALICE);
                assertThat(c.command()).isEqualTo("/summarize");
                assertThat(c.args()).isEqualTo("<#C0INCIDENTS|incidents> 7d");
                assertThat(c.channel()).isEqualTo(GENERAL);
              }));
    }
  }
}
