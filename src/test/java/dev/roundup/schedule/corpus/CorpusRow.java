package dev.roundup.schedule.corpus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One row of {@code phrases.tsv}: a phrase, a library's expected reading, and its "now". */
public record CorpusRow(int line, String phrase, String expected, String source,
    String referenceText, String kind, String notes) {

  /**
   * Pure rules (rrule.js, the cron libraries) state no "now"; they are expanded from this instant,
   * the way an RRULE without DTSTART starts at the time it is created.
   */
  static final ZonedDateTime PURE_RULE_REFERENCE = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private static final Pattern REFERENCE = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(T[\\d:.]+)?([+-]\\d{2}:\\d{2})?(.*)");

  /** Short source name: "kvh/recurrent", "facebook/duckling". */
  public String library() {
    int at = source.indexOf('@');
    return at > 0 ? source.substring(0, at) : source;
  }

  public boolean recurringKind() {
    return kind.equals("recurring");
  }

  /** The row's "now" in its own zone: US/Eastern for natty, -02:00 for Duckling, UTC for naive ones. */
  public ZonedDateTime reference() {
    Matcher m = REFERENCE.matcher(referenceText.strip());
    if (!m.matches()) {
      return PURE_RULE_REFERENCE;
    }
    String time = m.group(2) == null ? "T00:00:00" : m.group(2);
    if (m.group(3) != null) {
      return OffsetDateTime.parse(m.group(1) + time + m.group(3)).toZonedDateTime();
    }
    ZoneId zone = m.group(4).contains("US/Eastern") ? ZoneId.of("US/Eastern") : ZoneOffset.UTC;
    return LocalDateTime.parse(m.group(1) + time).atZone(zone);
  }

  /** Duckling states the grain it asserts ("grain=Hour"); empty for other sources. */
  public String grain() {
    Matcher m = Pattern.compile("grain=(\\w+)").matcher(notes);
    return m.find() ? m.group(1) : "";
  }

  /** chrono's rows are whole sentences; the schedule is a span inside them. */
  public boolean sentence() {
    return library().equals("wanasit/chrono");
  }

  LocalDate referenceDate() {
    return reference().toLocalDate();
  }
}
