package dev.roundup.schedule;

/** The unit an "every N …" interval counts in. */
public enum RecurrenceUnit {
  DAY, WEEK, MONTH, YEAR
}
