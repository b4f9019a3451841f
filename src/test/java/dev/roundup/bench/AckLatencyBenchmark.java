package dev.roundup.bench;

import com.google.gson.JsonObject;
import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.RequestSigner;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Server;

/**
 * Ack latency of the running server on loopback with all the work running: signed `/summarize`
 * slash commands (a channel summary), `@roundup summarize` mentions in a thread of 40 messages (a
 * real summary) and `message` events (stored), one third each, sent open-loop at a constant rate,
 * latency measured from each request's scheduled send time, beside a bare Jetty endpoint that only
 * answers 200, in one run. Run with {@code scripts/bench ack}; {@code -Droundup.bench.section}
 * names the section written (default {@code ack}), {@code -Droundup.bench.label} the build measured.
 */
public final class AckLatencyBenchmark {

  private static final int[] RATES = {200, 500};
  private static final List<String> KINDS = List.of("slash command", "mention", "message event");
  private static final Duration WARMUP = Duration.ofSeconds(5);
  private static final Duration MEASURE = Duration.ofSeconds(20);
  private static final Duration INITIAL_WARMUP = Duration.ofSeconds(15);
  private static final String PATH = "/slack/events";
  /** Keep-alive connections of the load generator; more than enough for these rates. */
  private static final int CONNECTIONS = 16;

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--serve")) {
      serve();
      return;
    }
    try (OpenLoop.ServerJvm servers = new OpenLoop.ServerJvm(AckLatencyBenchmark.class)) {
      RequestSigner signer = new RequestSigner(servers.ready[3]);
      String thread = servers.ready[4];
      List<OpenLoop.Result> results = new ArrayList<>();
      List<String> shed = new ArrayList<>();
      // JIT warm-up of both servers (and this client) at the highest rate before any measured row.
      for (String port : List.of(servers.ready[1], servers.ready[2])) {
        send(port, signer, RATES[RATES.length - 1], INITIAL_WARMUP, thread);
      }
      for (int rate : RATES) {
        for (String target : List.of("bare Jetty", "Roundup")) {
          String port = target.equals("Roundup") ? servers.ready[1] : servers.ready[2];
          send(port, signer, rate, WARMUP, thread);
          OpenLoop.Latencies l = send(port, signer, rate, MEASURE, thread);
          results.add(OpenLoop.summarize(target, "all", rate, l.of(null)));
          for (String kind : KINDS) {
            results.add(OpenLoop.summarize(target, kind, rate, l.of(kind)));
          }
          System.out.println(results.get(results.size() - 4));
        }
        shed.add(rate + "/s: " + servers.ask("SHED"));
      }
      BenchmarkReport.replaceSection(System.getProperty("roundup.bench.section", "ack"), report(results, shed));
    }
  }

  private static OpenLoop.Latencies send(String port, RequestSigner signer, int rate, Duration length,
      String thread) throws Exception {
    try (RawHttpClient http = new RawHttpClient(URI.create("http://127.0.0.1:" + port), CONNECTIONS)) {
      long run = System.nanoTime();
      return OpenLoop.run(http, PATH, rate, length, i -> request(signer, i, run, thread));
    }
  }

  /**
   * The server side: emulator, Roundup and a bare Jetty; prints their ports, then answers SHED
   * (the work counters Roundup exposes) until killed.
   */
  private static void serve() throws Exception {
    Path dir = Files.createTempDirectory("roundup-bench-ack");
    Workspace ws = Workspace.sample();
    String thread = ws.post("C0ENG", "U0ALICE", "Benchmark thread: which build cache should we use?");
    String[] people = {"U0BORIS", "U0CHEN", "U0ALICE"};
    for (int i = 0; i < 39; i++) {
      ws.reply("C0ENG", thread, people[i % 3], switch (i % 4) {
        case 0 -> "Let's go with the remote cache, it halves CI time on the big modules.";
        case 1 -> "Decision: we keep the local cache for release builds until the audit is done.";
        case 2 -> "I will measure the cold-start time on the new runners by Thursday.";
        default -> "Who owns the cache eviction policy? We need someone to write it down.";
      });
    }
    SlackEmulator slack = SlackEmulator.start(ws);
    Roundup roundup = Roundup.start(config(ws, slack, dir), Clock.systemUTC(), new ExtractiveSummarizer());
    Server bare = OpenLoop.bareJetty();
    System.out.println("READY " + roundup.port() + " " + OpenLoop.port(bare) + " " + ws.signingSecret() + " " + thread);
    System.out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      System.out.println(roundup.metrics().scrape().lines()
          .filter(l -> l.startsWith("roundup_work_") || l.startsWith("roundup_ingest_overflow"))
          .collect(Collectors.joining("; ")));
      System.out.flush();
    }
  }

  /** Request i of a run: a slash command, a mention or a message event, in turn. */
  private static OpenLoop.Send request(RequestSigner signer, int i, long run, String threadTs) {
    String kind = KINDS.get(i % 3);
    String body;
    String type = "application/json";
    if (kind.equals("slash command")) {
      body = form(List.of("token", "t", "team_id", "T0SANDBOX", "team_domain", "roundup-sandbox",
          "channel_id", "C0ENG", "channel_name", "eng", "user_id", "U0BORIS", "user_name", "boris",
          "command", "/summarize", "text", "", "response_url", "http://127.0.0.1:9/response",
          "trigger_id", run + "." + i));
      type = "application/x-www-form-urlencoded";
    } else {
      JsonObject event = new JsonObject();
      String ts = Instant.now().getEpochSecond() + "." + String.format("%06d", i % 1_000_000);
      boolean mention = kind.equals("mention");
      event.addProperty("type", mention ? "app_mention" : "message");
      event.addProperty("user", "U0BORIS");
      event.addProperty("text", mention ? "<@U0BOT> summarize" : "The remote cache is warm again, builds are fast.");
      event.addProperty("ts", ts);
      if (mention) {
        event.addProperty("thread_ts", threadTs);
      }
      event.addProperty("channel", mention ? "C0ENG" : "C0BENCH" + (i % 7));
      event.addProperty("event_ts", ts);
      body = OpenLoop.eventCallback(event, "EvBENCH" + run + "x" + i);
    }
    return new OpenLoop.Send(kind, type, signer.headers(body, Instant.now().getEpochSecond()), body);
  }

  private static String form(List<String> keysAndValues) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < keysAndValues.size(); i += 2) {
      sb.append(i == 0 ? "" : "&").append(keysAndValues.get(i)).append('=')
          .append(URLEncoder.encode(keysAndValues.get(i + 1), StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  private static Config config(Workspace ws, SlackEmulator slack, Path dir) {
    return new Config(new Config.Slack(ws.botToken(), ws.signingSecret(), null, slack.apiUrl()),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:file:" + dir.resolve("roundup")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 10),
        new Config.Work(8, 1000, Duration.ofHours(24)), LlmSettings.embedded());
  }

  private static String report(List<OpenLoop.Result> results, List<String> shed) {
    StringBuilder md = new StringBuilder("## Ack latency with all the work running (HTTP mode, loopback)\n\n")
        .append("Build measured: ").append(System.getProperty("roundup.bench.label", "this branch")).append(". ")
        .append(BenchmarkReport.machine()).append(' ').append(BenchmarkReport.load())
        .append(" Run ").append(Instant.now()).append(".\n\n")
        .append("Open-loop constant arrival rate; in turn a signed `/summarize` slash command (a summary of ")
        .append("#eng's last day, read through the store and a backfill from the emulator), a signed ")
        .append("`app_mention` asking `@roundup summarize` in a thread of 40 messages (a real summary, ")
        .append("posted through the emulator) and a signed `message` event (stored), each with a fresh ")
        .append("`event_id`; their work runs while the benchmark goes on. Latency is measured from each ")
        .append("request's scheduled send time to the response, so queueing counts. ")
        .append(INITIAL_WARMUP.toSeconds()).append(" s at the highest rate against each server first (JIT), then per row ")
        .append(WARMUP.toSeconds()).append(" s warm-up and ").append(MEASURE.toSeconds())
        .append(" s measured. The load generator (16 keep-alive connections, a minimal HTTP/1.1 client) runs in its own JVM; Roundup, the ")
        .append("Slack emulator and the bare Jetty share a second JVM; all on one machine.\n\n")
        .append("| target | requests | rate (req/s) | sent | failed | p50 (ms) | p99 (ms) | max (ms) |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (OpenLoop.Result r : results) {
      md.append(String.format("| %s | %s | %d | %d | %d | %.2f | %.2f | %.2f |%n", r.target(), r.kind(), r.rate(),
          r.sent(), r.failed(), r.p50(), r.p99(), r.max()));
    }
    md.append("\n| rate (req/s) | requests | p99 ratio to bare Jetty | p99 within 2x of bare Jetty |\n|---|---|---|---|\n");
    for (int rate : RATES) {
      OpenLoop.Result bare = find(results, "bare Jetty", "all", rate);
      for (String kind : List.of("all", "slash command", "mention", "message event")) {
        OpenLoop.Result app = find(results, "Roundup", kind, rate);
        md.append(String.format("| %d | %s | %.2fx | %s |%n", rate, kind, app.p99() / bare.p99(),
            app.p99() <= 2 * bare.p99() ? "met" : "not met"));
      }
    }
    md.append("\nWork counters after each rate (cumulative): ");
    shed.forEach(s -> md.append("\n- ").append(s.isBlank() ? "none" : s));
    md.append("\n\nGoal: ack p99 within 2x of bare Jetty for each kind of request at each rate.\n");
    return md.toString();
  }

  private static OpenLoop.Result find(List<OpenLoop.Result> results, String target, String kind, int rate) {
    return results.stream().filter(r -> r.target().equals(target) && r.kind().equals(kind) && r.rate() == rate)
        .findFirst().orElseThrow();
  }
}
