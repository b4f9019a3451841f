package dev.roundup.tasks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.roundup.budgets.TokenLedger;
import dev.roundup.schedule.Schedule;
import dev.roundup.slack.BlockPacker;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Block Kit for tasks: the confirmation of a new task and the list of someone's tasks. */
public final class TaskBlocks {

  static final String CONFIRM = "task_confirm";
  static final String EDIT_DRAFT = "task_edit_draft";
  static final String CANCEL = "task_cancel";
  /** On a reminder someone else set for you: stops that task. */
  static final String STOP_REMINDERS = "task_stop_reminders";
  /** Slack refuses a message whose button value is longer than this. */
  static final int MAX_BUTTON_VALUE = 2_000;

  static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu, h:mm a z", Locale.ENGLISH);
  private static final DateTimeFormatter YOUR_HOUR = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
  private static final DateTimeFormatter YOUR_DAY = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a", Locale.ENGLISH);

  private TaskBlocks() {}

  /**
   * The task as understood, its next three runs, what the person should know before saving it
   * ({@code notes}: an archived channel it reads), and Confirm / Edit / Cancel.
   */
  static List<LayoutBlock> confirmation(TaskRequest r, String ownerId, ZonedDateTime now, List<String> notes) {
    String value = RequestCodec.encode(r);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockPacker.markdownSection(confirmationText(r, ownerId, now)));
    for (String note : notes) {
      blocks.add(BlockPacker.markdownSection(":information_source: " + note));
    }
    blocks.add(actions(a -> a.elements(List.of(
        button(b -> b.actionId(CONFIRM).text(plainText("Confirm")).style("primary").value(value)),
        button(b -> b.actionId(EDIT_DRAFT).text(plainText("Edit")).value(value)),
        button(b -> b.actionId(CANCEL).text(plainText("Cancel")).value("cancel"))))));
    return blocks;
  }

  /**
   * A reminder posted to someone's DM by another person's task, with a button that lets the person
   * reminded stop it: nobody should be pinged on a schedule they cannot end.
   */
  static List<LayoutBlock> reminderFromSomeoneElse(String text, long taskId) {
    return List.of(BlockPacker.markdownSection(text), actions(a -> a.elements(List.of(
        button(b -> b.actionId(STOP_REMINDERS).text(plainText("Stop these reminders"))
            .value(String.valueOf(taskId)))))));
  }

  static String confirmationText(TaskRequest r, String ownerId, ZonedDateTime now) {
    Schedule s = r.schedule();
    List<ZonedDateTime> runs = s.next(now.withZoneSameInstant(s.zone()), 3);
    return String.join("\n",
        "*New task — please check it:*",
        "• *What:* " + TaskWords.what(r.action(), r.targets(), r.body(), ownerId),
        "• *Delivered to:* " + r.destination().describe(ownerId),
        "• *When:* " + s.describe() + (s.zoneNamed() ? "" : " _(time zone " + s.zone().getId() + ")_"),
        "• *Next " + (runs.size() == 1 ? "run" : runs.size() + " runs") + ":* "
            + runs.stream().map(run -> runTime(run, now.getZone())).collect(Collectors.joining(" · "))
            + clockNotes(s, runs));
  }

  /** Why a listed run is not at the schedule's time: a clock change moved it. */
  private static String clockNotes(Schedule s, List<ZonedDateTime> runs) {
    return runs.stream().map(s::clockNote).flatMap(java.util.Optional::stream).distinct()
        .map(note -> "\n• _Note: " + note + "._").collect(Collectors.joining());
  }

  /**
   * A run in its schedule's zone and, when the schedule names another zone than the user's
   * ("every weekday at 9am ET" typed in Berlin), in the user's own time too.
   */
  static String runTime(ZonedDateTime run, ZoneId user) {
    ZonedDateTime mine = run.withZoneSameInstant(user);
    return RUN_TIME.format(run) + (mine.toLocalDateTime().equals(run.toLocalDateTime()) ? ""
        : " (" + (mine.toLocalDate().equals(run.toLocalDate()) ? YOUR_HOUR : YOUR_DAY).format(mine) + " your time)");
  }

  /** One line per task: number, what, schedule, next run, state. */
  static String list(List<Task> tasks, boolean showOwner) {
    return list(tasks, showOwner, null);
  }

  /**
   * @param tokens what each task's model calls spent, by id, or null when no model is configured
   *               (then no task line mentions tokens)
   */
  static String list(List<Task> tasks, boolean showOwner, Map<Long, TokenLedger.TaskSpend> tokens) {
    if (tasks.isEmpty()) {
      return "You have no tasks yet. Try `/task every weekday at 9am summarize #incidents`.";
    }
    List<String> lines = new ArrayList<>();
    lines.add("*Your tasks*" + (showOwner ? " (all in this workspace)" : ""));
    for (Task t : tasks) {
      lines.add(line(t) + (showOwner ? " — owner <@" + t.ownerId() + ">" : "")
          + (tokens == null || t.action() == ActionKind.REMIND ? ""
              : " — " + tokens(tokens.getOrDefault(t.id(), TokenLedger.TaskSpend.NONE))));
    }
    return String.join("\n", lines);
  }

  /** "LLM tokens: 1,234 today · 300 last run" (a day is a UTC day). */
  static String tokens(TokenLedger.TaskSpend spend) {
    return String.format(Locale.ENGLISH, "LLM tokens: %,d today · %,d last run", spend.today(),
        spend.lastRun());
  }

  /** A task on one line, as {@code /task list} shows it: number, what, schedule, next run, state. */
  public static String line(Task t) {
    return "*" + t.id() + ".* " + t.toRequest().describeAction(t.ownerId()) + " — "
        + t.schedule().describe() + " — " + state(t);
  }

  static String state(Task t) {
    if (t.paused()) {
      return ":double_vertical_bar: paused" + (t.pauseReason() == null ? "" : " by Roundup: " + t.pauseReason());
    }
    if (t.nextRunAt() == null) {
      return ":white_check_mark: done";
    }
    return "next " + nextRun(t.nextRunAt(), t)
        + (t.leftOut() == null ? "" : " — :information_source: leaving out: " + t.leftOut().replace("\n", " "));
  }

  static String nextRun(Instant at, Task t) {
    return RUN_TIME.format(at.atZone(t.zone()));
  }
}
