package dev.roundup.app;

import dev.roundup.schedule.ParseResult;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Refused;
import dev.roundup.schedule.ScheduleParser;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code schedule [--tz ZONE] [--now yyyy-MM-ddTHH:mm] [--count N] PHRASE…}: prints the next run
 * times of a phrase, one ISO-8601 offset date-time per line (seconds only when non-zero).
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = ScheduleCommand.USAGE,
    description = {"Prints the next run times of a schedule phrase.",
        "The times are exactly those the scheduler fires, e.g. "
        + "schedule --tz Europe/Berlin \"every weekday at 9am\"."})
public final class ScheduleCommand implements CliCommand {

  static final String USAGE =
      "Usage: schedule [--tz ZONE] [--now yyyy-MM-ddTHH:mm] [--count N] PHRASE";

  @Spec
  private CommandSpec spec;

  @Option(names = "--tz", paramLabel = "ZONE", description = "time zone (default: this machine's)")
  private String zone;

  @Option(names = "--now", paramLabel = "yyyy-MM-ddTHH:mm",
      description = "the moment to count from (default: now)")
  private String now;

  @Option(names = "--count", paramLabel = "N", defaultValue = "5",
      description = "how many runs to print (default: 5)")
  private int count;

  @Parameters(paramLabel = "PHRASE", arity = "0..*",
      description = "the phrase, quoted or as several words")
  private List<String> words = new ArrayList<>();

  @Override
  public Integer call() {
    ZoneId tz;
    try {
      tz = zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw Cli.badInput(spec, "bad value for --tz: " + zone);
    }
    if (count < 1) {
      throw Cli.badInput(spec, "--count must be at least 1");
    }
    if (words == null || words.isEmpty()) {
      throw Cli.badInput(spec, "no phrase given");
    }
    ZonedDateTime start;
    try {
      start = now == null
          ? ZonedDateTime.now(tz).truncatedTo(ChronoUnit.SECONDS)
          : LocalDateTime.parse(now).atZone(tz);
    } catch (DateTimeException e) {
      throw Cli.badInput(spec, "bad value for --now: " + now + " (expected e.g. 2026-11-20T10:30)");
    }
    ParseResult result = new ScheduleParser().parse(String.join(" ", words), tz, start);
    if (result instanceof Refused refused) {
      spec.commandLine().getErr().println(refused.reason());
      return BAD_INPUT;
    }
    // OffsetDateTime.toString() is ISO-8601 and leaves out zero seconds: 2026-11-23T09:00-05:00
    ((Parsed) result).schedule().next(start, count)
        .forEach(run -> spec.commandLine().getOut().println(run.toOffsetDateTime()));
    return 0;
  }
}
