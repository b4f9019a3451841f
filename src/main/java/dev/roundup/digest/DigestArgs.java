package dev.roundup.digest;

import dev.roundup.schedule.Located;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.SlackText;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of {@code /digest}: a sub-command ({@code list}, {@code preview [N]},
 * {@code run [N]}, {@code edit N}, {@code delete N}, {@code help}) or the settings of a digest —
 * {@code #eng #design [every <schedule>] [focus "words"] [to #channel]}, options in any order.
 * People say these in other words too: "unsubscribe 2", "stop 2" and "cancel 2" delete, "send now"
 * runs, "focus on …", "focusing on …" and "about …" give the focus.
 * Channels come as Slack escapes them ({@code <#C123|eng>}) or as plain {@code #names}.
 */
public final class DigestArgs {

  /** What the command asks for. */
  public sealed interface Parsed permits Help, ListAll, Preview, Run, Edit, Delete, Settings, Invalid {}

  public record Help() implements Parsed {}

  public record ListAll() implements Parsed {}

  /** @param number the digest's number in the list, or 0 for "my first (or only) one" */
  public record Preview(int number) implements Parsed {}

  /**
   * Build digest N now and post it where it goes, as its scheduled run would.
   *
   * @param number the digest's number, or 0 for "my first (or only) one"
   */
  public record Run(int number) implements Parsed {}

  /** @param settings new settings given inline, or null to open the form */
  public record Edit(int number, Settings settings) implements Parsed {}

  public record Delete(int number) implements Parsed {}

  /**
   * @param channels    channel references: ids (C…) or names (#eng → "eng") to look up
   * @param schedule    the schedule phrase ("every friday at 4pm") or null for the default
   * @param focus       focus words or null
   * @param destination channel reference of an org digest, "me" for a DM, or null when not given
   *                    (a DM for a new digest, unchanged for an edit)
   */
  public record Settings(List<String> channels, String schedule, String focus, String destination)
      implements Parsed {}

  public record Invalid(String reason) implements Parsed {}

  private static final Pattern PLAIN_CHANNEL = Pattern.compile("#([\\p{L}\\p{N}_.-]+)");
  private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”'«»]");
  private static final Pattern QUOTED = Pattern.compile("[\"“”']([^\"“”']*)[\"“”']");
  /**
   * The words that introduce a focus: "focus", "focus on", "focusing on", "focused on", "about".
   * "on" belongs to the phrase, not to the focus, so "focus on launches" is "focus launches".
   * {@code /task} reads a summary's or digest's focus with the same words.
   */
  public static final String FOCUS_WORDS = "(?:focus(?:ing|ed)?(?:\\s+on)?|about)";
  private static final Pattern FOCUS_WORD = Pattern.compile("\\b" + FOCUS_WORDS + "\\b",
      Pattern.CASE_INSENSITIVE);

  private DigestArgs() {}

  /** Longest command read; channels, a schedule and a focus take a few dozen words. */
  public static final int MAX_TEXT = 1_000;
  public static final int MAX_FOCUS = 200;
  public static final int MAX_CHANNELS = 50;

  public static Parsed parse(String text) {
    String t = SlackText.typed(text).strip();
    if (t.length() > MAX_TEXT) {
      return new Invalid("That is " + t.length() + " characters; I read at most " + MAX_TEXT + ". " + FORMS);
    }
    String lower = t.toLowerCase(Locale.ROOT);
    String[] words = lower.split("\\s+");
    switch (words[0]) {
      case "", "help" -> {
        return new Help();
      }
      case "list", "ls" -> {
        return words.length == 1 ? new ListAll() : new Invalid("`/digest list` takes nothing after it.");
      }
      case "preview" -> {
        if (words.length == 1) {
          return new Preview(0);
        }
        Integer n = number(words[1]);
        return n == null || words.length > 2
            ? new Invalid("Use `/digest preview` or `/digest preview N` (N from `/digest list`).")
            : new Preview(n);
      }
      case "run", "send", "post" -> {
        // "run", "run 2", "run now", "send now 2", "run 2 now": "now" says nothing more.
        List<String> rest = new ArrayList<>(List.of(words).subList(1, words.length));
        rest.remove("now");
        if (rest.isEmpty()) {
          return new Run(0);
        }
        Integer n = rest.size() == 1 ? number(rest.get(0)) : null;
        return n == null
            ? new Invalid("Use `/digest run N` (N from `/digest list`) to post a digest now.")
            : new Run(n);
      }
      case "delete", "remove", "unsubscribe", "stop", "cancel" -> {
        Integer n = words.length == 2 ? number(words[1]) : null;
        return n == null ? new Invalid("Use `/digest delete N` (N from `/digest list`).") : new Delete(n);
      }
      case "edit" -> {
        Integer n = words.length >= 2 ? number(words[1]) : null;
        if (n == null) {
          return new Invalid("Use `/digest edit N` (N from `/digest list`).");
        }
        if (words.length == 2) {
          return new Edit(n, null);
        }
        // What follows the first two words, cut from the text as typed (lower-casing may change
        // its length, so positions found in a lower-cased copy would not fit it).
        Parsed rest = settings(t.replaceFirst("^\\S+\\s+\\S+", ""));
        return rest instanceof Settings s ? new Edit(n, s) : rest;
      }
      default -> {
        return settings(t);
      }
    }
  }

  /** The settings part alone (the form's fields use it too). */
  public static Parsed settings(String text) {
    String rest = SlackText.typed(text);
    if (rest.length() > MAX_TEXT) {
      return new Invalid("That is " + rest.length() + " characters; I read at most " + MAX_TEXT + ". " + FORMS);
    }
    String focus = null;
    Matcher focusQuoted = Pattern.compile("(?i)\\b" + FOCUS_WORDS + "\\s+" + QUOTED.pattern()).matcher(rest);
    if (focusQuoted.find()) {
      focus = focusQuoted.group(1).strip();
      rest = rest.substring(0, focusQuoted.start()) + " " + rest.substring(focusQuoted.end());
    }
    String destination = null;
    Matcher to = Pattern.compile("(?i)\\bto\\s+(" + SlackText.CHANNEL.pattern() + "|"
        + PLAIN_CHANNEL.pattern() + "|me\\b|dm\\b)").matcher(rest);
    if (to.find()) {
      destination = to.group(2) != null ? to.group(2)
          : to.group(4) != null ? to.group(4).toLowerCase(Locale.ROOT) : "me";
      rest = rest.substring(0, to.start()) + " " + rest.substring(to.end());
    }
    List<String> channels = new ArrayList<>();
    Matcher escaped = SlackText.CHANNEL.matcher(rest);
    while (escaped.find()) {
      add(channels, escaped.group(1));
    }
    rest = escaped.replaceAll(" ");
    Matcher plain = PLAIN_CHANNEL.matcher(rest);
    while (plain.find()) {
      add(channels, plain.group(1).toLowerCase(Locale.ROOT));
    }
    rest = plain.replaceAll(" ").strip();
    String schedule = null;
    Matcher focusWord = FOCUS_WORD.matcher(rest);
    int focusAt = focusWord.find() ? focusWord.start() : -1;
    int everyAt = indexOfWord(rest, "every");
    if (focusAt >= 0 && focus == null) {
      // focus without quotes runs to the end of the text or to "every".
      int end = everyAt > focusAt ? everyAt : rest.length();
      focus = rest.substring(focusWord.end(), end).strip();
      if (!focus.isEmpty() && QUOTE_MARK.matcher(focus.substring(0, 1)).matches()) {
        return new Invalid("The quote after `focus` is never closed: write `focus \"launches, risks\"` "
            + "or leave the quotes out (`focus launches, risks`).");
      }
      rest = (rest.substring(0, focusAt) + " " + rest.substring(end)).strip();
      everyAt = indexOfWord(rest, "every");
    }
    if (everyAt >= 0) {
      schedule = rest.substring(everyAt).replaceAll("\\s+", " ").strip();
      rest = rest.substring(0, everyAt).strip();
    } else {
      // "daily at 9am", "mondays at 9am", "weekly": whatever /task reads as a schedule. Only where
      // it is said is looked for here; it is read in the owner's zone when the digest is checked.
      Optional<Located> said = SCHEDULES.locate(rest, ZoneOffset.UTC, ZonedDateTime.now(ZoneOffset.UTC));
      if (said.isPresent()) {
        schedule = rest.substring(said.get().start(), said.get().end()).replaceAll("\\s+", " ").strip();
        rest = (rest.substring(0, said.get().start()) + " " + rest.substring(said.get().end())).strip();
      }
    }
    if (!rest.isBlank()) {
      return new Invalid("I don't understand '" + SlackText.echo(rest) + "'. " + FORMS);
    }
    if (focus != null && focus.isBlank()) {
      focus = null;
    }
    if (focus != null && focus.length() > MAX_FOCUS) {
      return new Invalid("That focus is " + focus.length() + " characters; keep it to " + MAX_FOCUS
          + ", a few topics such as `focus \"launches, risks\"`.");
    }
    if (channels.size() > MAX_CHANNELS) {
      return new Invalid("That is " + channels.size() + " channels; a digest covers at most " + MAX_CHANNELS + ".");
    }
    if (schedule != null && schedule.length() > 200) {
      return new Invalid("That schedule is " + schedule.length() + " characters; say it in a few words, "
          + "e.g. `every friday at 4pm`.");
    }
    // Stored and shown as Slack's escaped text: typed markup stays words.
    focus = focus == null ? null : SlackText.escape(focus);
    return new Settings(channels, schedule, focus, destination);
  }

  private static final ScheduleParser SCHEDULES = new ScheduleParser();

  static final String FORMS = "Try `/digest #eng #design every friday at 4pm focus \"launches, risks\"` "
      + "or `/digest help`.";

  private static void add(List<String> channels, String ref) {
    if (!channels.contains(ref)) {
      channels.add(ref);
    }
  }

  /** Where the word starts in the text, in any case; -1 when it is not there. */
  private static int indexOfWord(String text, String word) {
    Matcher m = Pattern.compile("\\b" + word + "\\b", Pattern.CASE_INSENSITIVE).matcher(text);
    return m.find() ? m.start() : -1;
  }

  private static Integer number(String word) {
    try {
      int n = Integer.parseInt(word.replaceFirst("^#", ""));
      return n >= 1 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
