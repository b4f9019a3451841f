package dev.roundup.schedule;

import java.time.LocalTime;

/**
 * A part of the day named in a phrase. Alone it stands for a fixed time (our choice, documented in
 * docs/SCHEDULE_ACCURACY.md: morning 09:00, afternoon 15:00, evening 19:00, tonight 20:00); with a
 * bare hour it says whether the hour is before or after noon.
 */
enum DayPart {
  MORNING(LocalTime.of(9, 0)),
  AFTERNOON(LocalTime.of(15, 0)),
  EVENING(LocalTime.of(19, 0)),
  NIGHT(LocalTime.of(20, 0));

  final LocalTime defaultTime;

  DayPart(LocalTime defaultTime) {
    this.defaultTime = defaultTime;
  }

  static DayPart of(String word) {
    return switch (word) {
      case "morning" -> MORNING;
      case "afternoon" -> AFTERNOON;
      case "evening" -> EVENING;
      case "night", "tonight" -> NIGHT;
      default -> null;
    };
  }
}
