package dev.roundup.schedule.corpus;

import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.corpus.ExpectedForm.Cron;
import dev.roundup.schedule.corpus.ExpectedForm.DateOnly;
import dev.roundup.schedule.corpus.ExpectedForm.DateTime;
import dev.roundup.schedule.corpus.ExpectedForm.NattyRecurrence;
import dev.roundup.schedule.corpus.ExpectedForm.RRule;
import dev.roundup.schedule.corpus.ExpectedForm.TimeOnly;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether an answer matches a row's expected form.
 *
 * <ul>
 *   <li>RRULE and cron: the first {@value #OCCURRENCES} occurrences from the reference time
 *       (inclusive) must be equal. When the rule fixes no time of day (an RRULE without BYHOUR, or a
 *       cron whose phrase names no time, so its "0 0" is filler) only the dates are compared.</li>
 *   <li>natty recurrence: the first dates must be equal.</li>
 *   <li>ISO date-time: the first run must be equal at the row's grain (Duckling states it; otherwise
 *       the minute). A phrase that names no time of day and no hour/minute delay asserts only its
 *       date: the library's filler time (chrono's 12:00, natty's current time) is not compared.</li>
 *   <li>ISO date: the first run's date; ISO time: its time of day.</li>
 * </ul>
 * A recurring row answered with a one-off (or the reverse) fails.
 */
public final class RowJudge {

  public static final int OCCURRENCES = 10;

  /** A phrase that names its own start or end ("daily starting march 3rd until april 5th"). */
  private static final Pattern STARTS =
      Pattern.compile("\\b(starting|beginning|from|until|till|through)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMES_TIME = Pattern.compile(
      "\\d:\\d\\d|\\d\\s*(am|pm|a\\.m|p\\.m|a\\b|p\\b|h\\b|o'?clock)|\\b(noon|midnight|midday|mid day|"
          + "morning|afternoon|evening|tonight|night)\\b|\\bat \\d|\\b\\d+h\\d*\\b|\\b(minutes?|mins?|"
          + "hours?|hrs?|hr|min|h)\\b|\\d\\s*(h|hr|min)\\b");

  /** What was answered: a schedule, or a refusal/miss described in words. */
  public record Answer(Optional<Schedule> schedule, String text) {}

  public record Verdict(boolean passed, String ours) {}

  private RowJudge() {}

  /**
   * The "now" a parser should use: DTSTART when the rule states one and the phrase does not (the
   * library read the rule at that moment), else the row's reference. A phrase that says when it
   * starts ("daily starting march 3rd") is read at the reference and must itself begin at DTSTART.
   */
  public static ZonedDateTime now(CorpusRow row, ExpectedForm e) {
    if (e instanceof RRule r && r.dtstart() != null && !STARTS.matcher(row.phrase()).find()) {
      ZoneId zone = row.expected().contains("TZID=America/New_York")
          ? ZoneId.of("America/New_York") : row.reference().getZone();
      return r.dtstart().atZone(zone);
    }
    return row.reference();
  }

  public static Verdict judge(CorpusRow row, ExpectedForm e, Answer answer) {
    if (answer.schedule().isEmpty()) {
      return new Verdict(false, answer.text());
    }
    Schedule s = answer.schedule().get();
    ZonedDateTime now = now(row, e);
    if (s.recurring() != row.recurringKind()) {
      return new Verdict(false, (s.recurring() ? "recurring: " : "one-off: ") + s.describe());
    }
    int count = e instanceof NattyRecurrence n ? n.firsts().size() : row.recurringKind() ? OCCURRENCES : 1;
    List<LocalDateTime> ours = s.next(now.minusNanos(1), count).stream()
        .map(z -> z.withZoneSameInstant(now.getZone()).toLocalDateTime()).toList();
    List<LocalDateTime> expected = expected(row, e, now, count);
    Grain grain = grain(row, e);
    boolean passed = ours.size() == expected.size()
        && ours.stream().map(grain::cut).toList().equals(expected.stream().map(grain::cut).toList());
    return new Verdict(passed, s.describe() + " → " + show(ours, grain));
  }

