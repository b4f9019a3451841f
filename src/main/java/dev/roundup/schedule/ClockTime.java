package dev.roundup.schedule;

/**
 * A time of day as written, before the part of day is known: "9" has no meridiem and means 09:00
 * unless the phrase says "tonight", "afternoon" or "evening". {@code twentyFourHour} is set when the
 * writing rules out a 12-hour reading ("09:30", "15h", "17:00").
 */
record ClockTime(int hour, int minute, Meridiem meridiem, boolean twentyFourHour) {

  ClockTime(int hour, int minute, Meridiem meridiem) {
    this(hour, minute, meridiem, hour > 12 || hour == 0);
  }

  enum Meridiem { AM, PM, NONE }

  /** Whether the written hour and minute can exist at all ("13pm", "25:00", "9:60" cannot). */
  boolean possible() {
    if (minute < 0 || minute > 59 || hour < 0) {
      return false;
    }
    return meridiem == Meridiem.NONE ? hour <= 23 : hour >= 1 && hour <= 12;
  }
}
