package dev.roundup.conversations;

import dev.roundup.slack.CommandArgs;
import dev.roundup.slack.SlackText;
import dev.roundup.summaries.SummarizeArgs;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a catch-up request: {@code /catchup}, {@code /catchup since tuesday}, {@code /catchup 3d
 * here}, {@code @roundup catch me up}, {@code @roundup what did I miss since monday?}. Without a
 * period it runs from the person's last message; the answer comes by DM unless they ask for it
 * here (an ephemeral message only they see).
 */
public final class CatchUpArgs {

  public static final String USAGE = String.join("\n",
      "*How to use `/catchup`*",
      "• `/catchup` — what you missed since your last message, by DM",
      "• `/catchup since tuesday`, `/catchup 3d`, `/catchup since last week` — from when you say (up to 90 days)",
      "• `/catchup here` — as a message only you see, here instead of a DM",
      "• Or mention `@roundup catch me up` anywhere.",
      "First what waits on you (questions and mentions you haven't answered, your action items, "
          + "threads you were in that moved on), then each of your channels.");

  /** What was asked. */
  public sealed interface Result permits Help, Invalid, Request { }

  public record Help() implements Result, CommandArgs.Help { }

  public record Invalid(String reason) implements Result, CommandArgs.Invalid { }

  /**
   * @param since  start of the period, or null for "since my last message"
   * @param window the period in words, or null
   * @param here   answer as an ephemeral message where asked, rather than by DM
   */
  public record Request(ZonedDateTime since, String window, boolean here) implements Result { }

  /** How a mention asks to be caught up; the rest of the text is the period and the delivery. */
  private static final Pattern LEAD = Pattern.compile("(?iu)^\\W*(?:(?:please|pls|hey)[\\s,]+)?"
      + "(?:catch\\s*(?:me\\s+)?up|catchup|what\\s+(?:did|have)\\s+i\\s+miss(?:ed)?"
      + "|what\\s+i\\s+missed|bring\\s+me\\s+up\\s+to\\s+(?:date|speed))\\b[\\s,:.!?]*(.*)$");
  private static final Pattern HERE = Pattern.compile(
      "(?i)(?:^|\\s)(?:right\\s+)?(here|ephemeral(?:ly)?|privately\\s+here|in\\s+(?:this\\s+)?channel)(?=\\s|$)");
  private static final Pattern DM = Pattern.compile("(?i)(?:^|\\s)(?:by\\s+|in\\s+(?:a\\s+)?|as\\s+a\\s+)?(dm|direct\\s+message)(?=\\s|$)");
  private static final Pattern I_WAS_OUT = Pattern.compile(
      "(?i)^(?:,?\\s*(?:i\\s+was|i've\\s+been|i\\s+have\\s+been)\\s+(?:out|away|off)\\s*)");

  private CatchUpArgs() {}

  /** The catch-up a mention asks for, or empty when the mention asks something else. */
  public static Optional<Result> fromMention(String text, ZonedDateTime now) {
    Matcher m = LEAD.matcher(SlackText.typed(text == null ? "" : text).strip());
    return m.matches() ? Optional.of(rest(m.group(1), now)) : Optional.empty();
  }

  /** What {@code /catchup}'s text asks for. */
  public static Result fromCommand(String text, ZonedDateTime now) {
    String t = SlackText.typed(text == null ? "" : text).strip();
    if (t.equalsIgnoreCase("help") || t.equals("?")) {
      return new Help();
    }
    Matcher m = LEAD.matcher(t);
    return rest(m.matches() ? m.group(1) : t, now);
  }

  private static Result rest(String rest, ZonedDateTime now) {
    String t = rest.strip().replaceAll("[?.!]+$", "").strip();
    boolean here = false;
    Matcher h = HERE.matcher(t);
    if (h.find()) {
      here = true;
      t = (t.substring(0, h.start()) + " " + t.substring(h.end())).strip();
    }
    Matcher dm = DM.matcher(t);
    if (dm.find()) {
      here = false;
      t = (t.substring(0, dm.start()) + " " + t.substring(dm.end())).strip();
    }
    t = I_WAS_OUT.matcher(t).replaceFirst("").strip().replaceFirst("^(?:on|for|from)\\s+", "");
    if (t.isEmpty()) {
      return new Request(null, null, here);
    }
    SummarizeArgs.Result window = window(t, now, "/catchup 30d");
    if (window instanceof SummarizeArgs.Request r) {
      return new Request(r.since(), r.window(), here);
    }
    SummarizeArgs.Invalid invalid = (SummarizeArgs.Invalid) window;
    if (!invalid.unreadWindow()) {
      return new Invalid(invalid.reason());
    }
    return new Invalid("I didn't understand \"" + SlackText.echo(t) + "\" as a time: try `since "
        + "tuesday`, `3d` or `since " + now.toLocalDate().minusDays(7) + "` (up to 90 days).");
  }

  /**
   * A catch-up's period, by the window rule every command shares ({@link SummarizeArgs#window}:
   * a window longer than 90 days is refused in the same words everywhere); a bare day
   * ("tuesday", "2026-11-02") means since that day. The command line's {@code --since} reads it
   * the same way.
   *
   * @param example the command to suggest instead of a window that does not fit
   */
  public static SummarizeArgs.Result window(String words, ZonedDateTime now, String example) {
    SummarizeArgs.Result window = SummarizeArgs.window(words, now, example);
    if (window instanceof SummarizeArgs.Invalid invalid && invalid.unreadWindow()) {
      SummarizeArgs.Result since = SummarizeArgs.window("since " + words, now, example);
      if (!(since instanceof SummarizeArgs.Invalid i && i.unreadWindow())) {
        return since;
      }
    }
    return window;
  }

  /** "since tuesday" as the reader sees it. */
  static String describe(Request request) {
    return request.window() == null ? "since your last message"
        : request.window().toLowerCase(Locale.ROOT).startsWith("since") || request.window().startsWith("last")
            || request.window().equals("today") || request.window().startsWith("this")
            ? request.window() : "since " + request.window();
  }
}
