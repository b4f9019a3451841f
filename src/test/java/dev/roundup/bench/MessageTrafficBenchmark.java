package dev.roundup.bench;

import static org.awaitility.Awaitility.await;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.jetty.server.Server;

/**
 * Sustained message traffic: signed {@code message} events (message.channels and message.groups,
 * one in three a thread reply, a fresh event_id each) sent open-loop at 200 and 500 per second to
 * the running server, on H2 and (when {@code ROUNDUP_TEST_PG_URL} is set) on PostgreSQL, beside a
 * bare Jetty endpoint in the same run; afterwards the store is checked: every message exactly once,
 * every thread's reply counts right. Run with {@code scripts/bench traffic}; the measured seconds per
 * row are {@code -Droundup.bench.seconds} (60 by default).
 */
public final class MessageTrafficBenchmark {

  private static final int[] RATES = {200, 500};
  private static final Duration WARMUP = Duration.ofSeconds(10);
  private static final String PATH = "/slack/events";
  private static final int CONNECTIONS = 16;
  /** How long the store may take, after the last event, to hold every message. */
  private static final Duration CATCH_UP = Duration.ofMinutes(3);

  record Row(String database, OpenLoop.Result bare, OpenLoop.Result roundup, String check, double catchUpSeconds,
      String overflow) { }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--serve")) {
      serve(args[1]);
      return;
    }
    Duration measure = Duration.ofSeconds(Long.getLong("roundup.bench.seconds", 60));
    List<String> databases = new ArrayList<>(List.of("h2"));
    String pg = System.getenv("ROUNDUP_TEST_PG_URL");
    if (pg != null && !pg.isBlank()) {
      databases.add(pg);
    }
    List<Row> rows = new ArrayList<>();
    int runNo = 0;
    for (String db : databases) {
      String name = db.equals("h2") ? "H2" : "PostgreSQL";
      try (OpenLoop.ServerJvm servers = new OpenLoop.ServerJvm(MessageTrafficBenchmark.class, db)) {
        RequestSigner signer = new RequestSigner(servers.ready[3]);
        URI app = URI.create("http://127.0.0.1:" + servers.ready[1]);
        URI bare = URI.create("http://127.0.0.1:" + servers.ready[2]);
        String warm = "W" + (runNo++) + Long.toString(System.currentTimeMillis() % 100000);
        for (URI target : List.of(bare, app)) {
          send(target, signer, new MessageTraffic(warm + (target == app ? "A" : "B"), 1_700_000_000L),
              RATES[RATES.length - 1], WARMUP);
        }
        for (int rate : RATES) {
          String run = "R" + (runNo++) + Long.toString(System.currentTimeMillis() % 100000);
          MessageTraffic bareTraffic = new MessageTraffic(run + "B", 1_700_000_000L);
          MessageTraffic traffic = new MessageTraffic(run, 1_700_000_000L);
          var bareResult = OpenLoop.summarize("bare Jetty", "message", rate,
              send(bare, signer, bareTraffic, rate, measure).micros());
          var appResult = OpenLoop.summarize("Roundup", "message", rate,
              send(app, signer, traffic, rate, measure).micros());
          long sent = System.nanoTime();
          String[] check = servers.ask("CHECK " + run + " " + appResult.sent()).split(" ", 3);
          double caughtUp = (System.nanoTime() - sent) / 1e9;
          rows.add(new Row(name, bareResult, appResult, check[2], caughtUp, check[1]));
          System.out.println(rows.get(rows.size() - 1));
        }
      }
    }
    BenchmarkReport.replaceSection("traffic", report(rows, measure));
  }

  private static OpenLoop.Latencies send(URI target, RequestSigner signer, MessageTraffic traffic, int rate,
      Duration length) throws Exception {
    try (RawHttpClient http = new RawHttpClient(target, CONNECTIONS)) {
      return OpenLoop.run(http, PATH, rate, length, i -> {
        String body = traffic.envelope(i);
        return new OpenLoop.Send("message", "application/json",
            signer.headers(body, Instant.now().getEpochSecond()), body);
      });
    }
  }

  /** The server side: emulator, Roundup and a bare Jetty; answers CHECK commands until killed. */
  private static void serve(String db) throws Exception {
    Path dir = Files.createTempDirectory("roundup-bench-traffic");
    Workspace ws = Workspace.sample();
    SlackEmulator slack = SlackEmulator.start(ws);
    Roundup roundup = Roundup.start(config(ws, slack, dir, db), Clock.systemUTC(), new ExtractiveSummarizer());
    Server bare = OpenLoop.bareJetty();
    System.out.println("READY " + roundup.port() + " " + OpenLoop.port(bare) + " " + ws.signingSecret());
    System.out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] cmd = line.split(" ");
      MessageTraffic traffic = new MessageTraffic(cmd[1], 1_700_000_000L);
      int n = Integer.parseInt(cmd[2]);
      // The store catches up after the last ack: wait until it holds every message, or give up
      // and report what it held then.
      AtomicReference<MessageTraffic.Check> last = new AtomicReference<>();
      try {
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(200))
            .until(() -> traffic.check(roundup.messages(), n), c -> {
              last.set(c);
              return c.stored() >= n;
            });
      } catch (ConditionTimeoutException e) {
        // Not caught up within CATCH_UP: the last check says how far it got.
      }
      MessageTraffic.Check check = last.get();
      String overflow = roundup.metrics().scrape().lines()
          .filter(l -> l.startsWith("roundup_ingest_overflow_total")).map(l -> l.split(" ")[1])
          .findFirst().orElse("n/a");
      System.out.println("CHECKED " + overflow + " " + (check.exact()
          ? "all " + n + " once, reply counts right" : check.toString()));
      System.out.flush();
    }
  }

  private static Config config(Workspace ws, SlackEmulator slack, Path dir, String db) {
    Config.Database database = db.equals("h2")
        ? new Config.Database("jdbc:h2:file:" + dir.resolve("roundup")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 10)
        : new Config.Database(db, null, null, 10);
    return new Config(new Config.Slack(ws.botToken(), ws.signingSecret(), null, slack.apiUrl()),
        new Config.Server("127.0.0.1", 0), database, new Config.Work(8, 1000, Duration.ofHours(24)),
        LlmSettings.embedded());
  }

  private static String report(List<Row> rows, Duration measure) {
    StringBuilder md = new StringBuilder("## Sustained message traffic (HTTP mode, loopback)\n\n")
        .append(BenchmarkReport.machine()).append(' ').append(BenchmarkReport.load())
        .append(" Run ").append(Instant.now()).append(".\n\n")
        .append("Open-loop constant arrival rate of signed `message` event callbacks (`message.channels` and ")
        .append("`message.groups` shapes over 20 channels, one in three a thread reply, a fresh `event_id` each), ")
        .append(measure.toSeconds()).append(" s per row after a ").append(WARMUP.toSeconds())
        .append(" s warm-up; latency from each request's scheduled send time to its response. The bare Jetty ")
        .append("row is sent the same traffic just before Roundup's, by the same load generator (its own JVM); ")
        .append("Roundup, the Slack emulator and the bare Jetty share a second JVM. After each Roundup row the ")
        .append("store is checked: every message sent is held exactly once and every thread's parent counts ")
        .append("its replies and repliers. \"Caught up\" is how long after the last response the store held ")
        .append("everything (the check itself included).\n\n")
        .append("| database | rate (events/s) | events | failed | bare p50 / p99 (ms) | Roundup p50 / p99 / max (ms) | p99 ratio | store check | caught up (s) | overflow |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      md.append(String.format("| %s | %d | %d | %d | %.2f / %.2f | %.2f / %.2f / %.2f | %.2fx | %s | %.1f | %s |%n",
          r.database(), r.roundup().rate(), r.roundup().sent(), r.roundup().failed(), r.bare().p50(), r.bare().p99(),
          r.roundup().p50(), r.roundup().p99(), r.roundup().max(), r.roundup().p99() / r.bare().p99(),
          r.check(), r.catchUpSeconds(), r.overflow()));
    }
    return md.toString();
  }
}
