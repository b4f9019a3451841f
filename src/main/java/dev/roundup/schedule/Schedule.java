package dev.roundup.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** When something runs: a one-off instant or a recurring rule, in one time zone. */
public interface Schedule {

  /** The first run strictly after {@code after}; empty when a one-off has passed. */
  Optional<ZonedDateTime> nextAfter(ZonedDateTime after);

  /** Up to {@code count} runs strictly after {@code after}, in order. */
  default List<ZonedDateTime> next(ZonedDateTime after, int count) {
    List<ZonedDateTime> runs = new ArrayList<>();
    ZonedDateTime cursor = after;
    while (runs.size() < count) {
      Optional<ZonedDateTime> run = nextAfter(cursor);
      if (run.isEmpty()) {
        break;
      }
      runs.add(run.get());
      cursor = run.get();
    }
    return runs;
  }

  boolean recurring();

  ZoneId zone();

  /**
   * Whether the phrase named the zone ("every weekday at 9am ET") rather than leaving it to the
   * user's own; a description then names it, so that it reads back in that zone.
   */
  boolean zoneNamed();

  /** Plain words, e.g. "every weekday at 9:00 AM". */
  String describe();

  /** Canonical storable text; {@link Schedules#fromSpec(String)} rebuilds an equal schedule. */
  String spec();

  /**
   * Why a run is not at the time the schedule says, when a clock change moved it ("the clocks go
   * forward that night: … runs at 3:30 AM"); empty for every other run.
   */
  default Optional<String> clockNote(ZonedDateTime run) {
    return Optional.empty();
  }

  /** The usual gap between runs (1 day for daily, 7 days for weekly); zero for one-offs. */
  Duration typicalPeriod();
}