  /** natty gives a first date and a recurrence flag: the first date is judged like ours. */
  public static Verdict judgeFirst(CorpusRow row, ExpectedForm e, Optional<LocalDateTime> first,
      boolean recurring) {
    if (first.isEmpty()) {
      return new Verdict(false, "no date");
    }
    if (row.recurringKind() && !recurring) {
      return new Verdict(false, "not recurring: " + first.get());
    }
    ZonedDateTime now = now(row, e);
    List<LocalDateTime> expected = expected(row, e, now, 1);
    Grain grain = grain(row, e);
    boolean passed = !expected.isEmpty() && grain.cut(expected.get(0)).equals(grain.cut(first.get()));
    return new Verdict(passed, first.get().toString());
  }

  private static List<LocalDateTime> expected(CorpusRow row, ExpectedForm e, ZonedDateTime now, int count) {
    LocalDateTime from = now.toLocalDateTime();
    if (e instanceof RRule r) {
      // Exceptions Roundup can say (weekdays, months) are applied; others are unsupported rows.
      RRuleExceptions exceptions = RRuleExceptions.of(r.exceptions()).orElseThrow();
      // RFC 5545: occurrences start at DTSTART, which takes the place of the moment read at
      LocalDateTime start = r.dtstart() != null && r.dtstart().isAfter(from) ? r.dtstart() : from;
      return exceptions.apply(RRuleExpander.expand(r.parts(), start,
          exceptions.days().isEmpty() && exceptions.months().isEmpty() ? count : count * 400), count);
    }
    if (e instanceof Cron c) {
      return CronExpander.expand(c.crons(), from, count);
    }
    if (e instanceof NattyRecurrence n) {
      return n.firsts().stream().limit(count).map(d -> d.atStartOfDay()).toList();
    }
    if (e instanceof DateTime d) {
      return List.of(d.at());
    }
    if (e instanceof DateOnly d) {
      return List.of(d.date().atStartOfDay());
    }
    if (e instanceof TimeOnly t) {
      return List.of(from.toLocalDate().atTime(t.time()));
    }
    return List.of();
  }

  /** How finely two times must agree. */
  enum Grain {
    MINUTE, HOUR, DAY, TIME_OF_DAY, SECOND;

    Object cut(LocalDateTime t) {
      return switch (this) {
        case SECOND -> t.truncatedTo(ChronoUnit.SECONDS);
        case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
        case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
        case DAY -> t.toLocalDate();
        case TIME_OF_DAY -> t.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
      };
    }
  }

  static Grain grain(CorpusRow row, ExpectedForm e) {
    if (e instanceof TimeOnly) {
      return Grain.TIME_OF_DAY;
    }
    if (e instanceof DateOnly || e instanceof NattyRecurrence) {
      return Grain.DAY;
    }
    boolean namesTime = NAMES_TIME.matcher(row.phrase().toLowerCase(Locale.ROOT)).find();
    if (e instanceof RRule r) {
      boolean subDaily = List.of("HOURLY", "MINUTELY").contains(r.parts().get("FREQ"));
      boolean fixesTime = r.parts().containsKey("BYHOUR") || r.parts().containsKey("BYMINUTE");
      return subDaily || fixesTime ? Grain.MINUTE : Grain.DAY;
    }
    if (e instanceof Cron) {
      return namesTime ? Grain.MINUTE : Grain.DAY;
    }
    return switch (row.grain()) {
      case "Day" -> Grain.DAY;
      case "Hour" -> Grain.HOUR;
      case "Second" -> Grain.SECOND;
      case "Minute" -> Grain.MINUTE;
      default -> namesTime ? Grain.MINUTE : Grain.DAY;
    };
  }

  private static String show(List<LocalDateTime> times, Grain grain) {
    List<String> shown = times.stream().limit(3).map(t -> grain.cut(t).toString()).toList();
    return String.join(", ", shown) + (times.size() > 3 ? ", …" : "");
  }
}
