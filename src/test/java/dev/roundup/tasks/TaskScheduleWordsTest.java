package dev.roundup.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.schedule.ScheduleParser;
import dev.roundup.tasks.TaskCommand.Command;
import dev.roundup.tasks.TaskCommand.Create;
import dev.roundup.tasks.TaskCommand.Invalid;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schedule of a {@code /task} is one run of words at an end of the command (or right after
 * "remind WHO"); words inside the message are the message's, and the parser's own reason is
 * passed on when the schedule is refused.
 */
class TaskScheduleWordsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  /** Tuesday 1 December 2026, 10:00 in Paris. */
  private static final ZonedDateTime NOW = LocalDateTime.parse("2026-12-01T10:00").atZone(PARIS);
  private static final String ME = "U0ME";

  private final TaskCommand command = new TaskCommand(new ScheduleParser());

  private Command parse(String text) {
    return command.parse(text, ME, PARIS, NOW);
  }

  private TaskRequest created(String text) {
    Command c = parse(text);
    assertThat(c).as(text).isInstanceOf(Create.class);
    return ((Create) c).request();
  }

  private String refused(String text) {
    Command c = parse(text);
    assertThat(c).as(text).isInstanceOf(Invalid.class);
    return ((Invalid) c).reason();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "remind me about the weekly sync tomorrow | about the weekly sync | tomorrow | 2026-12-02T09:00",
      "remind me of the weekly sync tomorrow | of the weekly sync | tomorrow | 2026-12-02T09:00",
      "remind me to prep the weekly sync tomorrow | prep the weekly sync | tomorrow | 2026-12-02T09:00",
      "remind <#C0ENG> about the monthly review tomorrow | about the monthly review | tomorrow | 2026-12-02T09:00",
      "remind <@U0BORIS> to review PR 42 tomorrow at 10am | review PR 42 | tomorrow at 10am | 2026-12-02T10:00",
      "remind me to book travel for monday tomorrow at 9am | book travel for monday | tomorrow at 9am | 2026-12-02T09:00",
      "remind me to call marc tomorrow | call marc | tomorrow | 2026-12-02T09:00",
      "remind me about part 2 tomorrow | about part 2 | tomorrow | 2026-12-02T09:00",
      "remind me about part 2 at 2 tomorrow | about part 2 | at 2 tomorrow | 2026-12-02T14:00"})
  void words_inside_the_message_stay_message(String text, String body, String phrase, String first) {
    TaskRequest r = created(text);
    assertThat(r.body()).isEqualTo(body);
    assertThat(r.phrase()).isEqualTo(phrase);
    assertThat(r.schedule().recurring()).isFalse();
    assertThat(r.schedule().nextAfter(NOW).orElseThrow().toLocalDateTime()).hasToString(first);
  }

  @Test
  void a_day_named_in_the_message_does_not_join_the_schedule_after_it() {
    TaskRequest r = created("remind <#C0ENG|eng> that the freeze starts friday every day at 9am until friday");
    assertThat(r.body()).isEqualTo("that the freeze starts friday");
    assertThat(r.phrase()).isEqualTo("every day at 9am until friday");
    assertThat(r.schedule().next(NOW, 10)).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "remind me about the 1:1 tomorrow | remind me about the 1:1",
      "remind <#C0ENG> that the freeze starts tomorrow | remind <#C0ENG> that the freeze starts",
      "remind me the office closes early tomorrow | remind me the office closes early",
      "remind me of the sync tomorrow | remind me of the sync",
      "remind me to send the update tomorrow | remind me to send the update",
      "remind me send the update tomorrow | remind me to send the update"})
  void a_reminder_is_said_with_to_only_before_what_to_do(String text, String said) {
    TaskRequest r = created(text);
    assertThat(r.describeAction(ME)).isEqualTo(said);
    // and it reads back to the same task
    TaskRequest again = created(r.describeAction(ME) + " " + r.phrase());
    assertThat(again.body()).isEqualTo(r.body());
  }

  @Test
  void the_confirmation_says_when_a_clock_change_moves_a_run() {
    ZonedDateTime before = LocalDateTime.parse("2026-03-28T12:00").atZone(ZoneId.of("Europe/Berlin"));
    TaskRequest r = ((Create) command.parse("every day at 2:30am remind me to stretch", ME,
        ZoneId.of("Europe/Berlin"), before)).request();
    assertThat(TaskBlocks.confirmationText(r, ME, before))
        .contains("the clocks go forward that night: 2:30 AM does not exist on 29 March, so it runs at 3:30 AM");
    assertThat(TaskBlocks.confirmationText(created("every day at 2:30am remind me to stretch"), ME, NOW))
        .doesNotContain("clocks");
  }

  @Test
  void a_city_after_in_is_the_zone_in_a_task_too() {
    assertThat(created("remind me to stretch every day at 9am in tokyo").schedule().zone())
        .isEqualTo(ZoneId.of("Asia/Tokyo"));
  }

  @Test
  void a_message_with_no_schedule_at_an_end_has_none() {
    assertThat(refused("remind me about the weekly sync")).contains("couldn't find when");
  }

  @Test
  void two_schedules_in_two_places_are_refused_not_guessed() {
    assertThat(refused("remind me weekly to sync tomorrow")).contains("says when twice", "\"weekly\"", "\"tomorrow\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "twice a day remind me to stretch | name each time, e.g. \"every day at 9am and 5pm\"",
      "remind me to stretch twice a day | name each time",
      "remind me to stretch at 25:00 | there is no time 25:00",
      "every wendesday at 9am remind me to stretch | there (did you mean Wednesday?)",
      "remind me to stretch every wendesday at 9am | did you mean Wednesday?",
      "remind me to call mom tomorow at 9am | did you mean tomorrow?",
      "evrey day at 9am remind me to stretch | there (did you mean every?)",
      "remind me to stretch every monday at 9am and every friday at 5pm | make two tasks",
      "every monday and the first friday of the month remind me to stretch | combines two kinds of schedule",
      "remind me to stretch at lunch | I don't understand 'lunch' there",
      "remind me to stretch every day 9-10am | is a span of hours",
      "remind me to stretch on 03/04 at 9am | could be 4 March or 3 April"})
  void the_parsers_reason_is_passed_on(String text, String reason) {
    assertThat(refused(text)).contains(reason).doesNotContain("I don't know the action");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "tonight remind me to stretch | 2026-12-01T20:00",
      "remind me to stretch tonight | 2026-12-01T20:00",
      "the day after tomorrow at 10am remind me to stretch | 2026-12-03T10:00",
      "from monday to friday remind me to stretch | 2026-12-02T09:00",
      "remind me to stretch biweekly | 2026-12-08T09:00",
      "remind me to stretch at quarter past 3 | 2026-12-01T15:15",
      "remind me to stretch every day until the end of the year | 2026-12-02T09:00"})
  void what_the_parser_accepts_a_task_accepts(String text, String first) {
    assertThat(created(text).schedule().nextAfter(NOW).orElseThrow().toLocalDateTime()).hasToString(first);
  }
}
