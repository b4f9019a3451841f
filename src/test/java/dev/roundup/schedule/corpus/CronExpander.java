package dev.roundup.schedule.corpus;

import dev.roundup.schedule.corpus.ExpectedForm.CronFields;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Expands cron fields (Quartz, AWS or Unix flavour) into local fire times from a start, inclusive.
 * Supports *, ?, lists, ranges, steps and day/month names. When both day-of-month and day-of-week
 * are restricted the day matches either (Unix cron's rule). Several crons are merged in time order.
 */
final class CronExpander {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("JAN", 1),
      Map.entry("FEB", 2), Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5),
      Map.entry("JUN", 6), Map.entry("JUL", 7), Map.entry("AUG", 8), Map.entry("SEP", 9),
      Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));
  /** Quartz/AWS numbering, 1 = Sunday. */
  private static final Map<String, Integer> DAYS = Map.of("SUN", 1, "MON", 2, "TUE", 3, "WED", 4,
      "THU", 5, "FRI", 6, "SAT", 7);

  private CronExpander() {}

  static List<LocalDateTime> expand(List<CronFields> crons, LocalDateTime from, int count) {
    TreeSet<LocalDateTime> all = new TreeSet<>();
    for (CronFields c : crons) {
      all.addAll(expandOne(c, from, count));
    }
    return all.stream().limit(count).toList();
  }

  private static List<LocalDateTime> expandOne(CronFields c, LocalDateTime from, int count) {
    List<Integer> minutes = values(c.minute(), 0, 59, Map.of());
    List<Integer> hours = values(c.hour(), 0, 23, Map.of());
    List<LocalDateTime> out = new ArrayList<>();
    LocalDate day = from.toLocalDate();
    for (int i = 0; i < 366 * 30 && out.size() < count; i++, day = day.plusDays(1)) {
      if (!dayMatches(c, day)) {
        continue;
      }
      for (int h : hours) {
        for (int m : minutes) {
          LocalDateTime at = day.atTime(h, m);
          if (!at.isBefore(from) && out.size() < count) {
            out.add(at);
          }
        }
      }
    }
    return out;
  }

  private static boolean dayMatches(CronFields c, LocalDate d) {
    if (!values(c.month(), 1, 12, MONTHS).contains(d.getMonthValue())) {
      return false;
    }
    if (!isAny(c.year()) && !values(c.year(), 1970, 2199, Map.of()).contains(d.getYear())) {
      return false;
    }
    boolean domAny = isAny(c.dayOfMonth());
    boolean dowAny = isAny(c.dayOfWeek());
    boolean dom = domAny || values(c.dayOfMonth(), 1, 31, Map.of()).contains(d.getDayOfMonth());
    int dowNumber = d.getDayOfWeek().getValue() % 7 + (c.sundayIsZero() ? 0 : 1); // Sun=0|1
    boolean dow = dowAny || dowValues(c).contains(dowNumber)
        || c.sundayIsZero() && dowNumber == 0 && dowValues(c).contains(7);
    if (!domAny && !dowAny) {
      return dom || dow;
    }
    return dom && dow;
  }

  private static List<Integer> dowValues(CronFields c) {
    return c.sundayIsZero()
        ? values(c.dayOfWeek(), 0, 7, Map.of())
        : values(c.dayOfWeek(), 1, 7, DAYS);
  }

  private static boolean isAny(String field) {
    return field.equals("*") || field.equals("?") || field.equals("*/1");
  }

  /** The values a field allows, in order. */
  static List<Integer> values(String field, int min, int max, Map<String, Integer> names) {
    TreeSet<Integer> out = new TreeSet<>();
    for (String part : field.toUpperCase().split(",")) {
      int step = 1;
      String range = part;
      int slash = part.indexOf('/');
      if (slash >= 0) {
        step = Integer.parseInt(part.substring(slash + 1));
        range = part.substring(0, slash);
      }
      int lo;
      int hi;
      if (range.equals("*") || range.equals("?")) {
        lo = min;
        hi = max;
      } else if (range.contains("-")) {
        lo = value(range.substring(0, range.indexOf('-')), names);
        hi = value(range.substring(range.indexOf('-') + 1), names);
      } else {
        lo = value(range, names);
        hi = slash >= 0 ? max : lo;
      }
      for (int v = lo; v <= hi; v += step) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }

  private static int value(String s, Map<String, Integer> names) {
    Integer named = names.get(s);
    return named != null ? named : Integer.parseInt(s);
  }
}
