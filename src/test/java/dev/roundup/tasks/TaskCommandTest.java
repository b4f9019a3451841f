package dev.roundup.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.Destination;
import dev.roundup.tasks.TaskCommand.Command;
import dev.roundup.tasks.TaskCommand.Create;
import dev.roundup.tasks.TaskCommand.Invalid;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TaskCommandTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 20, 10, 30, 0, 0, PARIS);
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

  @Test
  void schedule_first_then_summarize_a_channel_delivers_to_my_dm() {
    TaskRequest r = created("every weekday at 9am summarize <#C0INC|incidents>");

    assertThat(r.action()).isEqualTo(ActionKind.SUMMARIZE);
    assertThat(r.targets()).containsExactly("C0INC");
    assertThat(r.destination()).isEqualTo(Destination.dm(ME));
    assertThat(r.phrase()).isEqualTo("every weekday at 9am");
    assertThat(r.schedule().recurring()).isTrue();
    assertThat(r.schedule().nextAfter(NOW).orElseThrow().toLocalDateTime())
        .isEqualTo("2026-11-23T09:00");
  }

  @Test
  void action_first_then_schedule_reads_the_same_task() {
    TaskRequest a = created("every weekday at 9am summarize <#C0INC|incidents>");
    TaskRequest b = created("summarize <#C0INC|incidents> every weekday at 9am");

    assertThat(b.targets()).isEqualTo(a.targets());
    assertThat(b.schedule().spec()).isEqualTo(a.schedule().spec());
  }

  @Test
  void remind_me_keeps_the_text_without_the_to() {
    TaskRequest r = created("every Friday at 4pm remind me to send the weekly update");

    assertThat(r.action()).isEqualTo(ActionKind.REMIND);
    assertThat(r.targets()).containsExactly(ME);
    assertThat(r.body()).isEqualTo("send the weekly update");
    assertThat(r.destination()).isEqualTo(Destination.dm(ME));
    assertThat(r.schedule().nextAfter(NOW).orElseThrow().getDayOfWeek().toString()).isEqualTo("FRIDAY");
  }

  @Test
  void remind_a_channel_posts_there_and_a_person_gets_a_dm() {
    TaskRequest channel = created("tomorrow at 3pm remind <#C0LAUNCH|launch> the freeze starts");
    TaskRequest person = created("remind <@U0BOB|bob> to file expenses every month on the 1st");

    assertThat(channel.destination()).isEqualTo(Destination.channel("C0LAUNCH"));
    assertThat(channel.body()).isEqualTo("the freeze starts");
    assertThat(channel.schedule().recurring()).isFalse();
    assertThat(person.destination()).isEqualTo(Destination.dm("U0BOB"));
    assertThat(person.body()).isEqualTo("file expenses");
  }

  @Test
  void summarize_several_channels_with_focus_to_a_channel() {
    TaskRequest r = created(
        "summarize <#C0ENG|eng>, <#C0DES|design> and <#C0OPS> focus launches, risks to <#C0LEADS|leads> every Monday at 10am");

    assertThat(r.targets()).containsExactly("C0ENG", "C0DES", "C0OPS");
    assertThat(r.body()).isEqualTo("launches, risks");
    assertThat(r.destination()).isEqualTo(Destination.channel("C0LEADS"));
  }

  @Test
  void a_focus_said_after_the_schedule_is_the_summarys_focus_but_a_reminders_about_is_its_message() {
    TaskRequest summary = created("summarize <#C0INC|incidents> every weekday at 9am focus on outages");
    TaskRequest digest = created("digest <#C0ENG|eng> <#C0DES|design> every Friday at 3pm about launches and risks");
    TaskRequest both = created("summarize <#C0INC> every weekday at 9am focus outages, rollbacks to <#C0LEADS>");
    TaskRequest reminder = created("remind me every Friday at 4pm about the timesheets");
    TaskRequest focused = created("summarize <#C0INC> every weekday at 9am focused on customer outages");

    assertThat(summary.body()).isEqualTo("outages");
    assertThat(summary.phrase()).isEqualTo("every weekday at 9am");
    assertThat(digest.body()).isEqualTo("launches and risks");
    assertThat(digest.phrase()).isEqualTo("every Friday at 3pm");
    assertThat(both.body()).isEqualTo("outages, rollbacks");
    assertThat(both.destination()).isEqualTo(Destination.channel("C0LEADS"));
    assertThat(reminder.body()).isEqualTo("about the timesheets");
    // the words /digest reads a focus with
    assertThat(focused.body()).isEqualTo("customer outages");
    assertThat(focused.phrase()).isEqualTo("every weekday at 9am");
    assertThat(reminder.phrase()).isEqualTo("every Friday at 4pm");
    // A focus that is not followed by a schedule is still refused with the schedule's examples.
    assertThat(parse("summarize <#C0INC> focus on outages")).isInstanceOf(Invalid.class);
  }

  @Test
  void digest_in_a_thread_given_by_its_link() {
    TaskRequest r = created("digest <#C0ENG|eng> <#C0DES|design> every Friday at 4pm in thread "
        + "<https://acme.slack.com/archives/C0LEADS/p1700000000123456>");

    assertThat(r.action()).isEqualTo(ActionKind.DIGEST);
    assertThat(r.destination()).isEqualTo(Destination.thread("C0LEADS", "1700000000.123456"));
  }

  @Test
  void a_task_in_words_reads_back_to_the_same_task() {
    TaskRequest r = created("summarize <#C0ENG> focus risks to <#C0LEADS> every Monday at 10am");
    TaskRequest again = created(r.describeAction(ME) + " " + r.phrase());

    assertThat(again).usingRecursiveComparison().ignoringFields("schedule").isEqualTo(r);
    assertThat(again.schedule().spec()).isEqualTo(r.schedule().spec());
  }

  @Test
  void management_words_take_a_task_number() {
    assertThat(parse("pause 3")).isEqualTo(new TaskCommand.Manage(TaskCommand.Verb.PAUSE, 3));
    assertThat(parse("resume #12")).isEqualTo(new TaskCommand.Manage(TaskCommand.Verb.RESUME, 12));
    assertThat(parse("delete 4")).isEqualTo(new TaskCommand.Manage(TaskCommand.Verb.DELETE, 4));
    assertThat(parse("run 5")).isEqualTo(new TaskCommand.Manage(TaskCommand.Verb.RUN, 5));
    assertThat(parse("edit 6")).isEqualTo(new TaskCommand.Manage(TaskCommand.Verb.EDIT, 6));
    assertThat(parse("list")).isEqualTo(new TaskCommand.ListTasks(false));
    assertThat(parse("list all")).isEqualTo(new TaskCommand.ListTasks(true));
    assertThat(parse("help")).isEqualTo(new TaskCommand.Help());
    assertThat(parse("  ")).isEqualTo(new TaskCommand.OpenModal());
    assertThat(parse("pause")).isInstanceOf(Invalid.class);
    assertThat(((Invalid) parse("pause soon")).reason()).contains("/task list");
  }

  @Test
  void suggestions_are_switched_off_and_on_and_alone_ask_where_they_stand() {
    assertThat(parse("suggestions off")).isEqualTo(new TaskCommand.Suggestions(false));
    assertThat(parse("Suggestions ON")).isEqualTo(new TaskCommand.Suggestions(true));
    assertThat(parse("suggestions")).isEqualTo(new TaskCommand.Suggestions(null));
    assertThat(((Invalid) parse("suggestions maybe")).reason()).contains("/task suggestions off");
    assertThat(TaskCommand.USAGE).contains("/task suggestions off");
  }

  @Test
  void a_schedule_said_around_the_one_found_and_refused_is_said_not_shortened() {
    // "every day" parses, but what was said is "every day at 25pm"
    assertThat(((Invalid) parse("every day at 25pm remind me to stretch")).reason())
        .contains("every day at 25pm", "there is no time");
    assertThat(((Invalid) parse("remind me to stretch every day at 25pm")).reason())
        .contains("there is no time");
    // "at 9am" parses, but "yesterday at 9am" has passed
    assertThat(((Invalid) parse("remind me to stretch yesterday at 9am")).reason())
        .contains("yesterday at 9am", "past");
    // words around the schedule that are not schedule words are the task's, as before
    assertThat(parse("remind me every day at 9am to stretch")).isInstanceOf(TaskCommand.Create.class);
    assertThat(parse("remind me to water the plants every day at 8am")).isInstanceOf(TaskCommand.Create.class);
    assertThat(parse("summarize <#C0ENG|eng> every Friday at 4pm")).isInstanceOf(TaskCommand.Create.class);
    assertThat(parse("remind me in 2 hours to check the oven")).isInstanceOf(TaskCommand.Create.class);
  }

  @Test
  void timezone_accepts_zone_names_in_any_case_and_refuses_unknown_ones() {
    assertThat(parse("timezone europe/berlin")).isEqualTo(new TaskCommand.SetTimezone(ZoneId.of("Europe/Berlin")));
    assertThat(parse("timezone UTC")).isEqualTo(new TaskCommand.SetTimezone(ZoneId.of("UTC")));
    assertThat(((Invalid) parse("timezone Mars/Olympus")).reason()).contains("Mars/Olympus");
    // the zones a schedule may name are the zones this setting takes
    assertThat(parse("timezone est")).isEqualTo(new TaskCommand.SetTimezone(ZoneId.of("America/New_York")));
    assertThat(parse("timezone London")).isEqualTo(new TaskCommand.SetTimezone(ZoneId.of("Europe/London")));
    assertThat(parse("timezone UTC+5:30")).isEqualTo(new TaskCommand.SetTimezone(java.time.ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat(parse("timezone my time")).isInstanceOf(Invalid.class);
  }

  @Test
  void refusals_say_what_is_missing() {
    assertThat(((Invalid) parse("summarize <#C0INC>")).reason()).contains("when");
    assertThat(((Invalid) parse("every day at 9am")).reason()).contains("remind", "summarize");
    assertThat(((Invalid) parse("every day at 9am dance wildly")).reason()).contains("dance");
    assertThat(((Invalid) parse("every day at 9am summarize")).reason()).contains("Which channels");
    assertThat(((Invalid) parse("every day at 9am summarize #incidents")).reason()).contains("autocomplete");
    assertThat(((Invalid) parse("every day at 9am remind me")).reason()).contains("reminder say");
    assertThat(((Invalid) parse("every day at 9am remind bob to eat")).reason()).contains("who to remind");
    assertThat(((Invalid) parse("every day at 9am summarize <#C0INC> in this thread")).reason())
        .contains("in thread &lt;link");
    assertThat(((Invalid) parse("every day at 9am summarize <#C0INC> with gusto")).reason())
        .contains("with gusto");
  }

  @Test
  void an_impossible_schedule_is_not_read_as_a_task() {
    assertThat(parse("remind me to stretch at 25:00")).isInstanceOf(Invalid.class);
  }
}
