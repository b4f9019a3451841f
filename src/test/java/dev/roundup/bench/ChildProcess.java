package dev.roundup.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One process of a benchmark run, so that each part (the load generator, the Slack emulator, the
 * server measured) has a JVM of its own and its CPU time can be told apart: its output goes to a
 * log file (read, never piped, so a chatty process cannot block on a full pipe), it says it is
 * ready with a line of that output, and {@link #cpu()} answers the CPU time it has used so far.
 */
final class ChildProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** The {@code java} launcher of the JVM running the benchmark, then {@code arguments}. */
  static List<String> java(List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    return command;
  }

  /** Starts {@code command} with {@code environment} added, its output in {@code logDir/name.log}. */
  static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logDir)
      throws IOException {
    Path log = logDir.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("ROUNDUP_") || k.startsWith("SLACK_")
        || k.equals("PORT"));
    builder.environment().putAll(environment);
    return new ChildProcess(name, builder.start(), log);
  }

  /** Waits for the first line of output that {@code ready} finds; answers its match. */
  Matcher awaitLine(Pattern ready, Duration atMost) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < deadline) {
      try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
        Matcher found = lines.map(ready::matcher).filter(Matcher::find).findFirst().orElse(null);
        if (found != null) {
          return found;
        }
      } catch (java.io.UncheckedIOException e) {
        // A line cut in the middle of a multi-byte character: read again on the next round.
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped with " + process.exitValue() + " before it was ready; see " + log);
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    throw new IllegalStateException(name + " was not ready within " + atMost + "; see " + log);
  }

  /**
   * CPU time (user and system) the process and the processes it started (Roundup's summarizer)
   * have used so far.
   */
  Duration cpu() {
    return Stream.concat(Stream.of(process.toHandle()), process.toHandle().descendants())
        .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
        .reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * CPU time the JVM's JIT compiler threads have used so far: C1 and C2 compile on threads named
   * {@code C1 CompilerThread…} and {@code C2 CompilerThread…}, in the process and the ones it
   * started. Read from Linux's per-thread {@code /proc/<pid>/task/<tid>/schedstat}; empty where
   * that does not exist.
   */
  Optional<Duration> compilerCpu() {
    if (!Files.isDirectory(Path.of("/proc", Long.toString(process.pid()), "task"))) {
      return Optional.empty();
    }
    long nanos = 0;
    for (ProcessHandle p : Stream.concat(Stream.of(process.toHandle()), process.toHandle().descendants()).toList()) {
      nanos += compilerNanos(p.pid());
    }
    return Optional.of(Duration.ofNanos(nanos));
  }

  /** The same for one process; 0 once it has ended. */
  private static long compilerNanos(long pid) {
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    long nanos = 0;
    try (Stream<Path> threads = Files.list(tasks)) {
      for (Path t : threads.toList()) {
        try {
          if (Files.readString(t.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
            nanos += Long.parseLong(Files.readString(t.resolve("schedstat")).trim().split(" ")[0]);
          }
        } catch (IOException e) {
          // The thread ended between the listing and the read: it compiles no more.
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return nanos;
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  /** Asks the process to stop (SIGTERM, so a flight recording is written) and waits for it. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
