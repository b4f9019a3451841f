package dev.roundup.schedule;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads tokens left to right into a {@link Reading}. Every token must be understood; an unknown
 * word makes the whole phrase unread (returns empty) so that the parser refuses rather than
 * guesses. Word order is free: each group of words fills its own slot.
 */
final class PhraseReader {

  private static final Set<String> FILLERS =
      Set.of("on", "the", "of", "and", ",", "/", "run", "only", "in", "for", "starting", "from");
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  /** After "every": the words for Monday to Friday ("business" and "working" before "day"). */
  private static final Set<String> WEEKDAY_WORDS =
      Set.of("weekday", "weekdays", "workday", "workdays", "business", "working");

  private final List<Token> tokens;
  private final Reading r = new Reading();
  private String unknown;
  /** Where the first time of day was read, or -1: days named after it may want a time of their own. */
  private int firstTimeAt = -1;
  /** Where days were first named after a time of day, or -1 ("every monday at 9am and friday …"). */
  private int daysAfterTimeAt = -1;

  private PhraseReader(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The reading, or empty with {@link #unknownWord} set when some word was not understood. */
  static Result read(List<Token> tokens) {
    PhraseReader reader = new PhraseReader(tokens);
    boolean ok = reader.readAll();
    return new Result(ok ? reader.r : null, reader.unknown);
  }

  record Result(Reading reading, String unknownWord) {}

  private boolean readAll() {
    int i = 0;
    boolean any = false;
    while (i < tokens.size()) {
      int next = step(i);
      if (next < 0) {
        unknown = tokens.get(i).text();
        return false;
      }
      any |= next - i > 1 || !FILLERS.contains(tokens.get(i).text());
      i = next;
    }
    if (r.everyDay && !r.days.isEmpty()) {
      r.clash("it names the days in two different ways (every day, and " + RuleDescriber.days(r.days) + ")");
    }
    if (!r.days.isEmpty() && !r.nthWeekdays.isEmpty()) {
      r.problem("it combines two kinds of schedule, days of the week and a weekday of the month; "
          + "make two tasks, e.g. \"every Monday\" and \"the first Friday of every month\"");
    }
    return any;
  }

  private int step(int i) {
    Token t = tokens.get(i);
    String s = t.text();
    int n;
    if ((n = recurrence(i)) > 0 || (n = except(i)) > 0 || (n = CalendarWords.read(tokens, i, r)) > 0) {
      if (firstTimeAt >= 0 && daysAfterTimeAt < 0) {
        daysAfterTimeAt = i;
      }
      return n;
    }
    if ((n = relative(i)) > 0 || (n = OffsetWords.read(tokens, i, r)) > 0 || (n = window(i)) > 0) {
      return n;
    }
    if ((n = hourSpan(i)) > 0) {
      return n;
    }
    if ((n = time(i)) > 0) {
      if (daysAfterTimeAt >= 0) {
        r.problem(oneTimePerDays(i));
      }
      firstTimeAt = firstTimeAt < 0 ? i : firstTimeAt;
      return n;
    }
    if (s.equals("at")) {
      return i + 1;
    }
    if (FILLERS.contains(s)) {
      return i + 1;
    }
    return -1;
  }

  /**
   * "every monday at 9am and friday at 5pm": a rule has one set of times for all its days, so the
   * two halves would cross (Monday and Friday at both times). Said, with the two tasks to make.
   */
  private String oneTimePerDays(int secondTimeAt) {
    int split = daysAfterTimeAt;
    while (split > 0 && tokens.get(split - 1).is("and", ",", "on", "the", "&")) {
      split--;
    }
    boolean except = tokens.get(daysAfterTimeAt).is("except", "excluding", "but");
    String why = "a schedule has one set of times for all its days, so each set of days with its own "
        + "time is a task of its own";
    if (except) {
      return why + ": make two tasks, e.g. \"every weekday except Monday at 8:45am\" and \"every Monday at 9:30am\"";
    }
    String first = words(0, split);
    String second = words(daysAfterTimeAt, tokens.size()).replaceFirst("^(and|,|&) ", "");
    if (!second.startsWith("every ") && !second.startsWith("each ") && first.startsWith("every ")) {
      second = "every " + second;
    }
    return why + ": make two tasks, e.g. \"" + first + "\" and \"" + second + "\"";
  }

  private String words(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      b.append(k > from ? " " : "").append(tokens.get(k).text());
    }
    return b.toString();
  }

  /** "every …", "each …", "daily", "weekly", "once a week", "weekdays", "every other …". */
  private int recurrence(int i) {
    Token t = tokens.get(i);
    switch (t.text()) {
      case "daily", "everyday" -> { return recur(RecurrenceUnit.DAY, i + 1); }
      case "weekly" -> { return recur(RecurrenceUnit.WEEK, i + 1); }
      case "biweekly", "fortnightly" -> {
        // every two weeks, as "every 2 weeks" says it (which also shows the day it falls on)
        r.interval = 2;
        return recur(RecurrenceUnit.WEEK, i + 1);
      }
      case "monthly" -> { return recur(RecurrenceUnit.MONTH, i + 1); }
      case "yearly", "annually" -> { return recur(RecurrenceUnit.YEAR, i + 1); }
      case "hourly" -> { r.recurring = true; r.stepMinutes = 60; return i + 1; }
      case "quarterly" -> { return quarterly(i + 1); }
      case "weekdays", "workdays" -> { r.recurring = true; r.days.addAll(WEEKDAYS); return i + 1; }
      case "weekends" -> {
        r.recurring = true; r.days.addAll(WEEKEND); unitIfUnset(RecurrenceUnit.WEEK); return i + 1;
      }
      case "once" -> {
        if (i + 2 < tokens.size() && tokens.get(i + 1).is("a", "per")) {
          r.recurring = true;
          return unitAfterEvery(i + 2, 1);
        }
        return -1;
      }
      case "twice", "thrice" -> {
        r.problem(t.text() + " a day or a week is several runs; name each time, e.g. \"every day at "
            + "9am and 5pm\" or \"every Monday and Thursday\"");
        boolean perUnit = i + 2 < tokens.size() && tokens.get(i + 1).is("a", "per")
            && Units.recurrenceUnit(tokens.get(i + 2).text()).isPresent();
        return perUnit ? i + 3 : i + 1;
      }
      case "every", "each" -> { return every(i + 1); }
      case "month" -> {
        // "first Monday of the month": a monthly rule
        return i > 0 && tokens.get(i - 1).is("the") ? recur(RecurrenceUnit.MONTH, i + 1) : -1;
      }
      default -> { return -1; }
    }
  }

  /**
   * Once a quarter: in January, April, July and October, on the 1st unless the phrase names the
   * day ("every quarter on the 15th", "quarterly on the last business day").
   */
  private int quarterly(int next) {
    r.months.addAll(EnumSet.of(Month.JANUARY, Month.APRIL, Month.JULY, Month.OCTOBER));
    return recur(RecurrenceUnit.YEAR, next);
  }

  /**
   * "except Fridays", "except on weekends", "but not Monday or Wednesday", "excluding sat and
   * sun", "except in July and August": days of the week or months taken out of those the rest of
   * the phrase names (all of them when it names none). A single date or time cannot be left out
   * of a rule: that is said rather than guessed.
   */
  private int except(int i) {
    int j = i;
    if (tokens.get(j).is("but") && j + 1 < tokens.size() && tokens.get(j + 1).is("not")) {
      j += 2;
    } else if (tokens.get(j).is("except", "excluding", "exc", "excl")) {
      j++;
    } else {
      return -1;
    }
    // The days and months left out, read by the calendar words that read them anywhere else
    // ("fri, sat and sun", "mon-wed", "weekend", "July"); a day of the month or a year read there
    // is a single date, which a rule cannot leave out.
    Reading left = new Reading();
    while (j < tokens.size()) {
      int next = tokens.get(j).is("weekends") ? addWeekend(left, j) : CalendarWords.read(tokens, j, left);
      if (next > j) {
        j = next;
      } else if (tokens.get(j).is("on", "for", "the", "in", "during", ",", "/", "and", "or")) {
        j++;
      } else {
        break;
      }
    }
    boolean daysOrMonthsOnly = left.monthDays.isEmpty() && left.nthWeekdays.isEmpty()
        && left.positions.isEmpty() && left.year == null && left.problem == null;
    if (left.days.isEmpty() && left.months.isEmpty() || !daysOrMonthsOnly
        || j < tokens.size() && !ends(j)) {
      r.problem("'except' can leave out days of the week or months (\"every day except Friday\", "
          + "\"every weekday except in August\"), not single dates or times");
      return tokens.size();
    }
    r.exceptDays.addAll(left.days);
    r.exceptMonths.addAll(left.months);
    return j;
  }

  private static int addWeekend(Reading reading, int j) {
    reading.days.addAll(WEEKEND);
    return j + 1;
  }

  /** Whether the exception list ends at token {@code j}: a time or a new slot follows. */
  private boolean ends(int j) {
    return tokens.get(j).is("at", "every", "each", "daily", "weekly", "except", "excluding", "but",
        "starting", "from") || TimeReader.read(tokens, j, false).isPresent();
  }

  private int recur(RecurrenceUnit unit, int next) {
    r.recurring = true;
    unitIfUnset(unit);
    return next;
  }

  private void unitIfUnset(RecurrenceUnit unit) {
    if (r.unit == null) {
      r.unit = unit;
    }
  }

  private int every(int j) {
    r.recurring = true;
    if (j >= tokens.size()) {
      r.problem("'every' needs what to repeat");
      return j;
    }
    Token t = tokens.get(j);
    if (t.is("other")) {
      return unitAfterEvery(j + 1, 2);
    }
    Optional<Integer> ordinal = Vocabulary.ordinal(t);
    if (ordinal.isPresent() && !t.is("second") || t.is("second") && followedByUnitOrDay(j + 1)) {
      int k = ordinal.orElse(2);
      if (k == 0) {
        r.problem("there is no 0th");
        k = 1;
      }
      boolean dayOfMonth = j + 2 < tokens.size() && tokens.get(j + 1).is("day") && tokens.get(j + 2).is("of");
      if (!dayOfMonth && j + 1 < tokens.size() && Units.recurrenceUnit(tokens.get(j + 1).text()).isPresent()) {
        return unitAfterEvery(j + 1, k);
      }
      return j; // "every 2nd Tuesday", "every 4th of the month": the calendar words read it
    }
    Optional<Integer> number = Vocabulary.number(t);
    if (number.isPresent() && !t.is("one") || t.is("a")) {
      int k = number.orElse(1);
      if (k == 0) {
        r.problem("'every 0 …' never repeats");
      }
      return unitAfterEvery(j + 1, Math.max(k, 1));
    }
    int used = unitAfterEvery(j, 1);
    return used > 0 ? used : j; // "every monday", "every january": calendar words follow
  }

  private boolean followedByUnitOrDay(int j) {
    return j < tokens.size() && (Units.recurrenceUnit(tokens.get(j).text()).isPresent()
        || Vocabulary.day(tokens.get(j).text()).isPresent() || tokens.get(j).is("last"));
  }

  /** The unit after "every N": day, week, weekend, month, year, hour, minute (seconds refused). */
  private int unitAfterEvery(int j, int count) {
    if (j >= tokens.size()) {
      return -1;
    }
    String w = tokens.get(j).text();
    if (Units.isSeconds(w)) {
      r.problem("runs more often than once a minute are not supported");
      return j + 1;
    }
    Optional<Integer> minutes = Units.minutesOf(w);
    if (minutes.isPresent()) {
      r.recurring = true;
      r.stepMinutes = minutes.get() * count;
      if (r.stepMinutes >= 24 * 60) {
        r.problem("for runs a day or more apart say 'every N days'");
      }
      return j + 1;
    }
    if (WEEKDAY_WORDS.contains(w)) {
      // "business day", "working day": the same weekdays, in two words
      boolean twoWords = w.equals("business") || w.equals("working");
      if (twoWords && !(j + 1 < tokens.size() && tokens.get(j + 1).is("day", "days"))) {
        return -1;
      }
      r.days.addAll(WEEKDAYS);
      r.interval = count;
      unitIfUnset(RecurrenceUnit.DAY);
      return j + (twoWords ? 2 : 1);
    }
    if (w.equals("quarter")) {
      if (count > 1) {
        r.problem("for every few quarters name the months, e.g. \"on the 1st of January and July\"");
      }
      return quarterly(j + 1);
    }
    if (w.equals("weekend") || w.equals("weekends")) {
      r.days.addAll(WEEKEND);
      r.interval = count;
      r.unit = RecurrenceUnit.WEEK;
      return j + 1;
    }
    Optional<RecurrenceUnit> unit = Units.recurrenceUnit(w);
    if (unit.isPresent()) {
      r.everyDay |= unit.get() == RecurrenceUnit.DAY && count == 1 && w.equals("day");
      r.interval = w.equals("fortnight") ? 2 * count : count;
      r.unit = unit.get();
      return j + 1;
    }
    if (count > 1 && Vocabulary.day(w).isPresent()) {
      // "every other Friday", "every 3 fridays": weeks between runs
      r.interval = count;
      r.unit = RecurrenceUnit.WEEK;
      return j;
    }
    return -1;
  }

  /** today, tonight, tomorrow, the day after tomorrow, this morning/afternoon/evening; past words. */
  private int relative(int i) {
    Token t = tokens.get(i);
    switch (t.text()) {
      case "today" -> { r.dayOffset = 0; return i + 1; }
      case "tonight" -> { r.dayOffset = 0; r.dayPart = DayPart.NIGHT; return i + 1; }
      case "tomorrow", "tomorrows", "tmr", "tmrw" -> { r.dayOffset = 1; return i + 1; }
      case "yesterday", "ago", "earlier" -> { r.problem("that is in the past"); return i + 1; }
      case "last", "past" -> {
        r.problem("that is in the past");
        boolean named = i + 1 < tokens.size() && (Units.recurrenceUnit(tokens.get(i + 1).text()).isPresent()
            || Vocabulary.day(tokens.get(i + 1).text()).isPresent() || tokens.get(i + 1).is("night"));
        return named ? i + 2 : i + 1;
      }
      case "day" -> {
        if (i + 2 < tokens.size() && tokens.get(i + 1).is("after") && tokens.get(i + 2).is("tomorrow")) {
          r.dayOffset = 2;
          return i + 3;
        }
        return -1;
      }
      case "this" -> {
        if (i + 1 < tokens.size() && DayPart.of(tokens.get(i + 1).text()) != null) {
          r.dayOffset = 0;
          r.dayPart = DayPart.of(tokens.get(i + 1).text());
          return i + 2;
        }
        // "this monday", "this coming mon", "this september": the next such day or month
        return i + 1 < tokens.size() && (Vocabulary.day(tokens.get(i + 1).text()).isPresent()
            || Vocabulary.month(tokens.get(i + 1).text()).isPresent()
            || tokens.get(i + 1).is("coming", "upcoming")) ? i + 1 : -1;
      }
      default -> {
        DayPart part = DayPart.of(t.text());
        if (part != null) {
          r.dayPart = part;
          return i + 1;
        }
        return -1;
      }
    }
  }

  /** A time of day, or a list of them ("at 10, 12 and 17"). */
  /**
   * "between 9am and 5pm", "between 9 and 5", "between 3:30-4:30pm", "from 8:00 to 17:55": the
   * hours a step runs within. Bare hours read as after "at" ("between 9 and 5" is 9:00 to 17:00).
   */
  private int window(int i) {
    boolean between = tokens.get(i).is("between");
    if (!between && !tokens.get(i).is("from") || i + 1 >= tokens.size()) {
      return -1;
    }
    Optional<TimeReader.Read> first = TimeReader.read(tokens, i + 1, true);
    int j = i + 1 + first.map(TimeReader.Read::used).orElse(0);
    if (first.isEmpty() || j + 1 >= tokens.size()
        || !(between ? tokens.get(j).is("and", "-") : tokens.get(j).is("to", "till", "until", "-"))) {
      return -1;
    }
    Optional<TimeReader.Read> last = TimeReader.read(tokens, j + 1, true);
    if (last.isEmpty()) {
      return -1;
    }
    if (r.windowFrom != null) {
      r.problem("it gives two windows of hours");
    }
    r.windowFrom = first.get().time();
    r.windowTo = last.get().time();
    return j + 1 + last.get().used();
  }

  /**
   * "9-10am", "9am-10am": a span of hours said where a time goes. It could be one run at its start
   * or runs within it, so it is refused naming both, not guessed.
   */
  private int hourSpan(int i) {
    Optional<TimeReader.Read> from = TimeReader.read(tokens, i, true);
    int j = i + from.map(TimeReader.Read::used).orElse(0);
    if (from.isEmpty() || j + 1 >= tokens.size() || !tokens.get(j).is("-")) {
      return -1;
    }
    Optional<TimeReader.Read> to = TimeReader.read(tokens, j + 1, true);
    if (to.isEmpty()) {
      return -1;
    }
    String span = words(i, j + 1 + to.get().used()).replace(" - ", "-");
    r.problem("'" + span + "' is a span of hours: say \"at " + words(i, j) + "\" for one run, or \"every 15 "
        + "minutes between " + words(i, j) + " and " + words(j + 1, j + 1 + to.get().used()) + "\" for runs within it");
    return j + 1 + to.get().used();
  }

  private int time(int i) {
    boolean afterAt = tokens.get(i).is("at");
    int j = afterAt ? i + 1 : i;
    if (j >= tokens.size()) {
      return -1;
    }
    Optional<TimeReader.Read> read = TimeReader.read(tokens, j, afterAt);
    if (read.isEmpty()) {
      return -1;
    }
    r.times.add(read.get().time());
    j += read.get().used();
    // further times of a list keep the "at" reading of bare hours
    while (j + 1 < tokens.size() && tokens.get(j).is(",", "and")) {
      Optional<TimeReader.Read> more = TimeReader.read(tokens, j + 1, afterAt);
      if (more.isEmpty()) {
        break;
      }
      r.times.add(more.get().time());
      j += 1 + more.get().used();
    }
    return j;
  }
}
