package dev.roundup.schedule.corpus;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exceptions of an expected RRULE that Roundup's "except …" can say: whole weekdays
 * ({@code EXRULE:BYDAY=SA,SU;INTERVAL=1;FREQ=WEEKLY}) and whole months
 * ({@code EXDATE:MONTH(2010-05)}). Single dates, times and other exception rules are outside what
 * Roundup offers ({@link SupportRules}).
 */
record RRuleExceptions(Set<DayOfWeek> days, Set<YearMonth> months) {

  private static final Pattern WEEKDAYS_RULE =
      Pattern.compile("EXRULE:BYDAY=((?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU))*);INTERVAL=1;FREQ=WEEKLY");
  private static final Pattern MONTHS_DATE = Pattern.compile("EXDATE:(MONTH\\(\\d{4}-\\d{2}\\)(?:,MONTH\\(\\d{4}-\\d{2}\\))*)");
  private static final Pattern MONTH = Pattern.compile("MONTH\\((\\d{4}-\\d{2})\\)");

  /** The exceptions read, or empty when some piece is not one Roundup can say. */
  static Optional<RRuleExceptions> of(String exceptions) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    Set<YearMonth> months = new HashSet<>();
    for (String piece : exceptions.isBlank() ? new String[0] : exceptions.split(" ")) {
      Matcher weekly = WEEKDAYS_RULE.matcher(piece);
      Matcher monthly = MONTHS_DATE.matcher(piece);
      if (weekly.matches()) {
        for (String day : weekly.group(1).split(",")) {
          days.add(RRuleExpander.day(day));
        }
      } else if (monthly.matches()) {
        Matcher m = MONTH.matcher(monthly.group(1));
        while (m.find()) {
          months.add(YearMonth.parse(m.group(1)));
        }
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new RRuleExceptions(days, months));
  }

  boolean keeps(LocalDateTime at) {
    return !days.contains(at.getDayOfWeek()) && !months.contains(YearMonth.from(at));
  }

  /** The first {@code count} of the rule's occurrences these exceptions keep. */
  List<LocalDateTime> apply(List<LocalDateTime> occurrences, int count) {
    return occurrences.stream().filter(this::keeps).limit(count).toList();
  }
}
