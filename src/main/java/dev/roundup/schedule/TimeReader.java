package dev.roundup.schedule;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one time of day starting at a token: "9am", "9 am", "9:15 pm", "16:00", "15h30", "noon",
 * "midnight", "9 oclock", and after "at" a bare hour ("at 9"). A dot between hour and minutes
 * ("9.30", "17.00", as written in Britain and much of Europe) and digits run together ("at 730",
 * "at 0930", "1700 hours", "0600h", "330 pm") are times only where something marks them as one:
 * elsewhere "24.12" may be a date and "2027" a year. Returns the time and how many tokens it used.
 */
final class TimeReader {

  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?([ap]m?)?");
  private static final Pattern HOUR_MERIDIEM = Pattern.compile("\\d{1,2}[ap]m?");
  private static final Pattern H_NOTATION = Pattern.compile("\\d{1,2}h\\d{0,2}");
  private static final Pattern DOT_CLOCK = Pattern.compile("\\d{1,2}\\.\\d{2}([ap]m?)?");
  /** "730", "0930", "1700": hour and minutes without a separator. */
  private static final Pattern COMPACT = Pattern.compile("\\d{1,2}[0-5]\\d");
  /** "0600h", "1730h": the same marked as a time. */
  private static final Pattern COMPACT_H = Pattern.compile("\\d{1,2}[0-5]\\dh");

  record Read(ClockTime time, int used) {}

  private TimeReader() {}

  static Optional<Read> read(List<Token> tokens, int i, boolean afterAt) {
    Token t = tokens.get(i);
    String s = t.text();
    if (t.is("quarter", "half") && i + 2 < tokens.size() && tokens.get(i + 1).is("past", "to")) {
      return spoken(tokens, i);
    }
    if (t.is("noon", "midday")) {
      return Optional.of(new Read(new ClockTime(12, 0, ClockTime.Meridiem.NONE), 1));
    }
    if (t.is("midnight")) {
      return Optional.of(new Read(new ClockTime(0, 0, ClockTime.Meridiem.NONE), 1));
    }
    if (t.is("mid")) {
      int k = i + 1 < tokens.size() && tokens.get(i + 1).is("-") ? i + 2 : i + 1;
      if (k < tokens.size() && tokens.get(k).is("night", "day")) {
        int hour = tokens.get(k).is("night") ? 0 : 12;
        return Optional.of(new Read(new ClockTime(hour, 0, ClockTime.Meridiem.NONE), k + 1 - i));
      }
    }
    if (CLOCK.matcher(s).matches() || DOT_CLOCK.matcher(s).matches()) {
      String[] parts = s.replaceAll("[apm]", "").split("[:.]");
      ClockTime.Meridiem mer = meridiemSuffix(s);
      int used = 1;
      if (mer == ClockTime.Meridiem.NONE && i + 1 < tokens.size()) {
        mer = meridiemWord(tokens.get(i + 1));
        used += mer == ClockTime.Meridiem.NONE ? 0 : 1;
      }
      if (s.contains(".") && mer == ClockTime.Meridiem.NONE && !afterAt) {
        return Optional.empty();
      }
      int hour = Integer.parseInt(parts[0]);
      boolean clock24 = parts[0].length() == 2 && parts[0].startsWith("0") || hour > 12 || hour == 0;
      return Optional.of(new Read(new ClockTime(hour, Integer.parseInt(parts[1]), mer,
          clock24 && mer == ClockTime.Meridiem.NONE), used + oclock(tokens, i + used)));
    }
    if (HOUR_MERIDIEM.matcher(s).matches()) {
      return Optional.of(new Read(new ClockTime(Integer.parseInt(s.replaceAll("[apm]", "")), 0,
          meridiemSuffix(s)), 1));
    }
    if (H_NOTATION.matcher(s).matches()) {
      String[] parts = s.split("h", -1);
      int minute = parts[1].isEmpty() ? 0 : Integer.parseInt(parts[1]);
      return Optional.of(new Read(new ClockTime(Integer.parseInt(parts[0]), minute,
          ClockTime.Meridiem.NONE, true), 1));
    }
    if (COMPACT.matcher(s).matches() || COMPACT_H.matcher(s).matches()) {
      return compact(tokens, i, afterAt);
    }
    Optional<Integer> number = Vocabulary.number(t);
    if (number.isPresent() && (!t.isNumber() || s.length() <= 2)) {
      int hour = number.get();
      int k = i + 1 < tokens.size() && tokens.get(i + 1).is("oclock") ? i + 2 : i + 1;
      if (k + 2 < tokens.size() && tokens.get(k).is("in") && tokens.get(k + 1).is("the")
          && meridiemWord(tokens.get(k + 2)) != ClockTime.Meridiem.NONE) {
        return Optional.of(new Read(new ClockTime(hour, 0, meridiemWord(tokens.get(k + 2))), k + 3 - i));
      }
      if (k < tokens.size()) {
        ClockTime.Meridiem mer = meridiemWord(tokens.get(k));
        if (mer != ClockTime.Meridiem.NONE) {
          return Optional.of(new Read(new ClockTime(hour, 0, mer), k + 1 - i));
        }
      }
      if (k == i + 2) {
        return Optional.of(new Read(new ClockTime(hour, 0, ClockTime.Meridiem.NONE), 2));
      }
      if (afterAt || i + 1 < tokens.size() && beforeDayWord(tokens.get(i + 1))) {
        return Optional.of(new Read(new ClockTime(hour, 0, ClockTime.Meridiem.NONE), 1));
      }
    }
    return Optional.empty();
  }

