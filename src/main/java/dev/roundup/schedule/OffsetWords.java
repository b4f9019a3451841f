package dev.roundup.schedule;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads delays into a {@link Reading}: "in 2 hours", "in 1d 2hr 5min", "3 days from now",
 * "15 minutes later", "next week", "in a couple of minutes". Seconds and "a few" are noted as
 * problems (not exact enough to schedule).
 */
final class OffsetWords {

  private static final Pattern HOURS_SHORT = Pattern.compile("\\d{1,3}h");

  private final List<Token> tokens;
  private final Reading r;

  private OffsetWords(List<Token> tokens, Reading r) {
    this.tokens = tokens;
    this.r = r;
  }

  /** "in 2 hours", "in 1d 2hr 5min", "3 days from now", "next week", "in a couple of minutes". */
  static int read(List<Token> tokens, int i, Reading r) {
    return new OffsetWords(tokens, r).offset(i);
  }

  private int offset(int i) {
    // amounts are added as they are read; undo them when the words turn out not to be a delay
    Period period = r.periodOffset;
    Duration duration = r.durationOffset;
    boolean had = r.hasOffset;
    String problem = r.problem;
    int next = readOffset(i);
    if (next < 0) {
      r.periodOffset = period;
      r.durationOffset = duration;
      r.hasOffset = had;
      r.problem = problem;
    }
    return next;
  }

  private int readOffset(int i) {
    Token t = tokens.get(i);
    if (t.is("next") && i + 1 < tokens.size()) {
      String w = tokens.get(i + 1).text();
      if (w.equals("week") || w.equals("month") || w.equals("year")) {
        addOffset(1, w);
        return i + 2;
      }
      if (Vocabulary.day(w).isPresent()) {
        r.nextWeek = true; // "next friday": the Friday of next week
        return i + 1;
      }
      return Vocabulary.month(w).isPresent() || w.equals("coming") ? i + 1 : -1;
    }
    if (t.is("coming", "upcoming") && i + 1 < tokens.size()
        && Vocabulary.day(tokens.get(i + 1).text()).isPresent()) {
      return i + 1;
    }
    boolean lead = t.is("in");
    int j = lead ? i + 1 : i;
    int amounts = 0;
    while (true) {
      int k = amount(j);
      if (k < 0) {
        break;
      }
      j = k;
      amounts++;
      while (j < tokens.size() && tokens.get(j).is(",", "and")) {
        j++;
      }
    }
    if (amounts == 0) {
      return -1;
    }
    if (j + 1 < tokens.size() && tokens.get(j).is("from")) {
      int k = tokens.get(j + 1).is("right") ? j + 2 : j + 1;
      if (k < tokens.size() && tokens.get(k).is("now", "today")) {
        r.fromNow |= tokens.get(k).is("now");
        return k + 1;
      }
    }
    if (j < tokens.size() && tokens.get(j).is("later", "hence", "out")) {
      r.fromNow = true;
      return j + 1;
    }
    return lead ? trimTrailingSeparators(j) : -1;
  }

  private int trimTrailingSeparators(int j) {
    while (j > 0 && tokens.get(j - 1).is(",", "and")) {
      j--;
    }
    return j;
  }

  /** One "N unit" of an offset; adds it to the reading. */
  private int amount(int j) {
    if (j >= tokens.size()) {
      return -1;
    }
    Token t = tokens.get(j);
    int count;
    int k = j + 1;
    if (t.is("a", "an")) {
      count = 1;
      if (k < tokens.size() && tokens.get(k).is("couple", "pair")) {
        count = 2;
        k += k + 1 < tokens.size() && tokens.get(k + 1).is("of") ? 2 : 1;
      } else if (k < tokens.size() && tokens.get(k).is("few")) {
        r.problem("'a few' is not an exact time");
        k++;
      }
    } else if (HOURS_SHORT.matcher(t.text()).matches()) {
      addOffset(Integer.parseInt(t.text().substring(0, t.text().length() - 1)), "hours"); // "in 1h"
      return j + 1;
    } else {
      Optional<Integer> number = Vocabulary.number(t);
      if (number.isEmpty()) {
        return -1;
      }
      count = number.get();
    }
    if (k < tokens.size() && tokens.get(k).is("more")) {
      k++; // "in 2 more minutes"
    }
    if (k >= tokens.size()) {
      return -1;
    }
    String unit = tokens.get(k).text();
    if (Units.isSeconds(unit)) {
      r.problem("times finer than a minute are not supported");
    } else if (!addOffset(count, unit)) {
      return -1;
    }
    return k + 1;
  }

  private boolean addOffset(int count, String unit) {
    Optional<Integer> minutes = Units.minutesOf(unit);
    if (minutes.isPresent()) {
      r.durationOffset = r.durationOffset.plus(Duration.ofMinutes((long) minutes.get() * count));
    } else {
      Optional<Period> period = Units.periodOf(unit, count);
      if (period.isEmpty()) {
        return false;
      }
      r.periodOffset = r.periodOffset.plus(period.get());
    }
    r.hasOffset = true;
    return true;
  }
}
