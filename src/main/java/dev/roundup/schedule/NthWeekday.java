package dev.roundup.schedule;

import java.time.DayOfWeek;

/**
 * "The 2nd Tuesday" ({@code ordinal} 2) or "the last Friday" ({@code ordinal} -1) of a month, or of
 * a year when a yearly rule names no month.
 */
public record NthWeekday(int ordinal, DayOfWeek day) {

  public NthWeekday {
    if (ordinal == 0 || Math.abs(ordinal) > 53) {
      throw new IllegalArgumentException("ordinal out of range: " + ordinal);
    }
  }
}
