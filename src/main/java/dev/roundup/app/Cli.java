package dev.roundup.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs a command line with one picocli set-up, so every command answers {@code --help} (usage, exit
 * 0) and {@code --version}, and refuses bad input the same way: one line on stderr naming the
 * problem, followed by the command's usage, exit {@value CliCommand#BAD_INPUT}.
 */
final class Cli {

  private Cli() {}

  /** Parses {@code args} for {@code command} (a picocli {@code @Command}), runs it, answers the exit status. */
  static int execute(Object command, List<String> args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return commandLine(command, outWriter, errWriter).execute(args.toArray(String[]::new));
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(command);
    // An argument starting with @ is a file name here (e.g. a channel folder), never an args file.
    cli.setExpandAtFiles(false);
    // Wide enough for every command's synopsis on one line.
    cli.setUsageHelpWidth(100);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Cli::refuse);
    return cli;
  }

  /** Throws the refusal a command found in its input after parsing; reported like a parse error. */
  static ParameterException badInput(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static int refuse(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    String problem = e.getMessage();
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      String argument = unmatched.getUnmatched().get(0);
      problem = cli.getSubcommands().isEmpty() ? "unexpected argument '" + argument + "'"
          : "unknown command '" + argument + "'. Commands: "
              + String.join(", ", cli.getSubcommands().keySet());
    }
    String line = oneLine(problem);
    if (line.endsWith(".")) {
      line = line.substring(0, line.length() - 1);
    }
    cli.getErr().println(cli.getCommandName() + ": " + line + "; " + usage(cli));
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The command's synopsis on one line ("Usage: …"). */
  static String usage(CommandLine cli) {
    String[] custom = cli.getCommandSpec().usageMessage().customSynopsis();
    String synopsis = custom.length > 0 ? String.join(" ", custom)
        : "Usage: " + cli.getHelp().synopsis(0);
    return oneLine(synopsis);
  }

  private static String oneLine(String text) {
    return text.lines().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "))
        .replace("%n", "").strip();
  }
}
