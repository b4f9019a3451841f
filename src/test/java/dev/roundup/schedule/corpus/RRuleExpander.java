package dev.roundup.schedule.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands the RRULE subset the corpus uses (FREQ, INTERVAL, BYDAY with ordinals, BYMONTHDAY,
 * BYMONTH, BYHOUR, BYMINUTE; WKST=MO; UNTIL as a date; COUNT) into local occurrences from DTSTART, following RFC 5545:
 * missing BY parts are taken from DTSTART, and BYDAY ordinals count within the month (MONTHLY, or
 * YEARLY with BYMONTH) or the year. Parts outside the subset are classified unsupported before
 * this runs ({@link SupportRules}).
 */
final class RRuleExpander {

  static final Set<String> KNOWN_PARTS =
      Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYHOUR", "BYMINUTE", "WKST",
          "UNTIL", "COUNT");

  private RRuleExpander() {}

  static List<LocalDateTime> expand(Map<String, String> p, LocalDateTime dtstart, int count) {
    List<LocalDateTime> all = expandUnbounded(p, dtstart, count);
    if (p.containsKey("COUNT")) {
      // COUNT: the first N occurrences from DTSTART
      all = all.subList(0, Math.min(all.size(), Integer.parseInt(p.get("COUNT"))));
    }
    if (!p.containsKey("UNTIL")) {
      return all;
    }
    // UNTIL (a date: the last day, inclusive) cuts the occurrences off
    LocalDate until = LocalDate.parse(p.get("UNTIL").substring(0, 8),
        java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    return all.stream().filter(t -> !t.toLocalDate().isAfter(until)).toList();
  }

  private static List<LocalDateTime> expandUnbounded(Map<String, String> p, LocalDateTime dtstart,
      int count) {
    String freq = p.get("FREQ");
    int interval = Integer.parseInt(p.getOrDefault("INTERVAL", "1"));
    List<LocalDateTime> out = new ArrayList<>();
    if (freq.equals("MINUTELY") || freq.equals("HOURLY")) {
      long step = freq.equals("HOURLY") ? 60L * interval : interval;
      for (int i = 0; out.size() < count; i++) {
        out.add(dtstart.plusMinutes(step * i));
      }
      return out;
    }
    List<Integer> hours = ints(p.get("BYHOUR"), dtstart.getHour());
    List<Integer> minutes = ints(p.get("BYMINUTE"), dtstart.getMinute());
    LocalDate day = dtstart.toLocalDate();
    for (int i = 0; i < 366 * 40 && out.size() < count; i++, day = day.plusDays(1)) {
      if (!matches(p, freq, interval, dtstart.toLocalDate(), day)) {
        continue;
      }
      for (int h : hours) {
        for (int m : minutes) {
          LocalDateTime at = day.atTime(LocalTime.of(h, m));
          if (!at.isBefore(dtstart) && out.size() < count) {
            out.add(at);
          }
        }
      }
    }
    return out;
  }

  private static boolean matches(Map<String, String> p, String freq, int interval, LocalDate start,
      LocalDate d) {
    long periods = switch (freq) {
      case "DAILY" -> ChronoUnit.DAYS.between(start, d);
      case "WEEKLY" -> ChronoUnit.WEEKS.between(monday(start), monday(d));
      case "MONTHLY" -> ChronoUnit.MONTHS.between(start.withDayOfMonth(1), d.withDayOfMonth(1));
      case "YEARLY" -> d.getYear() - start.getYear();
      default -> throw new IllegalArgumentException("FREQ " + freq);
    };
    if (periods % interval != 0) {
      return false;
    }
    String byMonth = p.get("BYMONTH");
    String byMonthDay = p.get("BYMONTHDAY");
    String byDay = p.get("BYDAY");
    if (byMonth != null && !ints(byMonth, 0).contains(d.getMonthValue())) {
      return false;
    }
    if (byMonthDay != null && ints(byMonthDay, 0).stream()
        .noneMatch(n -> (n > 0 ? n : d.lengthOfMonth() + n + 1) == d.getDayOfMonth())) {
      return false;
    }
    if (byDay != null) {
      boolean withinYear = freq.equals("YEARLY") && byMonth == null;
      boolean any = false;
      for (String item : byDay.split(",")) {
        DayOfWeek dow = day(item.substring(item.length() - 2));
        String ord = item.substring(0, item.length() - 2);
        if (dow != d.getDayOfWeek()) {
          continue;
        }
        if (ord.isEmpty() || !(freq.equals("MONTHLY") || freq.equals("YEARLY"))) {
          any = true;
        } else {
          int n = Integer.parseInt(ord.replace("+", ""));
          int pos = withinYear ? d.getDayOfYear() : d.getDayOfMonth();
          int len = withinYear ? d.lengthOfYear() : d.lengthOfMonth();
          any |= n > 0 ? (pos - 1) / 7 + 1 == n : (len - pos) / 7 + 1 == -n;
        }
      }
      if (!any) {
        return false;
      }
    }
    // RFC 5545: what no BY part fixes comes from DTSTART
    if (byDay == null && byMonthDay == null) {
      switch (freq) {
        case "WEEKLY" -> { return d.getDayOfWeek() == start.getDayOfWeek(); }
        case "MONTHLY" -> { return d.getDayOfMonth() == start.getDayOfMonth(); }
        case "YEARLY" -> {
          return d.getDayOfMonth() == start.getDayOfMonth()
              && (byMonth != null || d.getMonth() == start.getMonth());
        }
        default -> { }
      }
    }
    return true;
  }

  private static LocalDate monday(LocalDate d) {
    return d.minusDays(d.getDayOfWeek().getValue() - 1L);
  }

  private static List<Integer> ints(String csv, int fallback) {
    if (csv == null) {
      return List.of(fallback);
    }
    return Arrays.stream(csv.split(",")).map(s -> Integer.parseInt(s.replace("+", ""))).sorted().toList();
  }

  static DayOfWeek day(String two) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(two)) {
        return d;
      }
    }
    throw new IllegalArgumentException(two);
  }
}
