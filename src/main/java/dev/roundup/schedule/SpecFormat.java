package dev.roundup.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The storable text of a schedule: {@code once;tz=Europe/Berlin;at=2026-12-24T09:00:00Z} or
 * {@code every;tz=…;unit=WEEK;interval=2;anchor=2026-11-23;days=MO,FR;times=09:00} (and
 * {@code ;start=2026-12-07} and {@code ;end=2026-12-20} for a rule that begins later or ends).
 * Keys are fixed
 * and written in one order, so equal schedules have equal specs.
 */
final class SpecFormat {

  private SpecFormat() {}

  static String write(OneOffSchedule once) {
    return "once;tz=" + once.zone().getId() + named(once) + ";at=" + once.at();
  }

  static String write(RecurringSchedule schedule) {
    RecurrenceRule r = schedule.rule();
    StringBuilder spec = new StringBuilder("every;tz=").append(schedule.zone().getId()).append(named(schedule))
        .append(";unit=").append(r.unit())
        .append(";interval=").append(r.interval())
        .append(";anchor=").append(r.anchor());
    appendList(spec, "days", r.days().stream().sorted().map(d -> d.name().substring(0, 2)).toList());
    appendList(spec, "monthdays", r.monthDays().stream().map(String::valueOf).toList());
    appendList(spec, "nth", r.nthWeekdays().stream()
        .map(n -> n.ordinal() + n.day().name().substring(0, 2)).toList());
    appendList(spec, "months", r.months().stream().sorted().map(m -> String.valueOf(m.getValue())).toList());
    appendList(spec, "times", r.times().stream().map(LocalTime::toString).toList());
    if (r.stepMinutes() > 0) {
      spec.append(";step=").append(r.stepMinutes());
    }
    appendList(spec, "pos", r.positions().stream().map(String::valueOf).toList());
    if (r.start() != null) {
      spec.append(";start=").append(r.start());
    }
    if (r.end() != null) {
      spec.append(";end=").append(r.end());
    }
    return spec.toString();
  }

  /** The zone came from the phrase ("9am ET"), not from the user's setting. */
  private static String named(Schedule s) {
    return s.zoneNamed() ? ";tzfrom=phrase" : "";
  }

  private static void appendList(StringBuilder spec, String key, List<String> values) {
    if (!values.isEmpty()) {
      spec.append(';').append(key).append('=').append(String.join(",", values));
    }
  }

  static Schedule read(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("empty schedule spec");
    }
    String[] parts = spec.strip().split(";");
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("malformed spec field '" + parts[i] + "' in: " + spec);
      }
      fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
    }
    try {
      ZoneId zone = ZoneId.of(required(fields, "tz", spec));
      boolean named = "phrase".equals(fields.get("tzfrom"));
      return switch (parts[0]) {
        case "once" -> new OneOffSchedule(Instant.parse(required(fields, "at", spec)), zone, named);
        case "every" -> new RecurringSchedule(readRule(fields, spec), zone, named);
        default -> throw new IllegalArgumentException("unknown schedule kind in spec: " + spec);
      };
    } catch (DateTimeException | IllegalArgumentException e) {
      if (e instanceof IllegalArgumentException && e.getMessage() != null
          && e.getMessage().contains(spec)) {
        throw (IllegalArgumentException) e;
      }
      throw new IllegalArgumentException("invalid schedule spec '" + spec + "': " + e.getMessage(), e);
    }
  }

  private static RecurrenceRule readRule(Map<String, String> f, String spec) {
    return new RecurrenceRule(
        RecurrenceUnit.valueOf(required(f, "unit", spec)),
        Integer.parseInt(required(f, "interval", spec)),
        LocalDate.parse(required(f, "anchor", spec)),
        enumSet(list(f, "days", SpecFormat::day), DayOfWeek.class),
        list(f, "monthdays", Integer::valueOf),
        list(f, "nth", SpecFormat::nth),
        enumSet(list(f, "months", m -> Month.of(Integer.parseInt(m))), Month.class),
        list(f, "times", LocalTime::parse),
        Integer.parseInt(f.getOrDefault("step", "0")),
        f.containsKey("start") ? LocalDate.parse(f.get("start")) : null,
        f.containsKey("end") ? LocalDate.parse(f.get("end")) : null,
        list(f, "pos", Integer::valueOf));
  }

  private static String required(Map<String, String> fields, String key, String spec) {
    String value = fields.get(key);
    if (value == null) {
      throw new IllegalArgumentException("spec lacks '" + key + "': " + spec);
    }
    return value;
  }

  private static <T> List<T> list(Map<String, String> f, String key, Function<String, T> parse) {
    String value = f.get(key);
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(parse).collect(Collectors.toCollection(ArrayList::new));
  }

  private static <E extends Enum<E>> Set<E> enumSet(List<E> values, Class<E> type) {
    return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
  }

  private static DayOfWeek day(String two) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(two)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown day '" + two + "'");
  }

  private static NthWeekday nth(String text) {
    int split = text.length() - 2;
    return new NthWeekday(Integer.parseInt(text.substring(0, split)), day(text.substring(split)));
  }
}
