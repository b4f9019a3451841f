package dev.roundup.app;

import dev.roundup.schedule.ParseResult;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Refused;
import dev.roundup.schedule.ScheduleParser;
import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code schedule [--tz ZONE] [--now yyyy-MM-ddTHH:mm] [--count N] PHRASE…}: prints the next run
 * times of a phrase, one ISO-8601 offset date-time per line (seconds only when non-zero).
 */
public final class ScheduleCommand implements CliCommand {

  private static final String USAGE = "usage: schedule [--tz ZONE] [--now yyyy-MM-ddTHH:mm] "
      + "[--count N] PHRASE (e.g. schedule --tz Europe/Berlin \"every weekday at 9am\")";

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    ZoneId zone = ZoneId.systemDefault();
    String nowText = null;
    int count = 5;
    List<String> words = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        words.add(arg);
        continue;
      }
      if (i + 1 >= args.size()) {
        return bad(err, "missing value for " + arg);
      }
      String value = args.get(++i);
      try {
        switch (arg) {
          case "--tz" -> zone = ZoneId.of(value);
          case "--now" -> nowText = value;
          case "--count" -> count = Integer.parseInt(value);
          default -> {
            return bad(err, "unknown option " + arg);
          }
        }
      } catch (DateTimeException | NumberFormatException e) {
        return bad(err, "bad value for " + arg + ": " + value);
      }
    }
    if (count < 1) {
      return bad(err, "--count must be at least 1");
    }
    if (words.isEmpty()) {
      return bad(err, "no phrase given");
    }
    ZonedDateTime now;
    try {
      now = nowText == null
          ? ZonedDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS)
          : LocalDateTime.parse(nowText).atZone(zone);
    } catch (DateTimeException e) {
      return bad(err, "bad value for --now: " + nowText + " (expected e.g. 2026-11-20T10:30)");
    }
    ParseResult result = new ScheduleParser().parse(String.join(" ", words), zone, now);
    if (result instanceof Refused refused) {
      err.println(refused.reason());
      return BAD_INPUT;
    }
    // OffsetDateTime.toString() is ISO-8601 and leaves out zero seconds: 2026-11-23T09:00-05:00
    ((Parsed) result).schedule().next(now, count)
        .forEach(run -> out.println(run.toOffsetDateTime()));
    return 0;
  }

  private static int bad(PrintStream err, String why) {
    err.println(why + ". " + USAGE);
    return BAD_INPUT;
  }
}
