package dev.roundup.bench;

import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * What the ack benchmarks share: requests sent open-loop at a constant rate with latency measured
 * from each one's scheduled send time (so queueing counts), percentiles, the bare Jetty endpoint
 * Roundup is compared with, and the server JVM the load generator talks to.
 */
final class OpenLoop {

  private OpenLoop() {}

  /** One request to send: which kind it is (for per-kind figures), its type, headers and body. */
  record Send(String kind, String contentType, Map<String, String> headers, String body) { }

  /**
   * Latency in µs of each request (negative: failed), its kind, and when it was due (µs since the
   * epoch, to line slow requests up with the server's GC log).
   */
  record Latencies(long[] micros, String[] kinds, long[] dueEpochMicros, long[][] parts) {

    long[] of(String kind) {
      List<Long> out = new ArrayList<>();
      for (int i = 0; i < micros.length; i++) {
        if (kind == null || kind.equals(kinds[i])) {
          out.add(micros[i]);
        }
      }
      return out.stream().mapToLong(Long::longValue).toArray();
    }
  }

  record Result(String target, String kind, int rate, int sent, int failed, double p50, double p99,
      double max) { }

  /** Sends {@code rate × length} requests at a constant rate; waits for every answer. */
  static Latencies run(RawHttpClient http, String path, int rate, Duration length, IntFunction<Send> request) {
    int n = (int) (rate * length.toSeconds());
    long[] latency = new long[n];
    String[] kinds = new String[n];
    long[] due = new long[n];
    long[][] parts = new long[n][];
    long epochOffsetNanos = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
    List<CompletableFuture<?>> pending = new ArrayList<>(n);
    long start = System.nanoTime() + 50_000_000L;
    long interval = 1_000_000_000L / rate;
    for (int i = 0; i < n; i++) {
      long scheduled = start + i * interval;
      long wait;
      while ((wait = scheduled - System.nanoTime()) > 0) {
        LockSupport.parkNanos(Math.min(wait, 200_000));
      }
      int k = i;
      due[k] = (scheduled + epochOffsetNanos) / 1000;
      Send s = request.apply(i);
      kinds[k] = s.kind();
      long posted = System.nanoTime();
      long[] marks = new long[3];
      pending.add(http.post(path, s.contentType(), s.headers(), s.body(), marks).thenAccept(status -> {
        long micros = (System.nanoTime() - scheduled) / 1000;
        // Microseconds: sent late (posted after it was due), waiting for a connection's thread,
        // writing it, and from written to answer read.
        parts[k] = new long[] {(posted - scheduled) / 1000, (marks[0] - posted) / 1000,
            (marks[1] - marks[0]) / 1000, (marks[2] - marks[1]) / 1000};
        latency[k] = status == 200 ? micros : -1;
      }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    return new Latencies(latency, kinds, due, parts);
  }

  static Result summarize(String target, String kind, int rate, long[] latency) {
    long[] ok = Arrays.stream(latency).filter(l -> l >= 0).sorted().toArray();
    return new Result(target, kind, rate, latency.length, latency.length - ok.length, pct(ok, 0.50),
        pct(ok, 0.99), ok.length == 0 ? Double.NaN : ok[ok.length - 1] / 1000.0);
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1000.0;
  }

  /** The signed body Slack posts for an event: the event wrapped in its callback envelope. */
  static String eventCallback(JsonObject event, String eventId) {
    JsonObject envelope = new JsonObject();
    envelope.addProperty("token", "t");
    envelope.addProperty("team_id", "T0SANDBOX");
    envelope.addProperty("api_app_id", "A0ROUNDUP");
    envelope.add("event", event);
    envelope.addProperty("type", "event_callback");
    envelope.addProperty("event_id", eventId);
    envelope.addProperty("event_time", java.time.Instant.now().getEpochSecond());
    return envelope.toString();
  }

  /** A Jetty that answers every request 200 with an empty body: the floor Roundup is held to. */
  static Server bareJetty() throws Exception {
    Server server = new Server();
    ServerConnector c = new ServerConnector(server);
    c.setHost("127.0.0.1");
    server.addConnector(c);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        response.setStatus(200);
        response.write(true, java.nio.ByteBuffer.allocate(0), callback);
        return true;
      }
    });
    server.start();
    return server;
  }

  static int port(Server server) {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /**
   * The servers' own JVM, so the load generator's allocation, GC and JIT do not land in the
   * latencies measured. It prints one line starting with READY; lines written to it are commands.
   */
  static final class ServerJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final PrintStream in;
    final String[] ready;

    ServerJvm(Class<?> main, String... args) throws Exception {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
          "-cp", System.getProperty("java.class.path"), main.getName(), "--serve"));
      command.addAll(List.of(args));
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("READY")) {
        System.out.println("server: " + line);
      }
      if (line == null) {
        throw new IllegalStateException("the server JVM stopped before it was ready");
      }
      ready = line.split(" ");
    }

    /** Sends a command line and answers the server's one-line reply. */
    String ask(String command) throws Exception {
      in.println(command);
      return out.readLine();
    }

    @Override
    public void close() {
      process.destroy();
    }
  }
}
