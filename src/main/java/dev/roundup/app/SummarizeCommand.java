package dev.roundup.app;

import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ConversationFileException;
import dev.roundup.summarize.ConversationFiles;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.SlackUserNames;
import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryJson;
import dev.roundup.summarize.SummaryOptions;
import dev.roundup.summarize.SummaryText;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code summarize [--format text|json] [--focus "words"] FILE}: summarizes a saved Slack thread
 * or channel (a Web API response file or an export channel folder) with the embedded summarizer.
 */
public final class SummarizeCommand implements CliCommand {

  static final String USAGE =
      "usage: summarize [--format text|json] [--focus \"words\"] FILE|EXPORT_CHANNEL_FOLDER|EXPORT.zip[/CHANNEL]";

  private final Summarizer summarizer;

  public SummarizeCommand() {
    this(new ExtractiveSummarizer());
  }

  public SummarizeCommand(Summarizer summarizer) {
    this.summarizer = summarizer;
  }

  private record Request(String format, String focus, Path file) {}

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Request request;
    try {
      request = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("summarize: " + e.getMessage() + "; " + USAGE);
      return BAD_INPUT;
    }
    Conversation conversation;
    try {
      conversation = ConversationFiles.read(request.file());
    } catch (ConversationFileException e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    }
    SummaryOptions options = request.focus() == null ? SummaryOptions.DEFAULT
        : SummaryOptions.focusedOn(request.focus());
    Summary summary = summarizer.summarize(conversation, options);
    if (request.format().equals("json")) {
      out.println(SummaryJson.write(summary));
    } else {
      // Names the file itself gives (users.json, user_profile) first, then a users.json near it.
      var near = SlackUserNames.near(request.file());
      out.print(SummaryText.render(summary,
          id -> conversation.names().containsKey(id) ? conversation.nameOf(id) : near.apply(id)));
    }
    return 0;
  }

  private static Request parse(List<String> args) {
    String format = "text";
    String focus = null;
    Path file = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--format" -> {
          format = valueAfter(args, i++, arg);
          if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format must be text or json, not '" + format
                + "'");
          }
        }
        case "--focus" -> focus = valueAfter(args, i++, arg);
        default -> {
          if (arg.startsWith("-")) {
            throw new IllegalArgumentException("unknown option '" + arg + "'");
          }
          if (file != null) {
            throw new IllegalArgumentException("one FILE expected, got '" + file + "' and '"
                + arg + "'");
          }
          file = Path.of(arg);
        }
      }
    }
    if (file == null) {
      throw new IllegalArgumentException("missing FILE");
    }
    return new Request(format, focus == null || focus.isBlank() ? null : focus, file);
  }

  private static String valueAfter(List<String> args, int i, String flag) {
    if (i + 1 >= args.size()) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args.get(i + 1);
  }
}
