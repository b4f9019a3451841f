package dev.roundup.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * One Roundup node as operators run it: a separate JVM started with {@code serve} on the test
 * classpath, configured only through environment variables, its output in a log file. It binds
 * a port of its own choosing (PORT=0) and says which in its start-up line: a port picked here and
 * bound later by the new JVM could be taken in between (by an outgoing connection of anything else
 * running on the machine), and the node would fail to start. {@link #kill()} ends it hard (SIGKILL, as a crashed machine would); {@link #close()} asks
 * it to stop (SIGTERM: the graceful stop).
 */
final class RoundupNode implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  /** Roundup's start-up line: "Roundup is up as <@U…> in HTTP mode; HTTP on port 41234; node …". */
  private static final Pattern UP = Pattern.compile("HTTP on port (\\d+); node");
  private static final int TAIL_LINES = 40;

  private final String name;
  private final Map<String, String> environment;
  private final Path log;
  /** Where this process's output starts in the log (a restarted node appends to the same file). */
  private final long logStart;
  private final Process process;
  private volatile int port = -1;

  private RoundupNode(String name, Map<String, String> environment, Path log, long logStart,
      Process process) {
    this.name = name;
    this.environment = environment;
    this.log = log;
    this.logStart = logStart;
    this.process = process;
  }

  /** Starts {@code serve} in a new JVM with the environment given, on a port it chooses. */
  static RoundupNode start(String name, Map<String, String> environment, Path logDir)
      throws IOException {
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    long logStart = Files.exists(log) ? Files.size(log) : 0;
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // Small, quick-starting JVMs: the machine running the tests has few cores.
        "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        // The production logging (INFO), not the tests' (WARN): the node's start-up line names its port.
        "-Dlogback.configurationFile=logback.xml",
        "-cp", System.getProperty("java.class.path"),
        "dev.roundup.app.Main", "serve"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("ROUNDUP_") || k.startsWith("SLACK_") || k.equals("PORT"));
    env.putAll(environment);
    env.put("PORT", "0");
    return new RoundupNode(name, Map.copyOf(environment), log, logStart, builder.start());
  }

  /** The same node started again (a new process, so a new node id in the cluster). */
  RoundupNode restart() throws IOException {
    return start(name, environment, log.getParent());
  }

  /** Waits until {@code /healthz} answers 200 (the database answers and the node serves). */
  RoundupNode awaitHealthy(Duration atMost) {
    await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + "; the end of "
            + log + ":\n" + String.join("\n", tail()));
      }
      if (port < 0) {
        announcedPort().ifPresent(p -> port = p);
      }
      return port > 0 && healthy();
    });
    return this;
  }

  /** The port this process said it serves on, once it has said so. */
  private Optional<Integer> announcedPort() throws IOException {
    for (String line : ownLines()) {
      Matcher m = UP.matcher(line);
      if (m.find()) {
        return Optional.of(Integer.parseInt(m.group(1)));
      }
    }
    return Optional.empty();
  }

  /** The last lines this process wrote, for a failure message. */
  private List<String> tail() throws IOException {
    List<String> lines = ownLines();
    return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
  }

  private List<String> ownLines() throws IOException {
    byte[] all = Files.readAllBytes(log);
    int from = (int) Math.min(logStart, all.length);
    return new String(all, from, all.length - from, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
  }

  boolean healthy() {
    try {
      HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
          .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  String name() {
    return name;
  }

  String eventsUrl() {
    if (port < 0) {
      throw new IllegalStateException(name + " has not said which port it serves on: await it healthy first");
    }
    return "http://127.0.0.1:" + port + "/slack/events";
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** True when a node id (host-pid-random) names this process. */
  boolean owns(String nodeId) {
    return nodeId != null && nodeId.contains("-" + process.pid() + "-");
  }

  Path log() {
    return log;
  }

  /** Ends the process at once, as a crash would: no graceful stop, nothing flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Asks the node to stop (SIGTERM) and waits for it; kills it if it does not stop in time. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }
}
