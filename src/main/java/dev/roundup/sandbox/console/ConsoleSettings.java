package dev.roundup.sandbox.console;

import java.util.List;

/**
 * How the console is served and what it knows of the app.
 *
 * @param host            the address to listen on (loopback unless told otherwise: there is no login)
 * @param port            0 for any free port
 * @param slashCommands   the app's commands, offered in the composer (e.g. {@code /task})
 * @param afterClockMoves run after every clock jump (the app runs what became due); it runs on the
 *                        console's own thread, never on a request's
 */
public record ConsoleSettings(String host, int port, List<String> slashCommands,
    Runnable afterClockMoves) {

  public ConsoleSettings {
    slashCommands = List.copyOf(slashCommands);
  }
}
