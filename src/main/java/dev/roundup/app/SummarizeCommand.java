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
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code summarize [--format text|json] [--focus "words"] FILE}: summarizes a saved Slack thread
 * or channel (a Web API response file or an export channel folder) with the embedded summarizer.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = SummarizeCommand.USAGE,
    description = {"Summarizes a saved thread or channel (JSON file or export folder).",
        "FILE is a conversations.replies or conversations.history response, or one channel folder "
        + "of a Slack export; the built-in summarizer runs offline."})
public final class SummarizeCommand implements CliCommand {

  static final String USAGE =
      "Usage: summarize [--format text|json] [--focus \"words\"] FILE|EXPORT_CHANNEL_FOLDER|EXPORT.zip[/CHANNEL]";

  private final Summarizer summarizer;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json, with the ts of every source message")
  private String format;

  @Option(names = "--focus", paramLabel = "WORDS", description = "what the summary should favour")
  private String focus;

  @Parameters(paramLabel = "FILE", arity = "1",
      description = "a Web API response file, an export day file or channel folder, or the "
          + "export zip (export.zip/CHANNEL for one of several channels)")
  private Path file;

  public SummarizeCommand() {
    this(new ExtractiveSummarizer());
  }

  public SummarizeCommand(Summarizer summarizer) {
    this.summarizer = summarizer;
  }

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw Cli.badInput(spec, "--format must be text or json, not '" + format + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    Conversation conversation;
    try {
      conversation = ConversationFiles.read(file, why -> LeftOutDays.tell(spec.commandLine().getErr(),
          "summarize", List.of(why)));
    } catch (ConversationFileException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return BAD_INPUT;
    }
    SummaryOptions options = focus == null || focus.isBlank() ? SummaryOptions.DEFAULT
        : SummaryOptions.focusedOn(focus);
    Summary summary = summarizer.summarize(conversation, options);
    if (format.equals("json")) {
      out.println(SummaryJson.write(summary));
    } else {
      // Names the file itself gives (users.json, user_profile) first, then a users.json near it.
      var near = SlackUserNames.near(file);
      out.print(SummaryText.render(summary,
          id -> conversation.names().containsKey(id) ? conversation.nameOf(id) : near.apply(id)));
    }
    return 0;
  }
}
