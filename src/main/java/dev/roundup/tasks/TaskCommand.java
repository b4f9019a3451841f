package dev.roundup.tasks;

import dev.roundup.digest.DigestArgs;
import dev.roundup.schedule.Located;
import dev.roundup.schedule.ParseResult;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Refused;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.schedule.Schedules;
import dev.roundup.slack.CommandArgs;
import dev.roundup.slack.Destination;
import dev.roundup.slack.SlackText;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code /task} text into a {@link Command}: a management word ({@code list}, {@code pause 3},
 * {@code timezone Europe/Berlin}, {@code help}) or a new task, "what" and "when" in either order
 * ("every weekday at 9am summarize #incidents", "remind me to send the update every Friday at 4pm").
 * The schedule is found at an end by {@link SchedulePlace}; what remains must be a whole action.
 */
public final class TaskCommand {

  /** What the user asked for. */
  public sealed interface Command permits Create, OpenModal, Help, ListTasks, Manage, EditWith,
      SetTimezone, Suggestions, Invalid {}

  public record Create(TaskRequest request) implements Command {}

  /** {@code /task} alone: the form. */
  public record OpenModal() implements Command {}

  public record Help() implements Command, CommandArgs.Help {}

  /** {@code all} lists every task in the workspace (admins only). */
  public record ListTasks(boolean all) implements Command {}

  public record Manage(Verb verb, long taskId) implements Command {}

  /**
   * {@code edit N <words>}: a new schedule ("every day at 11am") or a whole new task ("remind me to
   * stretch every hour"), read when the task's current action is known.
   */
  public record EditWith(long taskId, String words) implements Command {}

  public record SetTimezone(ZoneId zone) implements Command {}

  /** {@code suggestions on|off}; {@code on} is null for {@code suggestions} alone (where they stand). */
  public record Suggestions(Boolean on) implements Command {}

  /** Not understood; {@code reason} says why in one sentence; {@code aboutWhen} if the schedule is at fault. */
  public record Invalid(String reason, boolean aboutWhen) implements Command, CommandArgs.Invalid {
    public Invalid(String reason) {
      this(reason, false);
    }
  }

  /** Management verbs that take a task number. */
  public enum Verb { PAUSE, RESUME, DELETE, RUN, EDIT }

  public static final String USAGE = String.join("\n",
      "*Create a task* — say what and when, in either order:",
      "• `/task every weekday at 9am summarize #incidents`",
      "• `/task every Friday at 4pm remind me to send the weekly update`",
      "• `/task tomorrow at 3pm remind #launch the freeze starts`",
      "• `/task summarize #eng #design focus launches every Monday at 10am to #leads`",
      "• `/task digest #eng #design every Friday at 4pm`",
      "Schedules can start and end (`starting Monday`, `until Dec 18`, `for 2 weeks`, `6 times`), leave days out "
          + "(`every day except Friday`), keep to hours (`every 30 minutes between 9am and 5pm`), "
          + "count working days (`the last business day of the month`) "
          + "or run in another time zone (`at 9am ET`, `at 17:00 Europe/Berlin`, `at 10am London time`).",
      "Output goes to your DMs unless you add `to #channel` or `in thread &lt;link&gt;`.",
      "*Manage tasks:* `/task list` · `/task pause 3` · `/task resume 3` · `/task run 3` · "
          + "`/task edit 3` (a form) or `/task edit 3 every day at 11am` · `/task delete 3` · `/task timezone Europe/Berlin` · `/task` alone opens a form",
      "*Suggestions* of tasks from what you do by hand: `/task suggestions off` · `/task suggestions on`");

  /** Longest command read; longer text is refused before any pattern runs over it. */
  public static final int MAX_TEXT = 2_000;
  /** Longest reminder text: it is stored, shown in lists, and carried by a button (2,000 chars). */
  public static final int MAX_BODY = 1_000;
  public static final int MAX_FOCUS = 200;
  public static final int MAX_CHANNELS = 10;
  /** A schedule phrase longer than this is not one a person typed (stored in 500 chars). */
  public static final int MAX_PHRASE = 200;

