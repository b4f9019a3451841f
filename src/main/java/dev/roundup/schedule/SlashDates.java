package dev.roundup.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates written with slashes, whose order depends on who wrote them: "03/04" is 4 March in the
 * US and 3 April in most of the world. An order that gives no date is not the one meant, so
 * "13/12" and "12/13" are both 13 December and "31/12" is 31 December wherever it is typed. When
 * both orders give a date and the dates differ, the user's zone decides only where one order is
 * the custom: month first in US zones, and in zones that name no place (UTC, a bare offset), as
 * this parser has always read them. Elsewhere the phrase is refused with both readings rather than
 * read in another country's order. Each date is rewritten as the words the calendar reader reads
 * ("december 13", or "2027-04-03" with a year), keeping the span of what was typed.
 */
final class SlashDates {

  private static final Pattern SLASH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}(/\\d{2,4})?");
  /** US zones by prefix and name: where dates are written month first. */
  private static final Set<String> US_PREFIXES = Set.of("US/", "America/Indiana/", "America/Kentucky/",
      "America/North_Dakota/");
  private static final Set<String> US_ZONES = Set.of("America/New_York", "America/Chicago",
      "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Anchorage",
      "America/Juneau", "America/Sitka", "America/Yakutat", "America/Nome", "America/Metlakatla",
      "America/Adak", "America/Boise", "America/Detroit", "America/Menominee", "Pacific/Honolulu",
      "America/Puerto_Rico");

  /** The tokens with slash dates rewritten, or the problem of one that reads two ways. */
  record Result(List<Token> tokens, String problem) {}

  private SlashDates() {}

  static Result rewrite(List<Token> tokens, ZoneId zone, LocalDate today) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (!SLASH_DATE.matcher(t.text()).matches()) {
        out.add(t);
        continue;
      }
      String[] p = t.text().split("/");
      int first = Integer.parseInt(p[0]);
      int second = Integer.parseInt(p[1]);
      Integer year = p.length == 3 ? Integer.valueOf(p[2]) : null;
      if (year != null && year < 100) {
        year += 2000; // "3/3/15": two-digit years are this century
      }
      boolean monthFirst = exists(year, first, second);
      boolean dayFirst = exists(year, second, first);
      if (monthFirst && dayFirst && first != second && !monthFirstZone(zone)) {
        return new Result(tokens, twoReadings(t.text(), year, first, second, today));
      }
      if (!monthFirst && !dayFirst) {
        out.add(t); // the calendar reader says why ("there is no month 13")
      } else if (monthFirst) {
        out.addAll(date(t, year, first, second));
      } else {
        out.addAll(date(t, year, second, first));
      }
    }
    return new Result(out, null);
  }

  /** Both readings, and the day-first one in words and in full (the next such day's year). */
  private static String twoReadings(String written, Integer year, int first, int second, LocalDate today) {
    int shownYear = year != null ? year
        : MonthDay.of(second, first).atYear(today.getYear()).isAfter(today) ? today.getYear() : today.getYear() + 1;
    String asMonthFirst = second + " " + monthName(first);
    String asDayFirst = first + " " + monthName(second);
    return "'" + written + "' could be " + asMonthFirst + " or " + asDayFirst + "; write the month as a word, "
        + "e.g. \"" + asDayFirst + "\", or the date as year-month-day, e.g. \""
        + shownYear + String.format(Locale.ROOT, "-%02d-%02d", second, first) + "\"";
  }

  private static List<Token> date(Token t, Integer year, int month, int day) {
    if (year != null) {
      return List.of(new Token(LocalDate.of(year, month, day).toString(), t.start(), t.end()));
    }
    return List.of(new Token(Month.of(month).name().toLowerCase(Locale.ROOT), t.start(), t.end()),
        new Token(String.valueOf(day), t.start(), t.end()));
  }

  private static boolean exists(Integer year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= (year == null ? Month.of(month).maxLength() : LocalDate.of(year, month, 1).lengthOfMonth());
  }

  private static boolean monthFirstZone(ZoneId zone) {
    String id = zone.getId();
    return zone instanceof ZoneOffset || id.equals("UTC") || id.equals("GMT") || id.startsWith("Etc/")
        || US_ZONES.contains(id) || US_PREFIXES.stream().anyMatch(id::startsWith);
  }

  private static String monthName(int month) {
    String name = Month.of(month).name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
