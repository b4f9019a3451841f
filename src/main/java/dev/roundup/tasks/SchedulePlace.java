package dev.roundup.tasks;

import dev.roundup.digest.DigestArgs;
import dev.roundup.schedule.Located;
import dev.roundup.schedule.ParseResult;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Refused;
import dev.roundup.schedule.ScheduleParser;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a {@code /task} command says when. The schedule is one run of words at an end: before the
 * action word ("every weekday at 9am summarize #incidents"), at the end of the command, or of the
 * action before a closing "to #channel" / "in thread &lt;link&gt;" / "focus on …", or right after "remind WHO"
 * and before the message ("remind me every day at 9am to stretch"). Words inside the message ("the
 * weekly sync", "PR 42", "for monday") are never taken for the schedule, which is how a word of
 * the message once became a weekly schedule and took the rest of the words with it.
 *
 * <p>At an end the longest run of words the parser reads is the schedule, unless a longer run is
 * refused for a reason that is not about its words going together (a time that does not exist, a
 * day that has passed, a misspelt day name): then that is said rather than a shorter schedule
 * run. Runs refused because their words clash ("monday tomorrow", "42 tomorrow at 10am") give way
 * to a shorter one: the extra words are the message's. When two places both hold a schedule, the
 * command is refused: which one was meant is not guessed.
 */
final class SchedulePlace {

  /**
   * The schedule found, or why there is none: {@code refused} if the parser's reason says it;
   * {@code hint} when none was found but a run at the end that starts as a schedule does ("at
   * lunch"), said beside the general answer since it may as well be the message's words.
   */
  record Result(Located found, Refused refused, String ambiguous, Refused hint) {
    Result(Located found, Refused refused, String ambiguous) {
      this(found, refused, ambiguous, null);
    }
  }

  /** A word {@link TaskCommand} reads a focus after (one word of its phrase): a schedule ends there. */
  private static final Pattern FOCUS = Pattern.compile(DigestArgs.FOCUS_WORDS, Pattern.CASE_INSENSITIVE);
  private static final Pattern ACTION_WORD = Pattern.compile("(?i)remind|summari[sz]e|summary|digest");
  /** Words that never start a schedule run at an end: they belong to the message before it. */
  private static final Set<String> NOT_FIRST = Set.of("the", "and", ",", "/", "of", "for", "from",
      "only", "run", "to", "a", "an");
  /** Words that end a schedule said right after "remind WHO" and start the message. */
  private static final Set<String> MESSAGE_START = Set.of("to", "about", "that", "of");
  /**
   * Words a schedule starts with: a run at the end that starts with one and is not understood
   * further on ("at lunch", "every day at 9 in the mornin") is named beside the general answer
   * when no schedule is found.
   */
  private static final Set<String> OPENERS = Set.of("every", "each", "at", "on", "until", "till",
      "starting", "from");
  /** Longest schedule tried, in words. */
  private static final int MAX_WORDS = 20;

  private SchedulePlace() {}

  private record Word(String text, int start, int end) {}

  static Result find(ScheduleParser parser, String text, ZoneId zone, ZonedDateTime now) {
    List<Word> words = words(text);
    int verb = -1;
    for (int i = 0; i < words.size() && verb < 0; i++) {
      if (ACTION_WORD.matcher(words.get(i).text()).matches()) {
        verb = i;
      }
    }
    Search search = new Search(parser, text, words, zone, now);
    if (verb != 0) {
      // The schedule comes first and runs up to the action word: all of it is the schedule.
      int end = verb < 0 ? words.size() : verb;
      if (verb > 0) {
        return search.exactly(0, end);
      }
      return search.leading(end);
    }
    List<Integer> ends = new ArrayList<>(List.of(words.size()));
    int clause = closingClause(words);
    if (clause > 0) {
      ends.add(clause);
    }
    int focus = words.get(0).text().equalsIgnoreCase("remind") ? -1 : focusClause(words);
    if (focus > 1 && !ends.contains(focus)) {
      ends.add(focus);
    }
    Result atEnd = new Result(null, null, null);
    for (int end : ends) {
      Result here = search.trailing(end, 2);
      if (here.found() != null) {
        atEnd = here;
        break;
      }
      if (atEnd.refused() == null && atEnd.hint() == null) {
        atEnd = here;
      }
    }
    Result afterWho = words.get(0).text().equalsIgnoreCase("remind") && words.size() > 3
        ? search.afterWho(ends.get(ends.size() - 1)) : new Result(null, null, null);
    if (atEnd.found() != null && afterWho.found() != null) {
      return new Result(null, null, "That says when twice (\"" + span(text, afterWho.found()) + "\" and \""
          + span(text, atEnd.found()) + "\"). Say it once, at the start or the end, e.g. `/task remind me to "
          + "send the update " + span(text, atEnd.found()) + "`.");
    }
    if (afterWho.found() != null || atEnd.found() == null && atEnd.refused() == null
        && afterWho.refused() != null) {
      return afterWho;
    }
    return atEnd;
  }

  private static String span(String text, Located l) {
    return text.substring(l.start(), l.end());
  }

  /** "… to #leads" or "… in thread &lt;link&gt;" closing a command: where it starts, or -1. */
  private static int closingClause(List<Word> words) {
    int n = words.size();
    if (n >= 3 && words.get(n - 3).text().equalsIgnoreCase("in") && words.get(n - 2).text().equalsIgnoreCase("thread")) {
      return n - 3;
    }
    if (n >= 2 && words.get(n - 2).text().matches("(?i)to|in") && words.get(n - 1).text().startsWith("<#")) {
      return n - 2;
    }
    return -1;
  }

  /**
   * "… focus on outages" or "… about launches and risks" closing a summary or a digest, after its
   * schedule ("summarize #incidents every weekday at 9am focus on outages"): where the last such
   * word is, or -1. A reminder's "about" is its message's.
   */
  private static int focusClause(List<Word> words) {
    for (int i = words.size() - 2; i > 1; i--) {
      if (FOCUS.matcher(words.get(i).text()).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    var m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      words.add(new Word(m.group(), m.start(), m.end()));
    }
    return words;
  }

  /** Parses runs of the command's words. */
  private record Search(ScheduleParser parser, String text, List<Word> words, ZoneId zone,
      ZonedDateTime now) {

    ParseResult parse(int from, int to) {
      return parser.parse(text.substring(words.get(from).start(), words.get(to - 1).end()), zone, now);
    }

    Result found(ParseResult parsed, int from, int to) {
      return new Result(new Located(((Parsed) parsed).schedule(), words.get(from).start(),
          words.get(to - 1).end()), null, null);
    }

    /** Words {@code [from, to)} are the schedule, or the parser's reason why they are none. */
    Result exactly(int from, int to) {
      ParseResult r = parse(from, to);
      return r instanceof Refused refused ? new Result(null, refused, null) : found(r, from, to);
    }

    /** No action word: the longest run from the start (the action is then said to be unknown). */
    Result leading(int end) {
      Refused first = null;
      for (int to = Math.min(end, MAX_WORDS); to > 0; to--) {
        ParseResult r = parse(0, to);
        if (r instanceof Parsed) {
          return found(r, 0, to);
        }
        first = first == null ? (Refused) r : first;
      }
      return new Result(null, first != null && (!first.wordsUnread() || first.misspelt()) ? first : null, null);
    }

    /** The longest run ending at word {@code end} and starting at or after {@code min}. */
    Result trailing(int end, int min) {
      Refused said = null;
      Refused opened = null;
      Result bareNumber = null;
      for (int from = Math.max(min, end - MAX_WORDS); from < end; from++) {
        if (NOT_FIRST.contains(words.get(from).text().toLowerCase(Locale.ROOT))) {
          continue;
        }
        ParseResult r = parse(from, end);
        if (r instanceof Parsed && bareNumber == null && words.get(from).text().matches("\\d+")) {
          // "part 2 tomorrow", "PR 42 tomorrow": a bare number is the message's when what follows
          // it is a schedule of its own; "at 2 tomorrow" says it is a time
          bareNumber = found(r, from, end);
          continue;
        }
        if (r instanceof Parsed) {
          return said != null ? new Result(null, said, null) : found(r, from, end);
        }
        Refused refused = (Refused) r;
        if (said == null && (refused.misspelt() || !refused.wordsUnread() && !refused.clash())) {
          said = refused;
        }
        if (opened == null && refused.unread() != null && !refused.unread().first()
            && OPENERS.contains(words.get(from).text().toLowerCase(Locale.ROOT))) {
          opened = refused;
        }
      }
      if (bareNumber != null && said == null) {
        return bareNumber;
      }
      return new Result(null, said, null, said == null ? opened : null);
    }

    /** "remind me every day at 9am to stretch": the longest run after WHO that a message follows. */
    Result afterWho(int end) {
      Refused said = null;
      for (int to = Math.min(end - 1, 2 + MAX_WORDS); to > 2; to--) {
        if (!MESSAGE_START.contains(words.get(to).text().toLowerCase(Locale.ROOT))) {
          continue;
        }
        ParseResult r = parse(2, to);
        if (r instanceof Parsed) {
          return said != null ? new Result(null, said, null) : found(r, 2, to);
        }
        Refused refused = (Refused) r;
        if (said == null && !refused.wordsUnread() && !refused.clash()) {
          said = refused;
        }
      }
      return new Result(null, said, null);
    }
  }
}
