package dev.roundup.schedule;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Natural-language schedule parser: "every weekday at 9am", "on the 1st of every month",
 * "tomorrow at 3pm", "in 2 hours". Stateless and thread-safe. It never guesses: every word must be
 * understood, and impossible or past dates are refused with a reason.
 */
public final class ScheduleParser {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleParser.class);

  /** Words that may sit inside a schedule but are never its first or last word when located. */
  private static final Set<String> EDGE_WORDS = Set.of("the", "and", ",", "/", "of", "in", "for",
      "from", "starting", "only", "run", "at", "on");
  private static final Set<String> LEADING_OK = Set.of("at", "on", "in");
  /** Longest span tried by {@link #locate}; schedule phrases are short, commands may not be. */
  private static final int MAX_SPAN = 20;

  public ScheduleParser() {}

  public ParseResult parse(String phrase, ZoneId zone, ZonedDateTime now) {
    Refusals refusals = new Refusals(phrase);
    if (phrase == null || phrase.isBlank()) {
      return refusals.refuse("it is empty");
    }
    // A description (Schedule.describe) is shown in forms and read back: its note is not a word.
    String text = withoutOwnNote(phrase.strip());
    return parseTokens(Tokenizer.tokenize(text), text, zone, now, refusals);
  }

  private static String withoutOwnNote(String phrase) {
    for (String note : List.of(RuleDescriber.MONTHS_SKIPPED, RuleDescriber.YEARS_SKIPPED)) {
      if (phrase.endsWith(note)) {
        return phrase.substring(0, phrase.length() - note.length());
      }
    }
    return phrase;
  }

  /** The longest stretch of {@code text} that is a schedule (earliest wins a tie), if any. */
  public Optional<Located> locate(String text, ZoneId zone, ZonedDateTime now) {
    if (text == null) {
      return Optional.empty();
    }
    List<Token> tokens = Tokenizer.tokenize(text);
    Refusals refusals = Refusals.unexplained();
    // A stretch reads the same wherever it stands: its words and what stands between them are all
    // its reading looks at. So text said again ("9am 9am 9am …", a pasted line twice) is read once.
    Set<String> unread = new HashSet<>();
    for (int length = Math.min(tokens.size(), MAX_SPAN); length > 0; length--) {
      for (int start = 0; start + length <= tokens.size(); start++) {
        Token first = tokens.get(start);
        Token last = tokens.get(start + length - 1);
        if (EDGE_WORDS.contains(first.text()) && !LEADING_OK.contains(first.text())
            || EDGE_WORDS.contains(last.text())
            || !unread.add(stretch(tokens, start, length, text))) {
          continue;
        }
        ParseResult result = parseTokens(tokens.subList(start, start + length), text, zone, now, refusals);
        if (result instanceof Parsed parsed) {
          return Optional.of(new Located(parsed.schedule(), first.start(), last.end()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What a reading of the stretch depends on: its words as read and the text between them. Not the
   * text it spans alone: the same characters may be read as other words where what follows them
   * differs ("31.12" before a space is a time, before ".5" two numbers).
   */
  private static String stretch(List<Token> tokens, int start, int length, String text) {
    StringBuilder key = new StringBuilder();
    for (int i = start; i < start + length; i++) {
      Token t = tokens.get(i);
      key.append(t.text()).append('\u0000');
      if (i + 1 < start + length) {
        key.append(text, t.end(), tokens.get(i + 1).start()).append('\u0001');
      }
    }
    return key.toString();
  }

  /**
   * @param text what the tokens' offsets point into
   * @param userZone the user's zone, used unless the phrase names another ({@link ZoneWords})
   */
  private static ParseResult parseTokens(List<Token> phrase, String text, ZoneId userZone,
      ZonedDateTime userNow, Refusals refusals) {
    ZoneWords.Found named = ZoneWords.read(phrase, text);
    if (named.problem() != null) {
      return refusals.refuse(named.problem());
    }
    if (named.zone() == null) {
      return parseInZone(named.rest(), userZone, userNow, refusals);
    }
    ParseResult result = parseInZone(named.rest(), named.zone(), userNow.withZoneSameInstant(named.zone()), refusals);
    if (result instanceof Parsed p) {
      Schedule s = p.schedule();
      return new Parsed(s instanceof RecurringSchedule r
          ? new RecurringSchedule(r.rule(), r.zone(), true)
          : new OneOffSchedule(((OneOffSchedule) s).at(), s.zone(), true));
    }
    return result;
  }

  private static ParseResult parseInZone(List<Token> phrase, ZoneId zone, ZonedDateTime now,
      Refusals refusals) {
    if (phrase.isEmpty()) {
      return refusals.refuse("it has no words");
    }
    SlashDates.Result dated = SlashDates.rewrite(phrase, zone, now.toLocalDate());
    if (dated.problem() != null) {
      return refusals.refuse(dated.problem());
    }
    List<Token> tokens = DateBounds.withoutOpenEnd(RelativeCalendar.rewrite(dated.tokens(), now.toLocalDate()));
    if (tokens.isEmpty()) {
      return refusals.refuse("it has no words");
    }
    try {
      Optional<ParseResult> bounded = DateBounds.read(tokens, zone, now, refusals);
      if (bounded.isPresent()) {
        return bounded.get();
      }
      PhraseReader.Result read = PhraseReader.read(tokens);
      if (read.reading() == null) {
        return read.unknownWord() == null
            ? refusals.unread("it says nothing about when")
            : refusals.unknownWord(read.unknownWord(), read.unknownWord().equals(tokens.get(0).text()));
      }
      Reading r = read.reading();
      if (r.problem != null) {
        return refusals.problem(r);
      }
      return r.recurring
          ? RuleBuilder.build(r, zone, now, refusals)
          : OneOffResolver.resolve(r, zone, now, refusals);
    } catch (NumberFormatException e) {
      return refusals.refuse("a number there is far too large");
    } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
      // a combination the readers did not foresee; refusing keeps the never-throw contract
      LOG.debug("schedule phrase could not be built", e);
      return refusals.refuse("that is not a possible schedule");
    }
  }
}
