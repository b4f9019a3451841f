package dev.roundup.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.concurrent.TimeUnit;

/**
 * One Roundup node as operators run it: a separate JVM started with {@code serve} on the test
 * classpath, configured only through environment variables, on its own port, its output in a log
 * file. {@link #kill()} ends it hard (SIGKILL, as a crashed machine would); {@link #close()} asks
 * it to stop (SIGTERM: the graceful stop).
 */
final class RoundupNode implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Map<String, String> environment;
  private final Path log;
  private final Process process;

  private RoundupNode(String name, int port, Map<String, String> environment, Path log,
      Process process) {
    this.name = name;
    this.port = port;
    this.environment = environment;
    this.log = log;
    this.process = process;
  }

  /** Starts {@code serve} in a new JVM with the environment given (plus its port). */
  static RoundupNode start(String name, int port, Map<String, String> environment, Path logDir)
      throws IOException {
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // Small, quick-starting JVMs: the machine running the tests has few cores.
        "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        "dev.roundup.app.Main", "serve"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("ROUNDUP_") || k.startsWith("SLACK_") || k.equals("PORT"));
    env.putAll(environment);
    env.put("PORT", String.valueOf(port));
    return new RoundupNode(name, port, Map.copyOf(environment), log, builder.start());
  }

  /** The same node started again (a new process, so a new node id in the cluster). */
  RoundupNode restart() throws IOException {
    return start(name, port, environment, log.getParent());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  /** Waits until {@code /healthz} answers 200 (the database answers and the node serves). */
  RoundupNode awaitHealthy(Duration atMost) {
    await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + log);
      }
      return healthy();
    });
    return this;
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
