package dev.roundup.schedule;

import java.util.List;
import java.util.Optional;

/**
 * Reads one time of day starting at a token: "9am", "9 am", "9:15 pm", "16:00", "15h30", "noon",
 * "midnight", "9 oclock", and after "at" a bare hour ("at 9"). Returns the time and how many
 * tokens it used.
 */
final class TimeReader {

  record Read(ClockTime time, int used) {}

  private TimeReader() {}

  static Optional<Read> read(List<Token> tokens, int i, boolean afterAt) {
    Token t = tokens.get(i);
    String s = t.text();
    if (t.is("noon", "midday")) {
      return Optional.of(new Read(new ClockTime(12, 0, ClockTime.Meridiem.NONE), 1));
    }
    if (t.is("midnight")) {
      return Optional.of(new Read(new ClockTime(0, 0, ClockTime.Meridiem.NONE), 1));
    }
    if (s.matches("\\d{1,2}:\\d{2}(:\\d{2})?([ap]m?)?")) {
      String[] parts = s.replaceAll("[apm]", "").split(":");
      ClockTime.Meridiem mer = meridiemSuffix(s);
      int used = 1;
      if (mer == ClockTime.Meridiem.NONE && i + 1 < tokens.size()) {
        mer = meridiemWord(tokens.get(i + 1));
        used += mer == ClockTime.Meridiem.NONE ? 0 : 1;
      }
      return Optional.of(new Read(new ClockTime(Integer.parseInt(parts[0]),
          Integer.parseInt(parts[1]), mer), used + oclock(tokens, i + used)));
    }
    if (s.matches("\\d{1,2}[ap]m?")) {
      return Optional.of(new Read(new ClockTime(Integer.parseInt(s.replaceAll("[apm]", "")), 0,
          meridiemSuffix(s)), 1));
    }
    if (s.matches("\\d{1,2}h\\d{0,2}")) {
      String[] parts = s.split("h", -1);
      int minute = parts[1].isEmpty() ? 0 : Integer.parseInt(parts[1]);
      return Optional.of(new Read(new ClockTime(Integer.parseInt(parts[0]), minute,
          ClockTime.Meridiem.NONE), 1));
    }
    Optional<Integer> number = Vocabulary.number(t);
    if (number.isPresent() && s.length() <= 2) {
      int hour = number.get();
      if (i + 1 < tokens.size()) {
        ClockTime.Meridiem mer = meridiemWord(tokens.get(i + 1));
        if (mer != ClockTime.Meridiem.NONE) {
          return Optional.of(new Read(new ClockTime(hour, 0, mer), 2));
        }
        if (tokens.get(i + 1).is("oclock")) {
          return Optional.of(new Read(new ClockTime(hour, 0, ClockTime.Meridiem.NONE), 2));
        }
      }
      if (afterAt) {
        return Optional.of(new Read(new ClockTime(hour, 0, ClockTime.Meridiem.NONE), 1));
      }
    }
    return Optional.empty();
  }

  private static int oclock(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).is("oclock") ? 1 : 0;
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
