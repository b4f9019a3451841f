package dev.roundup.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Raises the load generator's own threads above the servers it measures. The load generator
 * shares the machine with the server, so while the server's work keeps the cores busy the client's
 * sending and reading threads wait for a CPU too, and that wait is counted as the server's latency
 * (in production Slack's senders are not on Roundup's machine). On Linux every thread has its own
 * nice value and a new thread inherits its creator's, so this runs first, before the client's
 * threads exist. Raising a priority needs root or CAP_SYS_NICE; without it the run goes on at
 * normal priority and the report says so.
 */
final class ClientPriority {

  private ClientPriority() {}

  /** The nice value this process's threads were raised to; 0 while they were not. */
  private static volatile int raisedTo;

  /**
   * The prefix that starts a child process at normal priority after {@link #raise} succeeded
   * ({@code nice -n} adds to the niceness the child inherits), or nothing.
   */
  static List<String> normal() {
    return raisedTo == 0 ? List.of() : List.of("nice", "-n", Integer.toString(-raisedTo));
  }

  /** Sets every thread of this process to {@code nice}; answers what was done, in words. */
  static String raise(int nice) {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return "the load generator ran at normal priority (no /proc on this system)";
    }
    List<String> command = new ArrayList<>(List.of("renice", Integer.toString(nice), "-p"));
    try (Stream<Path> threads = Files.list(tasks)) {
      threads.forEach(t -> command.add(t.getFileName().toString()));
      Process renice = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(renice.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!renice.waitFor(10, TimeUnit.SECONDS) || renice.exitValue() != 0) {
        return "the load generator ran at normal priority (renice answered: " + output.lines().findFirst().orElse("") + ")";
      }
      raisedTo = nice;
      return "the load generator's threads ran at nice " + nice;
    } catch (IOException e) {
      return "the load generator ran at normal priority (renice could not be run: " + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "the load generator ran at normal priority (interrupted)";
    }
  }
}
