package dev.roundup.app;

import dev.roundup.suggest.Candidate;
import dev.roundup.suggest.Detector;
import dev.roundup.suggest.ExportHistory;
import dev.roundup.suggest.SuggestionJson;
import dev.roundup.suggest.SuggestionText;
import dev.roundup.summarize.ConversationFileException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suggest --export DIR|ZIP [--now 2026-11-30T08:00] [--format text|json]}: runs the suggestion
 * detector on a Slack export, so a team can see what Roundup would offer to take over before
 * turning suggestions on. The whole export is read (a monthly rhythm needs months); {@code --now}
 * is in UTC and defaults to just after the export's last message.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = SuggestCommand.USAGE,
    description = {"Lists what Roundup would offer to take over in a Slack export.",
        "Finds messages posted by hand on a weekly, weekday or monthly rhythm and summaries asked "
        + "of Roundup on a rhythm or often, as the nightly suggestions do; --now is in UTC."})
public final class SuggestCommand implements CliCommand {

  static final String USAGE = "Usage: suggest --export DIR|ZIP [--now yyyy-MM-ddTHH:mm] [--format text|json]";

  @Spec
  private CommandSpec spec;

  @Option(names = "--export", paramLabel = "DIR|ZIP",
      description = "a Slack export: the zip Slack ships or the folder it unpacks to (users.json, "
          + "channels.json, a folder of YYYY-MM-DD.json per channel); required")
  private Path export;

  @Option(names = "--now", paramLabel = "yyyy-MM-ddTHH:mm",
      description = "the moment to judge from, in UTC (default: just after the export's last message)")
  private String now;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json")
  private String format;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw Cli.badInput(spec, "--format must be text or json, not '" + format + "'");
    }
    if (export == null) {
      throw Cli.badInput(spec, "missing --export DIR|ZIP");
    }
    if (!Files.isDirectory(export) && !Files.isRegularFile(export)) {
      throw Cli.badInput(spec, "no such export folder or zip: " + export);
    }
    Instant at = null;
    if (now != null) {
      try {
        at = LocalDateTime.parse(now).toInstant(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        throw Cli.badInput(spec, "bad value for --now: " + now + " (expected e.g. 2026-11-30T08:00)");
      }
    }
    ExportHistory read;
    try {
      read = ExportHistory.read(export);
      LeftOutDays.tell(spec.commandLine().getErr(), "suggest", read.unreadable());
    } catch (ConversationFileException e) {
      spec.commandLine().getErr().println("suggest: " + e.getMessage());
      return BAD_INPUT;
    }
    Instant judged = at != null ? at : read.latest().plusSeconds(1);
    List<Candidate> found = new Detector(Detector.Settings.DEFAULT).detect(read.history(judged));
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(SuggestionJson.write(found));
    } else {
      out.print(SuggestionText.render(found, read.channelNames(), read.userNames()));
    }
    return 0;
  }
}
