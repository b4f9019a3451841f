package dev.roundup.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;

import dev.roundup.HostileText;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.tasks.TaskCommand.Command;
import dev.roundup.tasks.TaskCommand.Create;
import dev.roundup.tasks.TaskCommand.Invalid;
import dev.roundup.tasks.TaskCommand.Manage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@code /task} parsing over generated text: no exception, every refusal a short
 * reason with typed text escaped, every task it accepts stored escaped and read back from its own
 * words (the Edit form's two fields) as the same task.
 */
class TaskCommandPropertiesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 20, 10, 30, 0, 0, PARIS);
  private static final String ME = "U0ME";

  private final TaskCommand command = new TaskCommand(new ScheduleParser());

  /** Commands shaped like tasks, with hostile text where people type freely. */
  static Gen<String> taskLike() {
    Gen<String> schedule = pick(List.of("every weekday at 9am", "every Friday at 4pm", "tomorrow at 3pm",
        "every month on the 1st", "in 2 hours", "every other week on monday at 10:00"));
    Gen<String> who = pick(List.of("remind me to", "remind <@U0BORIS|boris> to", "remind <#C0ENG|eng>",
        "summarize <#C0ENG|eng>", "summarize <#C0ENG|eng>, <#C0DESIGN|design> and <#C0OPS>",
        "digest <#C0ENG|eng> <#C0LEADS>", "summarize <#C0ENG> focus", "summarize <#C0ENG> about"));
    Gen<String> where = pick(List.of("", "", " to <#C0LEADS|leads>",
        " in thread https://x.slack.com/archives/C0ENG/p1700000000000100"));
    return who.zip(HostileText.text(6), where, schedule, (w, free, to, when) -> w + " " + free + to + " " + when)
        .zip(pick(List.of(true, false)), (text, reversed) -> reversed ? text : text);
  }

  static Gen<String> commands() {
    Gen<String> manage = pick(List.of("pause", "resume", "delete", "run", "edit", "rm", "timezone", "list"))
        .zip(HostileText.text(2).mix(pick(HostileText.NUMBERS), 50), (v, rest) -> v + " " + rest);
    return taskLike().mix(manage, 30).mix(HostileText.any(), 40);
  }

  @Test
  void every_command_is_understood_or_refused_with_a_short_escaped_reason() {
    qt().withExamples(2_000).withShrinkCycles(200).forAll(commands()).checkAssert(text -> {
      Command c = command.parse(text, ME, PARIS, NOW);
      assertThat(c).isNotNull();
      if (c instanceof Invalid inv) {
        assertThat(inv.reason()).isNotBlank().hasSizeLessThan(1_000);
        assertThat(HostileText.hasRawMarkup(inv.reason())).as(inv.reason()).isFalse();
      }
      if (c instanceof Manage m) {
        assertThat(m.taskId()).isNotNegative();
      }
    });
  }

  @Test
  void an_accepted_task_is_stored_escaped_and_its_own_words_read_back_to_the_same_task() {
    qt().withExamples(2_000).withShrinkCycles(200).forAll(taskLike()).checkAssert(text -> {
      if (!(command.parse(text, ME, PARIS, NOW) instanceof Create created)) {
        return;
      }
      TaskRequest r = created.request();
      assertThat(HostileText.hasRawMarkup(r.body())).as(r.body()).isFalse();
      assertThat(r.body()).hasSizeLessThanOrEqualTo(TaskCommand.MAX_BODY + 200);
      assertThat(r.phrase()).hasSizeLessThanOrEqualTo(TaskCommand.MAX_PHRASE);
      assertThat(HostileText.hasRawMarkup(TaskBlocks.confirmationText(r, ME, NOW))).isFalse();

      // What the Edit button puts in the form, submitted unchanged.
      Command again = command.parseParts(r.describeAction(ME), r.phrase(), ME, PARIS, NOW);
      assertThat(again).as("'%s' echoed as '%s' + '%s'", text, r.describeAction(ME), r.phrase())
          .isInstanceOf(Create.class);
      TaskRequest back = ((Create) again).request();
      assertThat(back.action()).isEqualTo(r.action());
      assertThat(back.targets()).isEqualTo(r.targets());
      assertThat(back.body()).isEqualTo(r.body());
      assertThat(back.destination()).isEqualTo(r.destination());
      assertThat(back.schedule().spec()).isEqualTo(r.schedule().spec());
    });
  }

  @Test
  void the_forms_two_fields_are_understood_or_refused_with_a_reason() {
    qt().withExamples(1_000).withShrinkCycles(200)
        .forAll(HostileText.any(), HostileText.any().mix(ScheduleParserPhrases.common(), 50))
        .checkAssert((what, when) -> {
          Command c = command.parseParts(what, when, ME, PARIS, NOW);
          if (c instanceof Invalid inv) {
            assertThat(inv.reason()).isNotBlank();
            assertThat(HostileText.hasRawMarkup(inv.reason())).as(inv.reason()).isFalse();
          } else {
            assertThat(c).isInstanceOf(Create.class);
          }
        });
  }

  @Test
  void numbers_out_of_range_get_an_explanation_with_an_example() {
    for (String text : List.of("delete 99999999999999999999", "run 1e9", "pause -1", "edit 1.5", "resume #-3")) {
      Command c = command.parse(text, ME, PARIS, NOW);
      assertThat(c).as(text).isInstanceOf(Invalid.class);
      assertThat(((Invalid) c).reason()).as(text).contains("not a task number").contains("`/task ");
    }
  }

  @Test
  void an_unclosed_quote_in_a_focus_is_refused_with_the_accepted_form() {
    Command c = command.parse("summarize <#C0ENG|eng> focus \"launches, risks every Monday at 9am", ME, PARIS, NOW);

    assertThat(c).isInstanceOf(Invalid.class);
    assertThat(((Invalid) c).reason()).contains("never closed").contains("focus \"launches, risks\"");
  }

  @Test
  void forty_thousand_characters_are_refused_at_once_with_the_limit() {
    long started = System.nanoTime();
    Command c = command.parse("remind me to " + "🙂".repeat(20_000) + " every day at 9am", ME, PARIS, NOW);

    assertThat(c).isInstanceOf(Invalid.class);
    assertThat(((Invalid) c).reason()).contains("at most 2000");
    // Within Slack's three seconds with room to spare, however loaded the machine.
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
  }

  @Test
  void typed_markup_in_a_reminder_is_kept_as_words_and_notifies_no_one() {
    Command c = command.parse("remind <#C0ENG|eng> to ping <!channel> about <https://evil.example|the bank> "
        + "every Friday at 4pm", ME, PARIS, NOW);

    assertThat(((Create) c).request().body())
        .isEqualTo("ping &lt;!channel&gt; about the bank (<https://evil.example>)");
    // a plain link stays a working link; a scheme that is not the web's is kept as words
    assertThat(((Create) command.parse("remind me to read <https://docs.example.com/runbook> every day at 9am",
        ME, PARIS, NOW)).request().body()).isEqualTo("read <https://docs.example.com/runbook>");
    assertThat(((Create) command.parse("remind me to open <javascript:alert(1)|this> every day at 9am",
        ME, PARIS, NOW)).request().body()).isEqualTo("open &lt;javascript:alert(1)|this&gt;");
  }

  @Test
  void invisible_and_right_to_left_marks_do_not_hide_a_command() {
    assertThat(command.parse("\u200Flist\u200B", ME, PARIS, NOW)).isInstanceOf(TaskCommand.ListTasks.class);
    assertThat(command.parse("pause\u00A0\u202E3", ME, PARIS, NOW)).isEqualTo(new Manage(TaskCommand.Verb.PAUSE, 3));
  }
}
