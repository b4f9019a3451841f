package dev.roundup.app;

import java.util.Arrays;
import java.util.List;

/** Command-line entry: {@code serve} (the default), {@code summarize}, {@code digest}, {@code schedule}, {@code eval}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
    String name = args.length == 0 ? "serve" : args[0];
    CliCommand command = switch (name) {
      case "serve" -> new ServeCommand();
      case "summarize" -> new SummarizeCommand();
      case "digest" -> new DigestCommand();
      case "schedule" -> new ScheduleCommand();
      case "eval" -> new EvalCommand();
      default -> null;
    };
    if (command == null) {
      System.err.println("Unknown command '" + name + "'. Commands: serve, summarize, digest, schedule, eval.");
      System.exit(CliCommand.BAD_INPUT);
      return;
    }
    System.exit(command.run(rest, System.out, System.err));
  }
}
