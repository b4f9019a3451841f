package dev.roundup.suggest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the rhythm in a person's occurrences of one thing (a message, a request), in their local
 * time: tries every cadence the occurrences suggest (each day of the week they fall on, several
 * days, the weekdays, every day, a day or an nth weekday of the month), keeps those that held
 * (enough of their days kept, near one time of day, not stopped, not drowned in off-rhythm
 * repeats) and answers the clearest. Local time is what matters: a rhythm "around 10:00" stays
 * 10:00 across a daylight-saving change, while its UTC time moves by an hour.
 */
public final class RhythmFinder {

  private final RhythmRules rules;

  public RhythmFinder(RhythmRules rules) {
    this.rules = rules;
  }

  /** One local date's occurrences. */
  private record Day(LocalDate date, List<Moment> moments) { }

  private record Moment(Occurrence occurrence, LocalTime time) { }

  /**
   * @param from the start of the history read: days before it were not seen, so they are not
   *             counted as missed
   */
  public Optional<Rhythm> find(List<Occurrence> occurrences, ZoneId zone, Instant from, Instant now) {
    TreeMap<LocalDate, Day> days = new TreeMap<>();
    for (Occurrence o : occurrences) {
      ZonedDateTime local = o.at().atZone(zone);
      days.computeIfAbsent(local.toLocalDate(), d -> new Day(d, new ArrayList<>()))
          .moments().add(new Moment(o, local.toLocalTime()));
    }
    if (days.size() < rules.fewest()) {
      return Optional.empty();
    }
    Context context = new Context(days, zone, from.atZone(zone).toLocalDate(), now.atZone(zone));
    Rhythm best = null;
    for (Cadence cadence : cadences(context)) {
      Rhythm r = context.evaluate(cadence);
      if (r != null && (best == null || r.score() > best.score()
          || r.score() == best.score() && r.hits().size() > best.hits().size())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The cadences worth trying for these days. */
  private List<Cadence> cadences(Context c) {
    Set<Cadence> out = new LinkedHashSet<>();
    // Ordered maps: the cadences are tried in the same order on every run.
    Map<DayOfWeek, Integer> perWeekday = new EnumMap<>(DayOfWeek.class);
    Map<Integer, Integer> perMonthDay = new TreeMap<>();
    Map<Cadence.NthWeekday, Integer> perNth = new TreeMap<>(
        Comparator.comparingInt(Cadence.NthWeekday::ordinal).thenComparing(Cadence.NthWeekday::day));
    int lastDays = 0;
    for (LocalDate date : c.days.keySet()) {
      perWeekday.merge(date.getDayOfWeek(), 1, Integer::sum);
      perMonthDay.merge(date.getDayOfMonth(), 1, Integer::sum);
      perNth.merge(new Cadence.NthWeekday((date.getDayOfMonth() - 1) / 7 + 1, date.getDayOfWeek()), 1, Integer::sum);
      if (date.getDayOfMonth() + 7 > date.lengthOfMonth()) {
        perNth.merge(new Cadence.NthWeekday(-1, date.getDayOfWeek()), 1, Integer::sum);
      }
      if (date.getDayOfMonth() == date.lengthOfMonth()) {
        lastDays++;
      }
    }
    Set<DayOfWeek> steady = EnumSet.noneOf(DayOfWeek.class);
    perWeekday.forEach((day, n) -> {
      if (n >= rules.minWeekly()) {
        Cadence.Weekly one = new Cadence.Weekly(Set.of(day));
        out.add(one);
        Rhythm alone = c.measure(one);
        if (alone != null && alone.hits().size() >= rules.minWeekly()
            && (double) alone.hits().size() / alone.expected() >= rules.minRatio()) {
          steady.add(day);
        }
      }
    });
    if (steady.size() >= 2) {
      out.add(new Cadence.Weekly(steady));
    }
    long weekdaysSeen = perWeekday.keySet().stream().filter(Cadence.WEEKDAYS::contains).count();
    if (weekdaysSeen >= 4) {
      out.add(new Cadence.Weekly(Cadence.WEEKDAYS));
    }
    if (perWeekday.size() == 7) {
      out.add(new Cadence.Weekly(EnumSet.allOf(DayOfWeek.class)));
    }
    perMonthDay.forEach((day, n) -> {
      if (n >= rules.minMonthly()) {
        out.add(new Cadence.MonthDay(day));
      }
    });
    if (lastDays >= rules.minMonthly()) {
      out.add(new Cadence.MonthDay(-1));
    }
    perNth.forEach((nth, n) -> {
      if (n >= rules.minMonthly()) {
        out.add(nth);
      }
    });
    return new ArrayList<>(out);
  }

  /** The days seen and the moment of judging, shared by every cadence tried. */
  private final class Context {

    final TreeMap<LocalDate, Day> days;
    final ZoneId zone;
    final LocalDate firstSeen;
    final ZonedDateTime now;

    Context(TreeMap<LocalDate, Day> days, ZoneId zone, LocalDate firstSeen, ZonedDateTime now) {
      this.days = days;
      this.zone = zone;
      this.firstSeen = firstSeen;
      this.now = now;
    }

    /** The cadence's rhythm if it held, else null. */
    Rhythm evaluate(Cadence cadence) {
      Rhythm r = measure(cadence);
      if (r == null || r.hits().size() < minimum(cadence)) {
        return null;
      }
      double ratio = (double) r.hits().size() / r.expected();
      LocalDate firstHit = r.hits().get(0).at().atZone(zone).toLocalDate();
      LocalDate lastHit = r.hits().get(r.hits().size() - 1).at().atZone(zone).toLocalDate();
      int offRhythm = 0;
      Set<LocalDate> hitDates = new LinkedHashSet<>();
      r.hits().forEach(h -> hitDates.add(h.at().atZone(zone).toLocalDate()));
      for (LocalDate d : days.tailMap(firstHit, true).keySet()) {
        if (!hitDates.contains(d)) {
          offRhythm++;
        }
      }
      double purity = (double) r.hits().size() / (r.hits().size() + offRhythm);
      int tail = expectedDates(cadence, lastHit.plusDays(1), r.time()).size();
      if (ratio < rules.minRatio() || purity < rules.minPurity() || tail > cadence.tailAllowance()) {
        return null;
      }
      double spread = medianDistance(r.hits(), r.time());
      double tightness = 1 - 0.5 * Math.min(1, spread / rules.tolerance().toMinutes());
      double support = 1 - Math.exp(-r.hits().size() / 4.0);
      double score = ratio * purity * tightness * (0.5 + 0.5 * support);
      return new Rhythm(cadence, r.time(), zone, r.hits(), r.expected(), score);
    }

    /**
     * The cadence's hits (one per day, near the usual time) and the days it expected from its first
     * hit to now; null when it has no hit. Score not yet set.
     */
    Rhythm measure(Cadence cadence) {
      List<Day> onCadence = days.values().stream().filter(d -> cadence.matches(d.date())).toList();
      if (onCadence.isEmpty()) {
        return null;
      }
      LocalTime usual = median(onCadence.stream().map(d -> d.moments().get(0).time()).toList());
      List<Occurrence> hits = new ArrayList<>();
      List<LocalTime> hitTimes = new ArrayList<>();
      for (Day d : onCadence) {
        Moment closest = null;
        for (Moment m : d.moments()) {
          if (closest == null || distance(m.time(), usual) < distance(closest.time(), usual)) {
            closest = m;
          }
        }
        if (distance(closest.time(), usual) <= rules.tolerance().toMinutes()) {
          hits.add(closest.occurrence());
          hitTimes.add(closest.time());
        }
      }
      if (hits.isEmpty()) {
        return null;
      }
      LocalTime time = round(median(hitTimes));
      LocalDate firstHit = hits.get(0).at().atZone(zone).toLocalDate();
      int expected = expectedDates(cadence, firstHit.isBefore(firstSeen) ? firstSeen : firstHit, time).size();
      return new Rhythm(cadence, time, zone, hits, Math.max(expected, hits.size()), 0);
    }

    /** Dates on the cadence from {@code start} whose usual time (with tolerance) has passed by now. */
    List<LocalDate> expectedDates(Cadence cadence, LocalDate start, LocalTime time) {
      List<LocalDate> out = new ArrayList<>();
      LocalDate today = now.toLocalDate();
      for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
        if (!cadence.matches(d)) {
          continue;
        }
        ZonedDateTime due = ZonedDateTime.of(d, time, zone).plus(rules.tolerance());
        if (!due.isAfter(now)) {
          out.add(d);
        }
      }
      return out;
    }

    private double medianDistance(List<Occurrence> hits, LocalTime time) {
      List<Long> distances = new ArrayList<>();
      for (Occurrence h : hits) {
        distances.add(distance(h.at().atZone(zone).toLocalTime(), time));
      }
      distances.sort(null);
      return distances.get(distances.size() / 2);
    }
  }

  private int minimum(Cadence cadence) {
    if (cadence instanceof Cadence.Weekly w) {
      return w.days().size() == 1 ? rules.minWeekly() : Math.max(rules.minDaily(), rules.minWeekly() * 2);
    }
    return rules.minMonthly();
  }

  private LocalTime round(LocalTime t) {
    int step = rules.roundTo();
    int minutes = (int) Math.round((t.toSecondOfDay() / 60.0) / step) * step;
    return LocalTime.ofSecondOfDay((long) (minutes % (24 * 60)) * 60);
  }

  /** Minutes between two times of day (no wrapping: rhythms around midnight are rare). */
  private static long distance(LocalTime a, LocalTime b) {
    return Math.abs(Duration.between(a, b).toMinutes());
  }

  private static LocalTime median(List<LocalTime> times) {
    List<LocalTime> sorted = new ArrayList<>(times);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
