package dev.roundup.app;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code serve} (also what no command means), {@code sandbox}, {@code summarize},
 * {@code digest}, {@code schedule}, {@code suggest}, {@code eval}, {@code ask}, {@code catchup},
 * {@code purge-workspace}, {@code reencrypt}. Every command answers
 * {@code --help} and {@code --version}; bad input exits {@value CliCommand#BAD_INPUT} with one line
 * on stderr.
 */
@Command(name = "roundup", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = Main.USAGE,
    description = "Roundup, a self-hosted Slack bot: thread summaries, weekly digests and "
        + "recurring tasks. Without a command it runs the bot (serve).",
    commandListHeading = "%nCommands:%n",
    footer = "%nRun 'java -jar roundup.jar COMMAND --help' for a command's options.",
    subcommands = {ServeCommand.class, SandboxCommand.class, SummarizeCommand.class,
        DigestCommand.class, ScheduleCommand.class, SuggestCommand.class, EvalCommand.class,
        AskCommand.class, CatchupCommand.class, PurgeWorkspaceCommand.class,
        ReencryptCommand.class, TrainActionsCommand.class, TrainDecisionsCommand.class})
public final class Main implements CliCommand {

  static final String USAGE = "Usage: java -jar roundup.jar [COMMAND] [OPTIONS]";

  @Spec
  private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new Main().run(Arrays.asList(args), System.out, System.err));
  }

  /** No command given: serve, as {@code java -jar roundup.jar} always has. */
  @Override
  public Integer call() {
    CommandLine serve = spec.commandLine().getSubcommands().get("serve");
    return serve.execute();
  }
}