  private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,18})");
  /** "edit 3 every day at 11am": a task number, then what to change. */
  private static final Pattern NUMBER_THEN_WORDS = Pattern.compile("#?(\\d{1,18})\\s+(\\S.*)", Pattern.DOTALL);
  /** Something meant as a number that is not a task number: "-1", "1e9", "99999999999999999999". */
  private static final Pattern NUMBERISH = Pattern.compile("[#+-]?[\\d.,_eE+-]*\\d[\\d.,_eE+-]*");
  private static final Pattern QUOTE = Pattern.compile("[\"“”«»]");
  /**
   * A focus said the way {@code /digest} reads one ({@link DigestArgs#FOCUS_WORDS}: "focus on",
   * "focused on", "about" …); {@link SchedulePlace} ends a schedule said before those words.
   */
  private static final Pattern FOCUS = Pattern.compile(
      "^(?:with\\s+)?" + DigestArgs.FOCUS_WORDS + "\\s*:?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TO_CHANNEL = Pattern.compile(
      "(?:^|\\s)(?:to|in)\\s+(<#[CG][A-Z0-9]+(?:\\|[^>]*)?>)(?=\\s|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_THREAD = Pattern.compile(
      "(?:^|\\s)in\\s+(?:the\\s+)?thread\\s+(\\S+)(?=\\s|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern THIS_THREAD = Pattern.compile(
      "(?:^|\\s)in\\s+this\\s+thread(?=\\s|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATOR = Pattern.compile("^(?:,|and|&)$", Pattern.CASE_INSENSITIVE);

  private final ScheduleParser parser;

  public TaskCommand(ScheduleParser parser) {
    this.parser = parser;
  }

  /**
   * @param ownerId who typed it ("remind me" means them)
   * @param zone    their time zone, in which the schedule is read
   */
  public Command parse(String text, String ownerId, ZoneId zone, ZonedDateTime now) {
    String typed = SlackText.typed(text);
    if (typed.length() > MAX_TEXT) {
      return tooLong("That command", typed.length(), MAX_TEXT);
    }
    String t = typed.strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      return new OpenModal();
    }
    String[] words = t.split(" ", 2);
    String first = words[0].toLowerCase(Locale.ROOT);
    String rest = words.length > 1 ? words[1].strip() : "";
    switch (first) {
      case "help", "?" -> {
        return new Help();
      }
      case "list", "ls" -> {
        return rest.isEmpty() ? new ListTasks(false)
            : rest.equalsIgnoreCase("all") ? new ListTasks(true)
            : new Invalid("`list` takes nothing after it (or `all`, for workspace admins).");
      }
      case "timezone", "tz" -> {
        return timezone(rest);
      }
      case "suggestions", "suggestion" -> {
        return switch (rest.toLowerCase(Locale.ROOT)) {
          case "" -> new Suggestions(null);
          case "on" -> new Suggestions(true);
          case "off" -> new Suggestions(false);
          default -> new Invalid("Say `/task suggestions off` or `/task suggestions on`.");
        };
      }
      default -> { }
    }
    Optional<Verb> verb = verb(first);
    if (verb.isPresent()) {
      Matcher n = NUMBER.matcher(rest);
      if (n.matches()) {
        return new Manage(verb.get(), Long.parseLong(n.group(1)));
      }
      Matcher withWords = NUMBER_THEN_WORDS.matcher(rest);
      if (verb.get() == Verb.EDIT && withWords.matches()) {
        return new EditWith(Long.parseLong(withWords.group(1)), withWords.group(2).strip());
      }
      if (NUMBERISH.matcher(rest).matches()) {
        return new Invalid("'" + SlackText.echo(rest) + "' is not a task number: use the whole number "
            + "`/task list` shows, e.g. `/task " + first + " 3`.");
      }
      if (verb.get() != Verb.RUN || rest.isEmpty()) {
        return new Invalid("Which task? Give its number, e.g. `/task " + first
            + " 3` (`/task list` shows the numbers).");
      }
    }
    return create(t, ownerId, zone, now);
  }

  private static Optional<Verb> verb(String word) {
    return switch (word) {
      case "pause", "stop" -> Optional.of(Verb.PAUSE);
      case "resume", "unpause" -> Optional.of(Verb.RESUME);
      case "delete", "remove", "rm" -> Optional.of(Verb.DELETE);
      case "run" -> Optional.of(Verb.RUN);
      case "edit" -> Optional.of(Verb.EDIT);
      default -> Optional.empty();
    };
  }

  private static Command timezone(String name) {
    if (name.isEmpty()) {
      return new Invalid("Which time zone? Say e.g. `/task timezone Europe/Berlin`.");
    }
    // the zones a schedule may name ("at 9am ET") are the zones this setting takes
    return Schedules.zoneNamed(name).<Command>map(SetTimezone::new).orElseGet(() -> new Invalid(
        "I don't know the time zone '" + SlackText.echo(name)
            + "'. Use a name like `Europe/Berlin`, `America/New_York`, `ET`, `London` or `UTC+2`."));
  }

  /** The form's two fields: the schedule must be all of {@code when}, the action all of {@code what}. */
  public Command parseParts(String what, String when, String ownerId, ZoneId zone, ZonedDateTime now) {
    String whenTyped = SlackText.typed(when).strip().replaceAll("\\s+", " ");
    if (whenTyped.length() > MAX_PHRASE) {
      return new Invalid("That schedule is " + whenTyped.length() + " characters; say it in at most "
          + MAX_PHRASE + ", e.g. `every weekday at 9am`.", true);
    }
    String whatTyped = SlackText.typed(what);
    if (whatTyped.length() > MAX_TEXT) {
      return tooLong("That", whatTyped.length(), MAX_TEXT);
    }
    ParseResult result = parser.parse(whenTyped, zone, now);
    if (result instanceof Refused refused) {
      // The refusal quotes the phrase as typed: escaped, it cannot notify or link.
      return new Invalid(SlackText.escape(refused.reason()), true);
    }
    String action = whatTyped.strip().replaceAll("\\s+", " ");
    if (action.isEmpty()) {
      return new Invalid("Say what to do: start with `remind`, `summarize` or `digest`.");
    }
    return action(action, ownerId, whenTyped, ((Parsed) result).schedule());
  }

  private static Invalid tooLong(String what, int length, int max) {
    return new Invalid(what + " is " + length + " characters; I read at most " + max
        + ". Keep it short, e.g. `/task every Friday at 4pm remind me to send the weekly update`.");
  }

  private Command create(String text, String ownerId, ZoneId zone, ZonedDateTime now) {
    SchedulePlace.Result place = SchedulePlace.find(parser, text, zone, now);
    if (place.ambiguous() != null) {
      return new Invalid(place.ambiguous(), true);
    }
    if (place.found() == null) {
      // the parser's own reason ("there is no time 25:00", "did you mean Wednesday?") when it has one
      return new Invalid(place.refused() != null ? SlackText.escape(place.refused().reason())
          : "I couldn't find when to run it."
          + (place.hint() != null ? " " + SlackText.escape(place.hint().reasonWithoutExamples()) : "")
          + " Add a schedule such as `every weekday at 9am`, "
          + "`every Friday at 4pm` or `tomorrow at 3pm`, at the start or the end.", true);
    }
    Located loc = place.found();
    String phrase = text.substring(loc.start(), loc.end()).strip();
    if (phrase.length() > MAX_PHRASE) {
      return new Invalid("That schedule is " + phrase.length() + " characters long; say it in at most "
          + MAX_PHRASE + ", e.g. `every weekday at 9am`.", true);
    }
    String what = (text.substring(0, loc.start()) + " " + text.substring(loc.end()))
        .strip().replaceAll("\\s+", " ").replaceAll("^[,;:]\\s*|\\s*[,;:.]$", "");
    if (what.isEmpty()) {
      return new Invalid("That says when (" + loc.schedule().describe()
          + ") but not what to do: start with `remind`, `summarize` or `digest`.");
    }
    return action(what, ownerId, phrase, loc.schedule());
  }

  private static Command action(String what, String ownerId, String phrase, Schedule schedule) {
    String[] words = what.split(" ", 2);
    String rest = words.length > 1 ? words[1] : "";
    return switch (words[0].toLowerCase(Locale.ROOT)) {
      case "remind" -> ActionReader.remind(rest, ownerId, phrase, schedule);
      case "summarize", "summarise", "summary" ->
          ActionReader.channels(ActionKind.SUMMARIZE, rest, ownerId, phrase, schedule);
      case "digest" -> ActionReader.channels(ActionKind.DIGEST, rest, ownerId, phrase, schedule);
      default -> new Invalid("I don't know the action '" + SlackText.echo(words[0])
          + "'. Start with `remind`, `summarize` or `digest`.");
    };
  }

  /** The pieces of an action after its verb; package-private for the parser only. */
  static final class ActionReader {

    private ActionReader() {}

    static Command remind(String rest, String ownerId, String phrase, Schedule schedule) {
      Where where = where(rest, false);
      if (where.problem != null) {
        return new Invalid(where.problem);
      }
      String[] words = where.remaining.split(" ", 2);
      String who = words[0];
      String target;
      Destination destination;
      if (who.equalsIgnoreCase("me")) {
        target = ownerId;
        destination = Destination.dm(ownerId);
      } else if (SlackText.userId(who).isPresent()) {
        target = SlackText.userId(who).get();
        destination = Destination.dm(target);
      } else if (SlackText.channelId(who).isPresent()) {
        target = SlackText.channelId(who).get();
        destination = Destination.channel(target);
      } else {
        return new Invalid("Say who to remind: `remind me`, `remind @someone` or `remind #channel`"
            + (who.startsWith("#") || who.startsWith("@")
                ? " (pick them from Slack's autocomplete so the name becomes a link)." : "."));
      }
      String body = words.length > 1 ? words[1].strip() : "";
      if (body.regionMatches(true, 0, "to ", 0, 3)) {
        body = body.substring(3).strip();
      }
      if (body.isEmpty()) {
        return new Invalid("What should the reminder say? e.g. `remind me to send the weekly update`.");
      }
      if (body.length() > MAX_BODY) {
        return new Invalid("That reminder is " + body.length() + " characters; it may have at most "
            + MAX_BODY + ". Put a link to the details in it instead.");
      }
      // Stored as Slack's escaped text, so it is safe wherever it is shown or posted:
      // typed <!channel> stays words and notifies no one. (Slack's own escapes stay as they are.)
      body = SlackText.escape(body);
      if (where.destination != null) {
        destination = where.destination;
      }
      return new Create(new TaskRequest(ActionKind.REMIND, List.of(target), body,
          destination, phrase, schedule));
    }

    static Command channels(ActionKind action, String rest, String ownerId, String phrase,
        Schedule schedule) {
      Where where = where(rest, true);
      if (where.problem != null) {
        return new Invalid(where.problem);
      }
      List<String> channels = new ArrayList<>();
      String[] tokens = where.remaining.isEmpty() ? new String[0] : where.remaining.split(" ");
      int i = 0;
      for (; i < tokens.length; i++) {
        String token = tokens[i].replaceAll(",$", "");
        Optional<String> channel = SlackText.channelId(token);
        if (channel.isPresent()) {
          if (!channels.contains(channel.get())) {
            channels.add(channel.get());
          }
        } else if (!SEPARATOR.matcher(token).matches() && !token.isEmpty()) {
          break;
        }
      }
      if (channels.size() > MAX_CHANNELS) {
        return new Invalid("That is " + channels.size() + " channels; a task covers at most " + MAX_CHANNELS
            + ". Split it into several tasks, or use `/digest` for a weekly roundup of many channels.");
      }
      if (channels.isEmpty()) {
        String hint = tokens.length > 0 && tokens[0].startsWith("#")
            ? " Pick the channel from Slack's autocomplete so its name becomes a link." : "";
        return new Invalid("Which channels? e.g. `" + action.word() + " #incidents`." + hint);
      }
      String tail = String.join(" ", Arrays.copyOfRange(tokens, i, tokens.length)).strip();
      String focus = "";
      if (!tail.isEmpty()) {
        Matcher f = FOCUS.matcher(tail);
        if (!f.matches()) {
          return new Invalid("I don't understand '" + SlackText.echo(tail) + "'. After the channels you "
              + "may add `focus &lt;topics&gt;` and `to #channel`, e.g. `summarize #eng focus launches, risks`.");
        }
        focus = f.group(1).strip();
        if (quotes(focus) % 2 != 0) {
          return new Invalid("A quote in the focus is never closed: write `focus \"launches, risks\"` "
              + "or leave the quotes out (`focus launches, risks`).");
        }
        // "focus \"launches, risks\"": the quotes wrap the whole focus and are not part of it.
        String inner = focus.length() >= 2 ? focus.substring(1, focus.length() - 1) : "";
        if (QUOTE.matcher(focus.substring(0, 1)).matches()
            && QUOTE.matcher(focus.substring(focus.length() - 1)).matches() && quotes(inner) == 0) {
          focus = inner.strip();
        }
        if (focus.length() > MAX_FOCUS) {
          return new Invalid("That focus is " + focus.length() + " characters; keep it to " + MAX_FOCUS
              + ", a few topics such as `focus launches, risks`.");
        }
        focus = SlackText.escape(focus);
      }
      Destination destination = where.destination != null ? where.destination : Destination.dm(ownerId);
      return new Create(new TaskRequest(action, channels, focus, destination, phrase, schedule));
    }

    private static int quotes(String text) {
      Matcher m = QUOTE.matcher(text);
      int count = 0;
      while (m.find()) {
        count++;
      }
      return count;
    }

    /** Takes the delivery clause ("to #channel", "in thread <link>") out of the action text. */
    private static Where where(String text, boolean channelAllowed) {
      if (THIS_THREAD.matcher(text).find()) {
        return Where.problem("Slack doesn't tell apps which thread a command was typed in: use "
            + "`in thread &lt;link to the thread&gt;` (Copy link on the thread's first message) or `to #channel`.");
      }
      Matcher thread = IN_THREAD.matcher(text);
      if (thread.find()) {
        Matcher link = SlackText.MESSAGE_LINK.matcher(thread.group(1));
        if (!link.matches()) {
          return Where.problem("'" + SlackText.echo(thread.group(1)) + "' is not a link to a Slack thread: "
              + "use Copy link on the thread's first message, e.g. `in thread https://…/archives/C…/p…`.");
        }
        Destination d = Destination.thread(link.group(1), link.group(2) + "." + link.group(3));
        return new Where(cut(text, thread), d, null);
      }
      if (channelAllowed) {
        Matcher to = TO_CHANNEL.matcher(text);
        int lastStart = -1;
        while (to.find()) {
          lastStart = to.start();
        }
        if (lastStart >= 0 && to.find(lastStart)) {
          String channel = SlackText.channelId(to.group(1)).orElseThrow();
          return new Where(cut(text, to), Destination.channel(channel), null);
        }
      }
      return new Where(text.strip(), null, null);
    }

    private static String cut(String text, Matcher m) {
      return (text.substring(0, m.start()) + " " + text.substring(m.end())).strip().replaceAll("\\s+", " ");
    }
  }

  private record Where(String remaining, Destination destination, String problem) {
    static Where problem(String why) {
      return new Where("", null, why);
    }
  }
}
