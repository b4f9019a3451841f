package dev.roundup.schedule;

import java.time.LocalTime;

/**
 * Turns a written {@link ClockTime} into a local time, using the part of day for bare hours:
 * "tonight at 8" is 20:00, "this afternoon at 2" is 14:00, and "tonight at 2" is 02:00 the next
 * day (hours 1–4 at night are after midnight). With no part of day, a bare hour from 1 to 6 ("at 4",
 * "3:30") is taken as the afternoon: a team schedule at 4 in the night is almost never meant, and
 * "4am" or "04:00" still say it. Hours 7–12 stay as written ("at 9" is 09:00).
 */
final class TimeResolver {

  /** The local time and whether it falls on the day after the named day. */
  record Resolved(LocalTime time, int dayShift) {}

  private TimeResolver() {}

  static Resolved resolve(ClockTime c, DayPart part) {
    int h = c.hour();
    int shift = 0;
    switch (c.meridiem()) {
      case AM -> h = h == 12 ? 0 : h;
      case PM -> h = h == 12 ? 12 : h + 12;
      case NONE -> {
        if (part == null && !c.twentyFourHour() && h >= 1 && h <= 6) {
          h += 12;
        } else if (part != null && h <= 12) {
          switch (part) {
            case MORNING -> h = h == 12 ? 0 : h;
            case AFTERNOON -> h = h == 12 ? 12 : h + 12;
            case EVENING, NIGHT -> {
              if (h >= 5 && h <= 11) {
                h += 12;
              } else {
                shift = 1;
                h = h == 12 ? 0 : h;
              }
            }
            default -> { }
          }
        }
      }
      default -> { }
    }
    return new Resolved(LocalTime.of(h, c.minute()), shift);
  }
}
