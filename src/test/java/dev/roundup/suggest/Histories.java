package dev.roundup.suggest;

import dev.roundup.ingest.SlackTs;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-made histories for the detector's tests: messages as Slack would report them, read through
 * the same {@link HistoryBuilder} as the store and exports, with each person's time zone.
 */
final class Histories {

  static final String ROUNDUP = "U0BOT";
  /** Monday 30 November 2026, 08:00 UTC. */
  static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

  private final HistoryBuilder builder;
  private final Map<String, ZoneId> zones = new HashMap<>();
  private long micros = 1;

  Histories(String... bots) {
    builder = new HistoryBuilder(ROUNDUP, Set.of(bots));
  }

  Histories zone(String user, String zone) {
    zones.put(user, ZoneId.of(zone));
    return this;
  }

  ZoneId zoneOf(String user) {
    return zones.getOrDefault(user, ZoneId.of("UTC"));
  }

  /** A top-level post; answers its ts. */
  String post(String user, String channel, ZonedDateTime at, String text) {
    return add(new SeenMessage(channel, ts(at), null, user, null, null, text));
  }

  String add(SeenMessage m) {
    builder.message(m);
    return m.ts();
  }

  Histories command(String user, String args, String channel, ZonedDateTime at) {
    builder.summarizeCommand(user, args, channel, at.toInstant());
    return this;
  }

  String ts(ZonedDateTime at) {
    return SlackTs.format(SlackTs.toMicros(at.toInstant()) + micros++);
  }

  History history() {
    return history(NOW);
  }

  History history(Instant now) {
    return builder.build(this::zoneOf, now.minus(java.time.Duration.ofDays(200)), now);
  }

  List<Candidate> detect() {
    return new Detector(Detector.Settings.DEFAULT).detect(history());
  }

  /** The last {@code count} dates on this weekday before 30 November 2026, oldest first. */
  static List<LocalDate> last(int count, DayOfWeek day) {
    LocalDate latest = LocalDate.of(2026, 11, 29).with(TemporalAdjusters.previousOrSame(day));
    return java.util.stream.IntStream.range(0, count).mapToObj(i -> latest.minusWeeks(count - 1 - i)).toList();
  }

  /** The weekdays (Monday to Friday) of the last {@code weeks} weeks before 30 November 2026. */
  static List<LocalDate> weekdays(int weeks) {
    LocalDate start = LocalDate.of(2026, 11, 30).minusWeeks(weeks);
    return start.datesUntil(LocalDate.of(2026, 11, 28)).filter(d -> d.getDayOfWeek().getValue() <= 5).toList();
  }

  static ZonedDateTime at(LocalDate date, int hour, int minute, ZoneId zone) {
    return ZonedDateTime.of(date, LocalTime.of(hour, minute), zone);
  }
}
