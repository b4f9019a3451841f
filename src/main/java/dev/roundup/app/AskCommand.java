package dev.roundup.app;

import dev.roundup.summarize.Answer;
import dev.roundup.summarize.AnswerJson;
import dev.roundup.summarize.AnswerText;
import dev.roundup.summarize.Answerer;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ConversationFileException;
import dev.roundup.summarize.ConversationFiles;
import dev.roundup.summarize.ExtractiveAnswerer;
import dev.roundup.summarize.Receipt;
import dev.roundup.summarize.SlackUserNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ask [--format text|json] FILE "question"}: answers a question from a saved Slack thread
 * or channel with the built-in answerer, citing the messages the answer rests on, or saying it is
 * not there. {@code --format json} prints exactly {@code {"answer", "found", "sources"}}.
 */
@Command(name = "ask", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = AskCommand.USAGE,
    description = {"Answers a question from a saved thread or channel, citing its messages.",
        "FILE is a conversations.replies or conversations.history response, or one channel folder "
        + "of a Slack export. The answer quotes only messages of FILE; when nothing there "
        + "answers, it says so and cites nothing."})
public final class AskCommand implements CliCommand {

  static final String USAGE =
      "Usage: ask [--format text|json] FILE|EXPORT_CHANNEL_FOLDER|EXPORT.zip[/CHANNEL] \"question\"";
  /** Longest question read. */
  static final int MAX_QUESTION = 1_000;

  private final Answerer answerer;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default), or json: {\"answer\": str, \"found\": bool, \"sources\": [ts]}")
  private String format;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "a Web API response file, an export day file or channel folder, or the "
          + "export zip (export.zip/CHANNEL for one of several channels)")
  private Path file;

  // Optional to picocli so that an unknown option is what it reports first; call() requires it.
  @Parameters(index = "1", arity = "0..1", paramLabel = "QUESTION",
      description = "the question, quoted")
  private String question;

  public AskCommand() {
    this(new ExtractiveAnswerer());
  }

  public AskCommand(Answerer answerer) {
    this.answerer = answerer;
  }

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw Cli.badInput(spec, "--format must be text or json, not '" + format + "'");
    }
    if (question == null) {
      throw Cli.badInput(spec, "the question is missing");
    }
    String asked = question.strip();
    if (asked.isEmpty()) {
      throw Cli.badInput(spec, "the question is empty");
    }
    if (asked.length() > MAX_QUESTION) {
      throw Cli.badInput(spec, "the question is " + asked.length() + " characters; at most "
          + MAX_QUESTION);
    }
    Conversation conversation;
    try {
      conversation = ConversationFiles.read(file, why -> LeftOutDays.tell(spec.commandLine().getErr(),
          "ask", List.of(why)));
    } catch (ConversationFileException e) {
      spec.commandLine().getErr().println(e.getMessage().replace('\n', ' '));
      return BAD_INPUT;
    }
    Answer answer = answerer.answer(conversation, asked);
    Function<String, String> near = SlackUserNames.near(file);
    Function<String, String> names = id -> conversation.names().containsKey(id)
        ? conversation.nameOf(id) : near.apply(id);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(AnswerJson.write(answer, names));
    } else {
      out.print(AnswerText.render(answer,
          Receipt.of(file.getFileName().toString(), conversation).with(answer.stats()), names));
    }
    return 0;
  }
}
