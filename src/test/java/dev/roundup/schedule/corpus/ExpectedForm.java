package dev.roundup.schedule.corpus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The expected column of a row, decoded into one of the forms the corpus uses. */
public sealed interface ExpectedForm {

  /** cronify's "UNSUPPORTED": the library declined; no meaning is asserted. */
  record NoTruth() implements ExpectedForm {}

  /** An RRULE with its parts; {@code dtstart} when the row gives one; exceptions kept as text. */
  record RRule(Map<String, String> parts, LocalDateTime dtstart, String exceptions) implements ExpectedForm {}

  /** One or more crons (cronify joins several with "|"), normalised to sec/min/hour/dom/month/dow/year. */
  record Cron(List<CronFields> crons, String flavour) implements ExpectedForm {}

  record DateTime(LocalDateTime at) implements ExpectedForm {}

  record DateOnly(LocalDate date) implements ExpectedForm {}

  record TimeOnly(LocalTime time) implements ExpectedForm {}

  /** natty's recurrence assertion: the first dates and an end ("none" when open). */
  record NattyRecurrence(List<LocalDate> firsts, String until) implements ExpectedForm {}

  /**
   * Cron fields as written. Days of the week are numbered as the flavour does (Quartz and AWS:
   * 1 = Sunday; Unix: 0 = Sunday); {@link CronExpander} maps them.
   */
  record CronFields(String second, String minute, String hour, String dayOfMonth, String month,
      String dayOfWeek, String year, boolean sundayIsZero) {}

  static ExpectedForm parse(String expected) {
    String e = expected.strip();
    if (e.equals("UNSUPPORTED")) {
      return new NoTruth();
    }
    if (e.startsWith("QUARTZ:")) {
      String[] f = e.substring(7).trim().split("\\s+");
      return new Cron(List.of(new CronFields(f[0], f[1], f[2], f[3], f[4], f[5],
          f.length > 6 ? f[6] : "*", false)), "QUARTZ");
    }
    if (e.startsWith("AWSCRON:")) {
      String[] f = e.substring(8).trim().split("\\s+");
      return new Cron(List.of(new CronFields("0", f[0], f[1], f[2], f[3], f[4], f[5], false)), "AWSCRON");
    }
    if (e.startsWith("CRON5:")) {
      List<CronFields> crons = new ArrayList<>();
      for (String one : e.substring(6).split("\\|")) {
        String[] f = one.trim().split("\\s+");
        crons.add(new CronFields("0", f[0], f[1], f[2], f[3], f[4], "*", true));
      }
      return new Cron(crons, "CRON5");
    }
    if (e.contains("RRULE:")) {
      return rrule(e);
    }
    if (e.startsWith("first=")) {
      Map<String, String> kv = new LinkedHashMap<>();
      for (String part : e.split(";")) {
        String[] pair = part.trim().split("=", 2);
        kv.put(pair[0], pair.length > 1 ? pair[1] : "");
      }
      List<LocalDate> firsts = Arrays.stream(kv.get("first").split(","))
          .map(s -> LocalDate.parse(s.trim().substring(0, 10))).toList();
      return new NattyRecurrence(firsts, kv.getOrDefault("until", "none"));
    }
    if (e.matches("T\\d{2}:\\d{2}:\\d{2}")) {
      return new TimeOnly(LocalTime.parse(e.substring(1)));
    }
    if (e.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return new DateOnly(LocalDate.parse(e));
    }
    if (e.matches(".*[+-]\\d{2}:\\d{2}$")) {
      return new DateTime(OffsetDateTime.parse(e).toLocalDateTime());
    }
    return new DateTime(LocalDateTime.parse(e));
  }

  private static RRule rrule(String e) {
    LocalDateTime dtstart = null;
    Map<String, String> parts = new LinkedHashMap<>();
    StringBuilder exceptions = new StringBuilder();
    for (String piece : e.split(" ")) {
      if (piece.startsWith("DTSTART")) {
        String value = piece.substring(piece.lastIndexOf(':') + 1);
        dtstart = value.length() == 8
            ? LocalDate.parse(value, java.time.format.DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay()
            : LocalDateTime.parse(value, java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
      } else if (piece.startsWith("RRULE:")) {
        for (String kv : piece.substring(6).split(";")) {
          String[] pair = kv.split("=", 2);
          parts.put(pair[0], pair[1]);
        }
      } else {
        exceptions.append(piece).append(' ');
      }
    }
    return new RRule(parts, dtstart, exceptions.toString().strip());
  }
}
