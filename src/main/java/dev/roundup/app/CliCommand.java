package dev.roundup.app;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the jar ({@code java -jar roundup.jar NAME args…}). */
public interface CliCommand {

  /** Exit status for bad input (unreadable file, refused phrase, unknown flag). */
  int BAD_INPUT = 2;

  /** Runs the command; returns the process exit status. */
  int run(List<String> args, PrintStream out, PrintStream err);
}
