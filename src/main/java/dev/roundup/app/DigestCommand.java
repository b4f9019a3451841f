package dev.roundup.app;

import dev.roundup.digest.ChannelMessages;
import dev.roundup.digest.Digest;
import dev.roundup.digest.DigestBuilder;
import dev.roundup.digest.DigestJson;
import dev.roundup.digest.DigestOptions;
import dev.roundup.digest.DigestPeriod;
import dev.roundup.digest.DigestText;
import dev.roundup.digest.ExportReader;
import dev.roundup.summarize.ConversationFileException;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Message;
import dev.roundup.summarize.Summarizer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digest --export DIR|ZIP [--channels eng,design] [--from DATE --to DATE] [--focus "words"]
 * [--format text|json]}: the weekly digest built from a Slack export (folder or zip), so a team
 * can try Roundup on its own history before installing it. Dates are days in UTC, as in the export's file
 * names; without them the digest covers the export's last seven days.
 */
@Command(name = "digest", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = DigestCommand.USAGE,
    description = {"Builds the weekly digest from a Slack export (zip or folder).",
        "Dates are days in UTC, as in the export's file names; by default the digest covers the "
        + "export's last seven days."})
public final class DigestCommand implements CliCommand {

  static final String USAGE = "Usage: digest --export DIR|ZIP [--channels eng,design] "
      + "[--from YYYY-MM-DD --to YYYY-MM-DD] [--focus \"words\"] [--format text|json]";
  private static final int DEFAULT_DAYS = 7;

  private final Summarizer summarizer;

  @Spec
  private CommandSpec spec;

  // Checked in call(), not by picocli, so an unknown option is reported before a missing export.
  @Option(names = "--export", paramLabel = "DIR|ZIP",
      description = "a Slack export: the zip Slack ships or the folder it unpacks to (one folder "
          + "of YYYY-MM-DD.json per channel); required")
  private Path export;

  @Option(names = "--channels", paramLabel = "NAMES",
      description = "comma-separated channel names (default: the export's public channels; a "
          + "private channel or a direct message only when named)")
  private String channelList;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day")
  private String fromText;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last day")
  private String toText;

  @Option(names = "--focus", paramLabel = "WORDS", description = "what the digest should favour")
  private String focus;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json")
  private String format;

  public DigestCommand() {
    this(new ExtractiveSummarizer());
  }

  public DigestCommand(Summarizer summarizer) {
    this.summarizer = summarizer;
  }

  private record Request(Path export, List<String> channels, LocalDate from, LocalDate to,
      String focus, String format) {}

  @Override
  public Integer call() {
    try {
      Request request = request();
      ExportReader export = ExportReader.open(request.export());
      List<String> names = request.channels() != null ? request.channels()
          : new ArrayList<>(export.channels());
      List<String> leftPrivate = request.channels() == null ? export.privateChannels() : List.of();
      if (!leftPrivate.isEmpty()) {
        spec.commandLine().getErr().println("digest: private channels are left out unless named with "
            + "--channels: " + String.join(", ", leftPrivate));
      }
      List<ChannelMessages> channels = export.read(names);
      LeftOutDays.tell(spec.commandLine().getErr(), "digest", export.unreadable());
      DigestPeriod period = period(request, channels);
      Digest digest = new DigestBuilder(summarizer)
          .build(period, DigestOptions.of(request.focus(), null), channels, List.of());
      PrintWriter out = spec.commandLine().getOut();
      if (request.format().equals("json")) {
        out.println(DigestJson.write(digest));
      } else {
        Map<String, String> people = export.names(names);
        out.print(DigestText.render(digest, id -> people.getOrDefault(id, id)));
      }
      return 0;
    } catch (IllegalArgumentException e) {
      throw Cli.badInput(spec, e.getMessage());
    } catch (ConversationFileException e) {
      spec.commandLine().getErr().println("digest: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  private static DigestPeriod period(Request request, List<ChannelMessages> channels) {
    LocalDate to = request.to();
    LocalDate from = request.from();
    if (to == null) {
      to = from != null ? from.plusDays(DEFAULT_DAYS - 1) : lastDay(channels);
    }
    if (from == null) {
      from = to.minusDays(DEFAULT_DAYS - 1);
    }
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    return DigestPeriod.ofDays(from, to, ZoneOffset.UTC);
  }

  private static LocalDate lastDay(List<ChannelMessages> channels) {
    double latest = channels.stream().flatMap(c -> c.messages().stream())
        .mapToDouble(Message::epochSeconds).max().orElse(Instant.now().getEpochSecond());
    return Instant.ofEpochSecond((long) latest).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private Request request() {
    List<String> channels = channelList == null ? null : Arrays.stream(channelList.split(","))
        .map(s -> s.strip().replaceFirst("^#", "")).filter(s -> !s.isEmpty()).distinct().toList();
    if (!format.equals("text") && !format.equals("json")) {
      throw new IllegalArgumentException("--format must be text or json, not '" + format + "'");
    }
    if (export == null) {
      throw new IllegalArgumentException("missing --export DIR");
    }
    if (!Files.exists(export)) {
      throw new IllegalArgumentException("no such export folder or zip: " + export);
    }
    if (channels != null && channels.isEmpty()) {
      throw new IllegalArgumentException("--channels names no channel");
    }
    return new Request(export, channels, date(fromText, "--from"), date(toText, "--to"),
        focus == null || focus.isBlank() ? null : focus, format);
  }

  private static LocalDate date(String value, String flag) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(flag + " must be a date like 2026-11-16, not '" + value + "'");
    }
  }
}
