package dev.roundup.suggest;

import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The task a suggestion proposes, in the words the task form and {@code /task} read: what
 * ("remind #team to …", "summarize #incidents", "digest #eng") and when (the schedule phrase). The
 * same words go to "Schedule it" and prefill "Edit first", so both make the task the card shows.
 */
record Proposal(String what, String when, Kind kind, String channel, String body) {

  private static final Pattern LINK = Pattern.compile("<((?:https?|mailto):[^|>]+)(?:\\|([^>]*))?>");
  private static final Pattern SPECIAL = Pattern.compile("<!(here|channel|everyone)(?:\\|[^>]*)?>");
  private static final ScheduleParser PARSER = new ScheduleParser();

  static Proposal of(Suggestion s) {
    String body = s.kind() == Kind.REMIND ? taskText(s.text()) : "";
    String what = switch (s.kind()) {
      case REMIND -> "remind <#" + s.channel() + "> to " + body;
      case SUMMARIZE -> "summarize <#" + s.channel() + ">";
      case DIGEST -> "digest <#" + s.channel() + ">";
    };
    return new Proposal(what, s.phrase(), s.kind(), s.channel(), body);
  }

  /**
   * A message's text as a reminder's text: a task's reminder is stored escaped (so typed markup
   * cannot notify or disguise a link), which would show a link's markup as characters, so links
   * become their label and address, and {@code @here}-style notices become words.
   */
  static String taskText(String text) {
    Matcher m = LINK.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = m.group(1);
      String label = m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(label == null || label.isBlank() || label.equals(url)
          ? url : label + " (" + url + ")"));
    }
    m.appendTail(out);
    return SPECIAL.matcher(out.toString()).replaceAll("@$1");
  }

  /** The schedule the phrase means in this zone, from {@code now}. */
  Optional<Schedule> schedule(ZoneId zone, ZonedDateTime now) {
    return PARSER.parse(when, zone, now) instanceof Parsed p ? Optional.of(p.schedule()) : Optional.empty();
  }

  /** "every Friday at 10:00 AM, post in <#C1>: Timesheets are due today at 5pm". */
  String describe(ZoneId zone, ZonedDateTime now) {
    String schedule = schedule(zone, now).map(Schedule::describe).orElse(when);
    return switch (kind) {
      case REMIND -> schedule + ", post in <#" + channel + ">: " + body;
      case SUMMARIZE -> schedule + ", summarize <#" + channel + "> since the previous run and send it to you by DM";
      case DIGEST -> schedule + ", a digest of <#" + channel + "> sent to you by DM";
    };
  }

  /** The next three runs, for the card. */
  List<ZonedDateTime> nextRuns(ZoneId zone, ZonedDateTime now) {
    return schedule(zone, now).map(s -> s.next(now.withZoneSameInstant(zone), 3)).orElse(List.of());
  }
}