  /**
   * "quarter past 3", "half past 9", "quarter to 10": the hour after them is read as after "at"
   * ("half past 9pm" keeps its pm). "half to" is not said, so it is not read.
   */
  private static Optional<Read> spoken(List<Token> tokens, int i) {
    boolean past = tokens.get(i + 1).is("past");
    boolean half = tokens.get(i).is("half");
    if (half && !past) {
      return Optional.empty();
    }
    Optional<Read> hour = read(tokens, i + 2, true);
    if (hour.isEmpty() || hour.get().time().minute() != 0) {
      return Optional.empty();
    }
    ClockTime c = hour.get().time();
    int h = past ? c.hour() : c.hour() - 1;
    int minute = past ? (half ? 30 : 15) : 45;
    if (h == 0 && !c.twentyFourHour()) {
      h = 12; // "quarter to 1pm" is 12:45pm, "quarter to 1" 12:45
    } else if (h < 0) {
      h = 23; // "quarter to 00:00"
    }
    return Optional.of(new Read(new ClockTime(h, minute, c.meridiem(), c.twentyFourHour()),
        2 + hour.get().used()));
  }

  /**
   * "at 730", "at 0930", "1700 hours", "0600h", "330 pm": hour and minutes run together, read as
   * a time only when something says it is one ("at", am/pm, "hours", a trailing h); four digits
   * are the 24-hour clock. Elsewhere three or four digits may be a year or a count.
   */
  private static Optional<Read> compact(List<Token> tokens, int i, boolean afterAt) {
    String s = tokens.get(i).text();
    boolean marked = s.endsWith("h");
    String digits = marked ? s.substring(0, s.length() - 1) : s;
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    ClockTime.Meridiem mer = next == null ? ClockTime.Meridiem.NONE : meridiemWord(next);
    boolean hoursWord = next != null && next.is("hours", "hrs");
    if (!(afterAt || marked || hoursWord || mer != ClockTime.Meridiem.NONE)) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(digits.substring(0, digits.length() - 2));
    int minute = Integer.parseInt(digits.substring(digits.length() - 2));
    boolean clock24 = mer == ClockTime.Meridiem.NONE && (digits.length() == 4 || marked);
    int used = 1 + (mer != ClockTime.Meridiem.NONE || hoursWord ? 1 : 0);
    return Optional.of(new Read(new ClockTime(hour, minute, mer, clock24), used));
  }

  /** "8 tonight", "9 tomorrow", "3 in the morning", "8 this evening": a bare hour before day words. */
  private static boolean beforeDayWord(Token next) {
    return next.is("tonight", "today", "tomorrow", "this", "in", "morning", "afternoon", "evening");
  }

  /** "o'clock" after an hour, and "h" or "hours" after a clock time ("06:00 hours", "06:00h"). */
  private static int oclock(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).is("oclock", "h", "hours", "hrs") ? 1 : 0;
  }

  private static ClockTime.Meridiem meridiemSuffix(String s) {
    if (s.endsWith("am") || s.endsWith("a")) {
      return ClockTime.Meridiem.AM;
    }
    if (s.endsWith("pm") || s.endsWith("p")) {
      return ClockTime.Meridiem.PM;
    }
    return ClockTime.Meridiem.NONE;
  }

  private static ClockTime.Meridiem meridiemWord(Token t) {
    if (t.is("am")) {
      return ClockTime.Meridiem.AM;
    }
    if (t.is("pm")) {
      return ClockTime.Meridiem.PM;
    }
    return ClockTime.Meridiem.NONE;
  }
}
