package dev.roundup.conversations;

import dev.roundup.slack.CommandArgs;
import dev.roundup.slack.SlackText;
import dev.roundup.summaries.SummarizeArgs;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question about a channel: {@code /ask #eng 30d what did we decide about pricing?},
 * {@code @roundup what did we decide about the pricing page this month?}. A channel link anywhere
 * names the channel; a window at the start (the way {@code /summarize} takes one) or at the end
 * of the question ("this month", "in the last 2 weeks", "since tuesday") bounds it; what is left
 * is the question. Times are in the asker's zone.
 */
public final class QuestionArgs {

  /** How far back a question about a channel looks when it names no window. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);
  /** Longest question read. */
  public static final int MAX_TEXT = 1_000;

  public static final String USAGE = String.join("\n",
      "*How to use `/ask`*",
      "• `/ask who owns the status page?` — this channel, last 30 days",
      "• `/ask #eng 7d what did we decide about pricing?` — another channel you're a member of, "
          + "and a window (up to 90 days: `3d`, `2w`, `since monday`, `this month`)",
      "• In a thread, mention `@roundup` with your question to ask about the thread.",
      "The answer quotes the messages it rests on, or says it couldn't find one.");

  /** What was asked. */
  public sealed interface Result permits Help, Invalid, Question { }

  public record Help() implements Result, CommandArgs.Help { }

  public record Invalid(String reason) implements Result, CommandArgs.Invalid { }

  /**
   * @param channelId the channel named, or null for "here"
   * @param since     start of the window, or null for the default
   * @param window    the window in words, or null
   * @param question  the question itself (mentions of people kept)
   */
  public record Question(String channelId, ZonedDateTime since, String window, String question)
      implements Result {

    /**
     * This question with the default window when it named none: its start, and no words (the
     * answer says "last 30 days" in its own language).
     */
    public Question orDefault(ZonedDateTime now) {
      return since != null ? this : new Question(channelId, now.minus(DEFAULT_WINDOW), null, question);
    }
  }

  /** A window phrase at the end of a question ("… this month?"), before its question mark. */
  private static final Pattern TRAILING_WINDOW = Pattern.compile(
      "(?i)\\s*,?\\s*((?:(?:in|over|during|for|from)\\s+)?(?:the\\s+)?(?:this\\s+(?:week|month)|today"
          + "|yesterday|(?:last|past|previous)\\s+(?:week|month|day|\\d+\\s+(?:days?|weeks?|hours?))"
          + "|since\\s+[\\p{L}\\d-]+))\\s*([?？.!]*)\\s*$");
  private static final Pattern WORDS = Pattern.compile("\\S+");
  /** What to try instead of a window that does not fit. */
  private static final String TRY = "/ask 30d what did we decide?";

  private QuestionArgs() {}

  public static Result parse(String text, ZonedDateTime now) {
    String raw = SlackText.typed(text == null ? "" : text).strip();
    if (raw.length() > MAX_TEXT) {
      return new Invalid("That is " + raw.length() + " characters; I read questions of at most "
          + MAX_TEXT + ".");
    }
    String channelId = null;
    Matcher ch = SlackText.CHANNEL.matcher(raw);
    if (ch.find()) {
      channelId = ch.group(1);
      raw = (raw.substring(0, ch.start()) + " " + raw.substring(ch.end())).strip();
    }
    if (raw.equalsIgnoreCase("help") || raw.equals("?") || raw.isEmpty()) {
      return new Help();
    }
    SummarizeArgs.Request window = null;
    // A window at the start, as /summarize takes one: the longest run of up to four words. The
    // window is read by the rule /summarize and /catchup use, so one too long is refused in the
    // same words rather than read as part of the question (and the default window used).
    Matcher words = WORDS.matcher(raw);
    int[] ends = new int[4];
    int count = 0;
    while (count < 4 && words.find()) {
      ends[count++] = words.end();
    }
    for (int n = count; n >= 1; n--) {
      SummarizeArgs.Result leading = SummarizeArgs.window(raw.substring(0, ends[n - 1]), now, TRY);
      if (leading instanceof SummarizeArgs.Invalid invalid && !invalid.unreadWindow()) {
        return new Invalid(invalid.reason());
      }
      if (leading instanceof SummarizeArgs.Request request) {
        if (ends[n - 1] >= raw.length()) {
          return new Invalid("`" + SlackText.echo(raw) + "` is a window; a question is needed "
              + "after it, e.g. `/ask " + SlackText.echo(raw) + " what did we decide?`");
        }
        window = request;
        raw = raw.substring(ends[n - 1]).strip();
        break;
      }
    }
    if (window == null) {
      Matcher trailing = TRAILING_WINDOW.matcher(raw);
      if (trailing.find() && trailing.start() > 0) {
        SummarizeArgs.Result found = SummarizeArgs.window(trailing.group(1), now, TRY);
        if (found instanceof SummarizeArgs.Invalid invalid && !invalid.unreadWindow()) {
          return new Invalid(invalid.reason());
        }
        if (found instanceof SummarizeArgs.Request request) {
          window = request;
          raw = raw.substring(0, trailing.start()).strip() + trailing.group(2);
        }
      }
    }
    if (raw.replaceAll("[\\p{Punct}\\s]", "").isEmpty()) {
      return new Invalid("What would you like to know? Add a question, e.g. `/ask who owns the "
          + "status page?`");
    }
    return new Question(channelId, window == null ? null : window.since(),
        window == null ? null : window.window(), raw);
  }
}
