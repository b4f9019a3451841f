package dev.roundup.summaries;

import dev.roundup.slack.CommandArgs;
import dev.roundup.slack.SlackText;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what someone asked to summarize: {@code /summarize}, {@code /summarize #eng 7d},
 * {@code @roundup summarize last 3 days}, {@code since monday}, a link to a thread (any of its
 * messages' "Copy link"), {@code help}. Times are in the asker's zone (the {@code now} given).
 * What a refusal quotes is what was typed, as typed.
 */
public final class SummarizeArgs {

  /** What was asked. */
  public sealed interface Result permits Help, Invalid, Request { }

  public record Help() implements Result, CommandArgs.Help { }

  /**
   * @param unreadWindow the words after the channel were not a time window at all (rather than a
   *                     window out of range, or a channel that could not be told): such text may
   *                     be something else, such as a question
   */
  public record Invalid(String reason, boolean unreadWindow) implements Result, CommandArgs.Invalid {

    public Invalid(String reason) {
      this(reason, false);
    }
  }

  /**
   * @param channelId the channel named in the request (or the linked thread's), or null for "here"
   * @param since     start of the window, or null when none was given (the caller's default applies)
   * @param window    words for the window ("last 3 days", "since Monday"), or null
   * @param threadTs  the thread a link named, summarized whole (no window), or null
   */
  public record Request(String channelId, ZonedDateTime since, String window, String threadTs)
      implements Result {

    public Request(String channelId, ZonedDateTime since, String window) {
      this(channelId, since, window, null);
    }

    /** This request, with the default window (going back from {@code now}) when none was given. */
    public Request orDefault(ZonedDateTime now, Duration defaultWindow) {
      return since != null || threadTs != null ? this : new Request(channelId,
          now.minus(defaultWindow), window != null ? window : "last " + defaultWindow.toHours() + " hours");
    }
  }

  public static final Duration MAX_WINDOW = Duration.ofDays(90);

  public static final String USAGE = String.join("\n",
      "*How to use `/summarize`*",
      "• `/summarize` — this channel, last 24 hours",
      "• `/summarize 3d` or `/summarize last 3 days` — a longer window (up to 90 days)",
      "• `/summarize since monday` — since the start of a day (also `since yesterday`, `since 2026-11-02`)",
      "• `/summarize #channel 7d` — another channel you're a member of",
      "• `/summarize https://…/archives/C…/p…` — a thread, whole (Copy link on any of its messages)",
      "• In a thread, mention `@roundup` to summarize the whole thread.");

  private static final Pattern LEAD =
      Pattern.compile("(?iu)^(summari[sz]e|summary|tl;?dr)\\b[:,]?\\s*");
  /** Words before a window ("for the last 3 days", "the past week"), read past. */
  private static final Pattern WINDOW_LEAD = Pattern.compile("(?iu)^(?:for|over|of|from)\\s+");
  private static final Pattern IN_WINDOW_LEAD = Pattern.compile("(?iu)^(?:in|over|during|for|from)\\s+");
  private static final Pattern THE = Pattern.compile("(?iu)^the\\s+");
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(m|min|h|hr|d|w)");
  private static final Pattern LAST = Pattern.compile(
      "(?:(?:last|past|previous)\\s+)?(\\d+|a|an|one)\\s+(minutes?|mins?|hours?|hrs?|days?|weeks?)");
  private static final Pattern SINCE = Pattern.compile("(?iu)since\\s+(.+)");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private SummarizeArgs() {}

  /** Longest request read; a window and a channel take a few words. */
  public static final int MAX_TEXT = 500;

  public static Result parse(String text, ZonedDateTime now) {
    String raw = SlackText.typed(text).strip();
    if (raw.length() > MAX_TEXT) {
      return new Invalid("That is " + raw.length() + " characters; I read at most " + MAX_TEXT
          + ". Name a channel and a window, e.g. `/summarize #eng 7d`.");
    }
    String channelId = null;
    String threadTs = null;
    Optional<SlackText.PastedMessageLink> link = SlackText.messageLink(raw);
    if (link.isPresent()) {
      // A link to a message names its thread, wherever in the text it is pasted.
      channelId = link.get().channelId();
      threadTs = link.get().thread();
      raw = (raw.substring(0, link.get().start()) + " " + raw.substring(link.get().end())).strip();
      if (SlackText.messageLink(raw).isPresent()) {
        return new Invalid("I summarize one thread at a time: paste the link to one of them, "
            + "e.g. `/summarize https://…/archives/C…/p…`.");
      }
      if (SlackText.CHANNEL.matcher(raw).find()) {
        return new Invalid("Name a channel or link a thread, not both: `/summarize #eng 7d` "
            + "summarizes a channel, `/summarize https://…/archives/C…/p…` one thread.");
      }
    }
    Matcher ch = SlackText.CHANNEL.matcher(raw);
    if (threadTs == null && ch.find()) {
      channelId = ch.group(1);
      raw = (raw.substring(0, ch.start()) + " " + raw.substring(ch.end())).trim();
      if (SlackText.CHANNEL.matcher(raw).find()) {
        return new Invalid("I summarize one channel at a time, e.g. `/summarize #eng 7d`; for several "
            + "channels together try `/digest preview` after `/digest #eng #design`.");
      }
    }
    // Matched without changing case: what a refusal quotes is what the person typed.
    String t = LEAD.matcher(raw).replaceFirst("").trim();
    if (t.equalsIgnoreCase("help") || t.equals("?")) {
      return new Help();
    }
    Optional<String> unlinked = channelId == null ? SlackText.unlinkedChannelName(raw)
        : Optional.empty();
    if (unlinked.isPresent()) {
      return new Invalid(CommandArgs.unknownChannel(unlinked.get(), "/summarize #eng 7d"));
    }
    t = THE.matcher(WINDOW_LEAD.matcher(t).replaceFirst("")).replaceFirst("").trim();
    if (t.isEmpty()) {
      return new Request(channelId, null, null, threadTs);
    }
    Result window = window(t, now, "/summarize 30d");
    if (threadTs != null) {
      // A thread is read whole; words that are no window at all may be a question about it.
      return window instanceof Invalid invalid && invalid.unreadWindow() ? window
          : new Invalid("A linked thread is summarized whole, so it takes no time window: "
              + "`/summarize https://…/archives/C…/p…`; for a window name the channel, e.g. "
              + "`/summarize #eng 7d`.");
    }
    if (window instanceof Request r) {
      return new Request(channelId, r.since(), r.window());
    }
    return window;
  }

  /**
   * Some words read as a window going back from {@code now} ("3d", "last 2 weeks", "since
   * tuesday", "this month"): the one rule {@code /summarize}, {@code /ask}, {@code /catchup} and
   * the command line's {@code --since} share, so a window one of them refuses, the others refuse
   * in the same words. A {@link Request} without channel for a window that fits; an
   * {@link Invalid} with {@code unreadWindow} for words that name no time at all (the caller may
   * read them otherwise, e.g. as a question); an {@link Invalid} saying why for a time that does
   * not fit — longer than {@link #MAX_WINDOW}, starting in the future, or empty.
   *
   * @param example the command to suggest instead, e.g. {@code "/ask 30d what did we decide?"}
   */
  public static Result window(String words, ZonedDateTime now, String example) {
    String typed = THE.matcher(IN_WINDOW_LEAD.matcher(words.strip()).replaceFirst("")).replaceFirst("");
    if (typed.isEmpty()) {
      return new Invalid("No time window given.", true);
    }
    Result read = read(typed, now, example);
    if (read instanceof Request r) {
      if (Duration.between(r.since(), now).compareTo(MAX_WINDOW) > 0) {
        return new Invalid(tooLong(example));
      }
      if (!r.since().isBefore(now)) {
        return new Invalid("That window starts in the future. Try `" + example + "`.");
      }
    }
    return read;
  }

  /** What every command says to a window longer than {@link #MAX_WINDOW}. */
  private static String tooLong(String example) {
    return "I can look back at most 90 days. Try `" + example + "`.";
  }

  /** @param typed the words as typed: matched in lower case, quoted as they are */
  private static Result read(String typed, ZonedDateTime now, String example) {
    String t = typed.toLowerCase(Locale.ROOT);
    Matcher m;
    if ((m = SHORT.matcher(t)).matches()) {
      return back(now, count(m.group(1)), m.group(2), t, example);
    }
    if ((m = LAST.matcher(t)).matches()) {
      String n = m.group(1);
      int count = n.chars().allMatch(Character::isDigit) ? count(n) : 1;
      return back(now, count, m.group(2), "last " + count + " " + m.group(2), example);
    }
    switch (t) {
      case "today": return new Request(null, now.toLocalDate().atStartOfDay(now.getZone()), "today");
      case "yesterday": return sinceDay("yesterday", now, example); // from its start to now, as people mean it
      case "day", "last day", "past day": return back(now, 24, "h", "last 24 hours", example);
      case "this month":
        return since(now, now.toLocalDate().withDayOfMonth(1), "this month");
      case "month", "last month", "past month": return back(now, 30, "d", "last 30 days", example);
      case "week", "last week", "past week", "this week":
        return t.equals("this week")
            ? since(now, now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), "this week")
            : back(now, 7, "d", "last 7 days", example);
      default: break;
    }
    if ((m = SINCE.matcher(typed)).matches()) {
      return sinceDay(m.group(1).trim(), now, example);
    }
    return new Invalid("I didn't understand \"" + SlackText.echo(typed) + "\" as a time window.",
        true);
  }

  /**
   * The window some words name, when it is one {@link #window(String, ZonedDateTime, String)}
   * accepts; empty for anything else.
   */
  public static java.util.Optional<Request> windowIn(String words, ZonedDateTime now) {
    return window(words, now, "/summarize 30d") instanceof Request request
        ? java.util.Optional.of(request) : java.util.Optional.empty();
  }

  /** A count of minutes, hours, days or weeks; beyond any window Roundup reads, it is capped. */
  private static int count(String digits) {
    return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  /** @param typed what follows "since", as typed */
  private static Result sinceDay(String typed, ZonedDateTime now, String example) {
    String day = typed.toLowerCase(Locale.ROOT);
    LocalDate today = now.toLocalDate();
    if (day.equals("yesterday")) {
      return since(now, today.minusDays(1), "since yesterday");
    }
    if (day.equals("today") || day.equals("this morning")) {
      return since(now, today, "today");
    }
    if (ISO_DATE.matcher(day).matches()) {
      try {
        LocalDate date = LocalDate.parse(day);
        return since(now, date, "since " + date);
      } catch (DateTimeParseException e) {
        return new Invalid("\"" + SlackText.echo(typed) + "\" is not a real date.");
      }
    }
    for (DayOfWeek dow : DayOfWeek.values()) {
      String name = dow.name().toLowerCase(Locale.ROOT);
      if (day.equals(name) || day.equals(name.substring(0, 3)) || day.equals("last " + name)) {
        LocalDate date = today.with(TemporalAdjusters.previousOrSame(dow));
        if (day.startsWith("last ") && date.equals(today)) {
          date = date.minusWeeks(1);
        }
        String label = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        return since(now, date, "since " + label);
      }
    }
    // "since 5d", "since last week", "since this week": "since" before a window that reads
    // without it means that window.
    if (!SINCE.matcher(typed).matches()) {
      Result window = read(THE.matcher(typed).replaceFirst(""), now, example);
      if (!(window instanceof Invalid invalid && invalid.unreadWindow())) {
        return window;
      }
    }
    // Not a day at all ("since when did we…"): words that may be something else, as a question.
    return new Invalid("I didn't understand \"since " + SlackText.echo(typed) + "\": try `since monday`, "
        + "`since yesterday` or `since 2026-11-02`.", true);
  }

  private static Result since(ZonedDateTime now, LocalDate date, String words) {
    return new Request(null, date.atStartOfDay(now.getZone()), words);
  }

  private static Result back(ZonedDateTime now, int n, String unit, String words, String example) {
    if (n <= 0) {
      return new Invalid("The window must be at least one " + describe(1, unit).substring(2)
          + ", e.g. `" + example + "`.");
    }
    Duration d = switch (unit.charAt(0)) {
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      case 'd' -> Duration.ofDays(n);
      default -> Duration.ofDays(7L * n);
    };
    if (d.compareTo(MAX_WINDOW) > 0) {
      return new Invalid(tooLong(example));
    }
    return new Request(null, now.minus(d), words.matches("\\d+\\s*[a-z]+") ? "last " + describe(n, unit) : words);
  }

  private static String describe(int n, String unit) {
    String word = switch (unit.charAt(0)) {
      case 'm' -> "minute";
      case 'h' -> "hour";
      case 'd' -> "day";
      default -> "week";
    };
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** True when the text, with mentions removed, is only a summarize request (not conversation). */
  public static boolean isOnlyARequest(String textWithoutMentions) {
    String t = textWithoutMentions.trim();
    return t.isEmpty() || (LEAD.matcher(t).lookingAt()
        && !(parse(t, ZonedDateTime.now()) instanceof Invalid));
  }
}
