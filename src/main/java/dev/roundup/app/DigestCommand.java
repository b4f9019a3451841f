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
import java.io.PrintStream;
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

/**
 * {@code digest --export DIR|ZIP [--channels eng,design] [--from DATE --to DATE] [--focus "words"]
 * [--format text|json]}: the weekly digest built from a Slack export folder, so a team can try
 * Roundup on its own history before installing it. Dates are days in UTC, as in the export's file
 * names; without them the digest covers the export's last seven days.
 */
public final class DigestCommand implements CliCommand {

  static final String USAGE = "usage: digest --export DIR|ZIP [--channels eng,design] "
      + "[--from YYYY-MM-DD --to YYYY-MM-DD] [--focus \"words\"] [--format text|json]";
  private static final int DEFAULT_DAYS = 7;

  private final Summarizer summarizer;

  public DigestCommand() {
    this(new ExtractiveSummarizer());
  }

  public DigestCommand(Summarizer summarizer) {
    this.summarizer = summarizer;
  }

  private record Request(Path export, List<String> channels, LocalDate from, LocalDate to,
      String focus, String format) {}

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    try {
      Request request = parse(args);
      ExportReader export = ExportReader.open(request.export());
      List<String> names = request.channels() != null ? request.channels()
          : new ArrayList<>(export.channels());
      List<ChannelMessages> channels = export.read(names);
      DigestPeriod period = period(request, channels);
      Digest digest = new DigestBuilder(summarizer)
          .build(period, DigestOptions.of(request.focus(), null), channels, List.of());
      if (request.format().equals("json")) {
        out.println(DigestJson.write(digest));
      } else {
        Map<String, String> people = export.names(names);
        out.print(DigestText.render(digest, id -> people.getOrDefault(id, id)));
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("digest: " + e.getMessage() + "; " + USAGE);
      return BAD_INPUT;
    } catch (ConversationFileException e) {
      err.println("digest: " + e.getMessage());
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

  private static Request parse(List<String> args) {
    Path export = null;
    List<String> channels = null;
    LocalDate from = null;
    LocalDate to = null;
    String focus = null;
    String format = "text";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--export" -> export = Path.of(valueAfter(args, i++, arg));
        case "--channels" -> channels = Arrays.stream(valueAfter(args, i++, arg).split(","))
            .map(s -> s.strip().replaceFirst("^#", "")).filter(s -> !s.isEmpty()).distinct().toList();
        case "--from" -> from = date(valueAfter(args, i++, arg), arg);
        case "--to" -> to = date(valueAfter(args, i++, arg), arg);
        case "--focus" -> focus = valueAfter(args, i++, arg);
        case "--format" -> {
          format = valueAfter(args, i++, arg);
          if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format must be text or json, not '" + format + "'");
          }
        }
        default -> throw new IllegalArgumentException("unexpected argument '" + arg + "'");
      }
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
    return new Request(export, channels, from, to, focus == null || focus.isBlank() ? null : focus,
        format);
  }

  private static LocalDate date(String value, String flag) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(flag + " must be a date like 2026-11-16, not '" + value + "'");
    }
  }

  private static String valueAfter(List<String> args, int i, String flag) {
    if (i + 1 >= args.size()) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args.get(i + 1);
  }
}
