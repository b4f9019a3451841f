package dev.roundup.app;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One sub-command of the jar ({@code java -jar roundup.jar NAME args…}): a picocli command whose
 * {@link #call()} does the work once its options are parsed. {@link #run} parses and runs it the way
 * {@link Main} does, so tests drive a command exactly as the command line does.
 */
public interface CliCommand extends Callable<Integer> {

  /** Exit status for bad input (unreadable file, refused phrase, unknown option). */
  int BAD_INPUT = 2;

  /** Parses {@code args}, runs the command and answers the process exit status. */
  default int run(List<String> args, PrintStream out, PrintStream err) {
    return Cli.execute(this, args, out, err);
  }
}
