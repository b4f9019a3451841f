package dev.roundup.suggest;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A rhythm found in what someone did: on which days, at about what local time, the occurrences
 * that kept it ({@code hits}, oldest first) and how many days it expected ({@code expected}, from
 * the first hit to now).
 *
 * @param score how clearly it is a rhythm, from 0 to 1 (see {@link RhythmFinder})
 */
public record Rhythm(Cadence cadence, LocalTime time, ZoneId zone, List<Occurrence> hits, int expected,
    double score) {

  public Rhythm {
    hits = List.copyOf(hits);
  }

  /** A schedule phrase Roundup's parser accepts: "every Friday at 10:00". */
  public String phrase() {
    return cadence.phrase() + " at " + String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }

  /** "on each of the last 4 Fridays around 10:00 AM", "on 18 of the last 20 weekdays around 9:55 AM". */
  public String describe() {
    String days = cadence.plural();
    String count = hits.size() == expected ? "on each of the last " + expected + " " + days
        : "on " + hits.size() + " of the last " + expected + " " + days;
    return count + " around " + clock(time);
  }

  static String clock(LocalTime t) {
    int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    return hour + ":" + String.format(Locale.ROOT, "%02d", t.getMinute()) + (t.getHour() < 12 ? " AM" : " PM");
  }
}
