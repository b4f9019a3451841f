package dev.roundup.schedule.corpus;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/** Runs natty on a phrase with a reference time: its first date and whether it saw a recurrence. */
public final class NattyRunner {

  public record NattyAnswer(Optional<LocalDateTime> first, boolean recurring) {}

  static {
    // natty logs every token stream at INFO; keep test and benchmark output readable
    org.slf4j.Logger natty = org.slf4j.LoggerFactory.getLogger("com.joestelmach.natty");
    if (natty instanceof ch.qos.logback.classic.Logger logback) {
      logback.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  private NattyRunner() {}

  public static NattyAnswer run(String phrase, ZonedDateTime now) {
    try {
      Parser parser = new Parser(TimeZone.getTimeZone(now.getZone()));
      List<DateGroup> groups = parser.parse(phrase, Date.from(now.toInstant()));
      if (groups.isEmpty() || groups.get(0).getDates().isEmpty()) {
        return new NattyAnswer(Optional.empty(), false);
      }
      DateGroup group = groups.get(0);
      LocalDateTime first = group.getDates().get(0).toInstant().atZone(now.getZone()).toLocalDateTime();
      return new NattyAnswer(Optional.of(first), group.isRecurring());
    } catch (RuntimeException e) {
      return new NattyAnswer(Optional.empty(), false); // natty throws on some inputs: a miss
    }
  }
}
