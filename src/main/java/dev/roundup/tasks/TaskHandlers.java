package dev.roundup.tasks;

import dev.roundup.access.Access;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.roundup.budgets.TokenLedger;
import dev.roundup.slack.ChannelLookup;
import dev.roundup.slack.CommandArgs;
import dev.roundup.slack.MessagePart;
import dev.roundup.slack.Poster;
import dev.roundup.slack.Replier;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.SlackCallException;
import dev.roundup.slack.SlackErrors;
import dev.roundup.slack.SlackText;
import dev.roundup.slack.UserDirectory;
import dev.roundup.tasks.TaskCommand.Command;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code /task}, its buttons and its form do. Called by the listener table after the ack (the
 * form's submission excepted: Slack wants its validation errors in the ack); answers through a
 * {@link Replier}. A Slack error on the way (a rate limit while checking membership) is told in
 * words, never dropped.
 */
public final class TaskHandlers {

  /** The form's callback id, for the listener table. */
  public static final String FORM = TaskModal.CALLBACK_ID;

  private static final Logger log = LoggerFactory.getLogger(TaskHandlers.class);
  private static final int ADMIN_LIST_LIMIT = 200;

  private final TaskService service;
  private final TaskCommand parser;
  private final TimeZones zones;
  private final UserDirectory users;
  /** Names of channels typed as {@code #name} are read through the privacy rule. */
  private final Access access;
  private final ChannelLookup channels;
  private final SlackApi slack;
  private final Poster poster;
  private final Clock clock;
  private volatile SuggestionSwitch suggestions = SuggestionSwitch.NONE;

  /** What tasks' model calls spent, or null when no model is configured. */
  private volatile TokenLedger tokens;

  TaskHandlers(TaskService service, TaskCommand parser, TimeZones zones, UserDirectory users,
      Access access, ChannelLookup channels, SlackApi slack, Poster poster, Clock clock) {
    this.access = access;
    this.service = service;
    this.parser = parser;
    this.zones = zones;
    this.users = users;
    this.channels = channels;
    this.slack = slack;
    this.poster = poster;
    this.clock = clock;
  }

  /** Where {@code /task list} reads what tasks' model calls spent (set when a model is configured). */
  public void tokens(TokenLedger ledger) {
    this.tokens = ledger;
  }

  /** Where {@code /task suggestions off|on} goes (the suggestions feature plugs in here). */
  public void suggestions(SuggestionSwitch suggestionSwitch) {
    this.suggestions = suggestionSwitch;
  }

  /** {@code /task …} */
  public void command(String userId, String teamId, String text, String triggerId, Replier reply) {
    try {
      handleCommand(userId, teamId, text, triggerId, reply);
    } catch (SlackCallException e) {
      log.warn("/task for {} failed: {}", userId, e.getMessage());
      say(reply, ":warning: " + SlackErrors.explain(e));
    }
  }

  private void handleCommand(String userId, String teamId, String text, String triggerId, Replier reply) {
    ZoneId zone = zones.of(userId);
    Command command = parser.parse(access.link(text, userId), userId, zone, ZonedDateTime.now(clock.withZone(zone)));
    if (command instanceof TaskCommand.OpenModal) {
      openModal(triggerId, null, null, null, reply);
    } else if (command instanceof TaskCommand.Help || command instanceof TaskCommand.Invalid) {
      say(reply, CommandArgs.immediateReply(command, TaskCommand.USAGE));
    } else if (command instanceof TaskCommand.SetTimezone tz) {
      zones.set(userId, tz.zone());
      say(reply, "Your time zone for tasks is now " + tz.zone().getId()
          + ". Tasks you create from now on use it; existing tasks keep theirs (`/task edit N` to change one).");
    } else if (command instanceof TaskCommand.Suggestions sw) {
      say(reply, sw.on() == null ? suggestions.status(teamId, userId) : suggestions.turn(teamId, userId, sw.on()));
    } else if (command instanceof TaskCommand.ListTasks l) {
      list(userId, l.all(), reply);
    } else if (command instanceof TaskCommand.Create c) {
      Optional<String> refusal = service.check(userId, c.request());
      if (refusal.isPresent()) {
        say(reply, ":warning: " + refusal.get());
        return;
      }
      if (RequestCodec.encode(c.request()).length() > TaskBlocks.MAX_BUTTON_VALUE) {
        say(reply, ":warning: That task is too long for Slack's Confirm button. Shorten the reminder "
            + "or the focus, or use `/task` alone to create it in a form.");
        return;
      }
      reply.send(new MessagePart("Please confirm the new task.",
          TaskBlocks.confirmation(c.request(), userId, ZonedDateTime.now(clock.withZone(zone)),
              service.notes(c.request()))));
    } else if (command instanceof TaskCommand.Manage m) {
      manage(userId, m, triggerId, reply);
    } else if (command instanceof TaskCommand.EditWith e) {
      editWith(userId, e, zone, reply);
    }
  }

  /**
   * {@code /task edit N <words>}: the words as a new schedule for what the task does, else as a
   * whole new task; saved through {@link TaskService#replace}, as the form saves an edit.
   */
  private void editWith(String userId, TaskCommand.EditWith e, ZoneId zone, Replier reply) {
    Optional<Task> owned = service.owned(e.taskId(), userId);
    if (owned.isEmpty()) {
      say(reply, ":warning: You have no task " + e.taskId() + ". `/task list` shows yours.");
      return;
    }
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    String linked = access.link(e.words(), userId);
    Command asSchedule = parser.parseParts(owned.get().toRequest().describeAction(userId), linked, userId, zone, now);
    Command changed = asSchedule instanceof TaskCommand.Create ? asSchedule : parser.parse(linked, userId, zone, now);
    if (!(changed instanceof TaskCommand.Create create)) {
      String why = changed instanceof TaskCommand.Invalid inv ? inv.reason()
          : "I read that as neither a schedule nor a task.";
      say(reply, ":warning: " + why + " To change task " + e.taskId() + ", give a new schedule "
          + "(`/task edit " + e.taskId() + " every day at 11am`) or the whole task, or `/task edit "
          + e.taskId() + "` for the form.");
      return;
    }
    say(reply, outcome(service.replace(e.taskId(), userId, create.request())));
  }

  /**
   * A button: Confirm/Edit/Cancel on a confirmation, or a task's buttons in the App Home.
   *
   * @param reply the response URL of the message clicked; for App Home clicks, a DM
   */
  public void action(String userId, String teamId, String actionId, String value, String triggerId,
      Replier reply) {
    try {
      handleAction(userId, teamId, actionId, value, triggerId, reply);
    } catch (SlackCallException e) {
      log.warn("Task button {} for {} failed: {}", actionId, userId, e.getMessage());
      say(reply, ":warning: " + SlackErrors.explain(e));
    }
  }

  private void handleAction(String userId, String teamId, String actionId, String value,
      String triggerId, Replier reply) {
    switch (actionId) {
      case TaskBlocks.CONFIRM -> RequestCodec.decode(value).ifPresentOrElse(
          r -> say(reply, outcome(service.create(userId, teamId, r))),
          () -> say(reply, ":warning: That confirmation is no longer valid; please run `/task` again."));
      case TaskBlocks.EDIT_DRAFT -> RequestCodec.decode(value).ifPresent(r -> openModal(triggerId,
          channels.unlink(r.describeAction(userId)), r.phrase(), null, reply));
      case TaskBlocks.CANCEL -> say(reply, "Cancelled; nothing was saved.");
      case TaskBlocks.STOP_REMINDERS -> parseId(value).ifPresent(id -> stopReminders(id, userId, reply));
      default -> TaskHome.verb(actionId).ifPresent(verb -> parseId(value).ifPresent(id ->
          manage(userId, new TaskCommand.Manage(verb, id), triggerId, refusalsOnly(reply))));
    }
  }

  /** The person reminded stops the task; its owner is told in a DM. */
  private void stopReminders(long id, String userId, Replier reply) {
    TaskService.Outcome outcome = service.stopByRecipient(id, userId);
    if (outcome instanceof TaskService.Done done) {
      poster.dm(done.task().ownerId(), ":no_bell: <@" + userId + "> stopped the reminders of your task "
          + id + " (" + done.task().body() + "). It is paused; `/task delete " + id + "` removes it.");
      say(reply, ":no_bell: " + done.message());
    } else {
      say(reply, ":information_source: " + ((TaskService.Refused) outcome).reason());
    }
  }

  /**
   * The form was submitted. Returns the errors to show in the form (block id → message); empty
   * means saved.
   */
  public Map<String, String> submit(String userId, String teamId, String privateMetadata,
      String what, String when, Replier confirm) {
    if (what == null || what.isBlank()) {
      return Map.of(TaskModal.WHAT_BLOCK, "Say what to do, e.g. summarize #incidents.");
    }
    if (when == null || when.isBlank()) {
      return Map.of(TaskModal.WHEN_BLOCK, "Say when, e.g. every weekday at 9am.");
    }
    ZoneId zone = zones.of(userId);
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    Command command = parser.parseParts(access.link(what, userId), when, userId, zone, now);
    if (command instanceof TaskCommand.Invalid inv) {
      return Map.of(inv.aboutWhen() ? TaskModal.WHEN_BLOCK : TaskModal.WHAT_BLOCK, inv.reason());
    }
    if (!(command instanceof TaskCommand.Create create)) {
      return Map.of(TaskModal.WHAT_BLOCK, "Start with remind, summarize or digest.");
    }
    Optional<Long> editing = parseId(privateMetadata);
    TaskService.Outcome outcome;
    try {
      outcome = editing.isPresent()
          ? service.replace(editing.get(), userId,
              keptSchedule(editing.get(), userId, when, create.request()))
          : service.create(userId, teamId, create.request());
    } catch (SlackCallException e) {
      log.warn("Task form of {} could not be checked: {}", userId, e.getMessage());
      return Map.of(TaskModal.WHAT_BLOCK, SlackErrors.explain(e));
    }
    if (outcome instanceof TaskService.Refused refused) {
      // A form shows its errors as plain text: channel links are written out as names; under the
      // field at fault (the schedule's, or what the task does and reads).
      String field = service.checkSchedule(create.request()).isPresent() ? TaskModal.WHEN_BLOCK
          : TaskModal.WHAT_BLOCK;
      return Map.of(field, service.plainText(refused.reason(), userId));
    }
    TaskService.Done done = (TaskService.Done) outcome;
    confirm.text(":white_check_mark: " + done.message() + " " + TaskBlocks.line(done.task()));
    return Map.of();
  }

  /**
   * The edit with the task's saved schedule when the form's "When" still holds the words it was
   * filled with: read again today, "tomorrow at 3pm" would move the task a day and "every other
   * Tuesday" could land on the other weeks, though the person changed only what it does.
   */
  private TaskRequest keptSchedule(long taskId, String userId, String when, TaskRequest edited) {
    return service.owned(taskId, userId)
        .filter(t -> SlackText.sameWords(t.phrase(), when))
        .map(t -> new TaskRequest(edited.action(), edited.targets(), edited.body(),
            edited.destination(), t.phrase(), t.schedule()))
        .orElse(edited);
  }

  /**
   * Creates a task described in the form's words ({@code what} as {@code /task} reads an action,
   * {@code when} a schedule phrase, both in the person's time zone), exactly as Confirm creates one:
   * {@link TaskService#create} checks the privacy rule and the limits. What a suggestion's
   * "Schedule it" does; refused with the reason when the words do not make a task.
   */
  public TaskService.Outcome createFromWords(String userId, String teamId, String what, String when) {
    ZoneId zone = zones.of(userId);
    Command command = parser.parseParts(access.link(what, userId), when, userId, zone,
        ZonedDateTime.now(clock.withZone(zone)));
    if (command instanceof TaskCommand.Invalid inv) {
      return new TaskService.Refused(inv.reason());
    }
    if (!(command instanceof TaskCommand.Create create)) {
      return new TaskService.Refused("Start with remind, summarize or digest.");
    }
    return service.create(userId, teamId, create.request());
  }

  /**
   * Opens the task form filled with these words, to change before saving (a suggestion's "Edit
   * first"); the form's Save goes through {@link #submit} like any new task.
   */
  public void openForm(String triggerId, String what, String when, Replier reply) {
    openModal(triggerId, channels.unlink(what), when, null, reply);
  }

  /** The form was submitted: reads its two inputs and saves (see {@link #submit}). */
  public Map<String, String> submitForm(String userId, String teamId, View view, Replier confirm) {
    Map<String, Map<String, ViewState.Value>> values = view.getState() == null
        ? Map.of() : view.getState().getValues();
    return submit(userId, teamId, view.getPrivateMetadata(),
        input(values, TaskModal.WHAT_BLOCK, TaskModal.WHAT_ACTION),
        input(values, TaskModal.WHEN_BLOCK, TaskModal.WHEN_ACTION), confirm);
  }

  private static String input(Map<String, Map<String, ViewState.Value>> values, String block, String action) {
    Map<String, ViewState.Value> inBlock = values.get(block);
    ViewState.Value value = inBlock == null ? null : inBlock.get(action);
    return value == null ? null : value.getValue();
  }

  private void manage(String userId, TaskCommand.Manage m, String triggerId, Replier reply) {
    long id = m.taskId();
    switch (m.verb()) {
      case PAUSE -> say(reply, outcome(service.pause(id, userId)));
      case RESUME -> say(reply, outcome(service.resume(id, userId)));
      case DELETE -> {
        TaskService.Outcome deleted = service.delete(id, userId, isAdmin(userId));
        if (deleted instanceof TaskService.Done done && !done.task().ownerId().equals(userId)) {
          dm(done.task().ownerId(), ":wastebasket: <@" + userId + ">, a workspace admin, deleted your "
              + "task " + id + ": " + TaskBlocks.line(done.task()));
        }
        say(reply, outcome(deleted));
      }
      case RUN -> say(reply, outcome(service.runNow(id, userId)));
      case EDIT -> service.owned(id, userId).ifPresentOrElse(
          t -> openModal(triggerId, channels.unlink(t.toRequest().describeAction(userId)), t.phrase(), id, reply),
          () -> say(reply, ":warning: You have no task " + id + ". `/task list` shows yours."));
    }
  }

  private void list(String userId, boolean all, Replier reply) {
    if (all && !isAdmin(userId)) {
      say(reply, ":warning: Only workspace admins can list everyone's tasks. `/task list` shows yours.");
      return;
    }
    List<Task> tasks = all ? service.listAll(ADMIN_LIST_LIMIT) : service.list(userId);
    say(reply, TaskBlocks.list(tasks, all, spending(tasks)));
  }

  /** Each task's tokens, by id: empty when no model is configured, so the list shows none. */
  private Map<Long, TokenLedger.TaskSpend> spending(List<Task> tasks) {
    TokenLedger ledger = tokens;
    if (ledger == null) {
      return null;
    }
    Map<Long, TokenLedger.TaskSpend> spend = new HashMap<>();
    tasks.stream().collect(Collectors.groupingBy(t -> String.valueOf(t.teamId()),
            Collectors.mapping(Task::id, Collectors.toList())))
        .forEach((team, ids) -> spend.putAll(ledger.taskSpend(team, ids)));
    return spend;
  }

  private void openModal(String triggerId, String what, String when, Long taskId, Replier reply) {
    try {
      slack.call("views.open", m -> m.viewsOpen(r -> r.triggerId(triggerId)
          .view(TaskModal.of(what, when, taskId))));
    } catch (SlackCallException e) {
      // Trigger ids expire after 3 seconds; if we were too slow, the text route still works.
      log.warn("Could not open the task form: {}", e.getMessage());
      say(reply, ":warning: " + SlackErrors.explain(e) + " You can also type the task: `/task help`.");
    }
  }

  private boolean isAdmin(String userId) {
    try {
      return users.person(userId).admin();
    } catch (SlackCallException e) {
      return false;
    }
  }

  private static String outcome(TaskService.Outcome outcome) {
    if (outcome instanceof TaskService.Done d) {
      return ":white_check_mark: " + d.message()
          + (d.task().paused() || d.message().contains("deleted") ? "" : "\n" + TaskBlocks.line(d.task()));
    }
    return ":warning: " + ((TaskService.Refused) outcome).reason();
  }

  private static void say(Replier reply, String text) {
    reply.text(text);
  }

  /** App Home clicks show their result in the refreshed Home; only refusals need words. */
  private static Replier refusalsOnly(Replier reply) {
    return new Replier() {
      @Override
      public void send(MessagePart part) {
        if (part.text().startsWith(":warning:")) {
          reply.send(part);
        }
      }

      @Override
      public void text(String text) {
        if (text.startsWith(":warning:")) {
          reply.text(text);
        }
      }
    };
  }

  private void dm(String userId, String text) {
    try {
      poster.dm(userId, text);
    } catch (SlackCallException e) {
      log.warn("Could not DM {}: {}", userId, e.getMessage());
    }
  }

  private static Optional<Long> parseId(String value) {
    try {
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
