package dev.roundup.bench;

import com.google.gson.JsonObject;
import dev.roundup.sandbox.RequestSigner;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Server;

/**
 * Ack latency of the running server on loopback with all the work running: signed `/summarize`
 * slash commands (a channel summary), `@roundup summarize` mentions in threads of 40 messages (a
 * real summary) and `message` events (stored), one third each, sent open-loop at a constant rate,
 * latency measured from each request's scheduled send time, beside a bare Jetty endpoint that only
 * answers 200, in one run. Each part has a process of its own: this one (the load generator), the
 * Slack emulator, Roundup (the built jar's {@code serve}) and the bare Jetty. Run with
 * {@code scripts/bench ack}; {@code -Droundup.bench.section} names the section written (default
 * {@code ack}), {@code -Droundup.bench.label} the build measured, {@code -Droundup.bench.profile=DIR}
 * writes a flight recording of each process there, {@code -Droundup.bench.latencies=DIR} each
 * measured request's due time and latency.
 *
 * <p>A run measures every server at every rate in {@code -Droundup.bench.rounds} rounds (default
 * 3), the servers' order turned by one each round, and judges the goal on the median over the
 * rounds of each round's p99 ratio to the bare Jetty: on two shared cores one row's p99 moves by
 * about 2x from one row to the next, so a single row pair's ratio says little on its own.
 *
 * <p>A second Roundup runs beside the first when one of these is given:
 * {@code -Droundup.bench.second-env="KEY=VALUE …"} (added to its environment; e.g.
 * {@code ROUNDUP_SUMMARIZER_SEPARATE_PROCESS=false}, summaries in the server's own JVM),
 * {@code -Droundup.bench.second-jvm="…"} (JVM options added, to compare one option side by side),
 * {@code -Droundup.bench.second-jar=PATH} (another build's jar: two builds side by side;
 * {@code -Droundup.bench.jar} is the first row's); {@code -Droundup.bench.second-label} names that
 * row.
 */
public final class AckLatencyBenchmark {

  private static final int[] RATES = {200, 500};
  private static final List<String> KINDS = List.of("slash command", "mention", "message event");
  private static final Duration WARMUP = Duration.ofSeconds(5);
  private static final Duration MEASURE = Duration.ofSeconds(20);
  /** Rounds of a run: each measures every server at every rate. */
  private static final int ROUNDS = Integer.getInteger("roundup.bench.rounds", 3);
  /** What a Roundup server reports finishing, in the work table's column order. */
  private static final List<String> WORK_COUNTERS = List.of("roundup_summaries_total",
      "roundup_work_shed_total", "roundup_ingest_stored_total", "roundup_ingest_overflow_total");
  private static final Duration INITIAL_WARMUP = Duration.ofSeconds(15);
  private static final Duration WARMUP_AT_MOST = Duration.ofMinutes(4);
  /** The load generator's nice value when it may raise itself ({@link ClientPriority}). */
  private static final int CLIENT_NICE = -10;
  /** Share of a core the compilers may still use in the last warm-up round. */
  private static final double JIT_SETTLED = 0.05;
  private static final String PATH = "/slack/events";
  /**
   * Threads of 40 messages the mentions take in turn: a run's mentions (about 17,000 over both
   * Roundup processes) add at most about 17 summaries to each.
   */
  private static final int THREADS = 1000;
  private static final String THREAD_CHANNEL = "C0THREADS";
  /** Keep-alive connections of the load generator; more than enough for these rates. */
  private static final int CONNECTIONS = 16;
  private static final String BARE = "bare Jetty";
  private static final String ROUNDUP = "Roundup";
  /** The second Roundup row's name; {@code -Droundup.bench.second-label} renames it. */
  private static final String SECOND = System.getProperty("roundup.bench.second-label", "Roundup, second");
  /**
   * JVM options of the servers measured (Roundup, as the README runs it, and the bare Jetty alike,
   * so the comparison stays fair); {@code -Droundup.bench.server-jvm} replaces them.
   */
  private static final String SERVER_JVM = "-Xmx2g";
  /** The properties any of which asks for a second Roundup beside the first. */
  private static final List<String> SECOND_PROPERTIES =
      List.of("roundup.bench.second-env", "roundup.bench.second-jvm", "roundup.bench.second-jar");

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--emulator")) {
      emulator();
      return;
    }
    if (args.length > 0 && args[0].equals("--bare")) {
      bare();
      return;
    }
    String client = ClientPriority.raise(CLIENT_NICE);
    System.out.println(client);
    Path dir = Files.createTempDirectory("roundup-bench-ack");
    try (Parts parts = Parts.start(dir)) {
      RequestSigner signer = new RequestSigner(parts.signingSecret);
      List<Row> results = new ArrayList<>();
      List<String> cpu = new ArrayList<>();
      List<String> work = new ArrayList<>();
      // JIT warm-up of every server (and this client) at the highest rate before any measured row,
      // until the server's compilers have settled: Roundup's summarizer is a lot of code, and C2
      // compiling it on one of two cores during a row would be measured as the work's cost.
      Map<String, Duration> warmups = new LinkedHashMap<>();
      for (Map.Entry<String, Integer> target : parts.ports.entrySet()) {
        warmups.put(target.getKey(), warmUp(parts.servers.get(target.getKey()), target.getValue(), signer, parts.emulated));
      }
      List<String> order = new ArrayList<>(parts.ports.keySet());
      for (int round = 1; round <= ROUNDS; round++) {
        for (int rate : RATES) {
          for (String target : order) {
            int port = parts.ports.get(target);
            // The work a previous row left behind would run during this one: each row starts with
            // every process idle.
            parts.awaitIdle();
            Map<String, Double> countersBefore = parts.workCounters(target);
            send(port, signer, rate, WARMUP, parts.emulated);
            Map<String, Duration> before = parts.cpu();
            ChildProcess server = parts.servers.get(target);
            Optional<Duration> jitBefore = server.compilerCpu();
            OpenLoop.Latencies l = send(port, signer, rate, MEASURE, parts.emulated);
            cpu.add(parts.cpuLine(round, target, rate, before) + jitCores(jitBefore, server.compilerCpu()));
            writeLatencies(round, target, rate, l);
            results.add(new Row(round, OpenLoop.summarize(target, "all", rate, l.of(null))));
            for (String kind : KINDS) {
              results.add(new Row(round, OpenLoop.summarize(target, kind, rate, l.of(kind))));
            }
            System.out.println("round " + round + ": " + results.get(results.size() - 4).result() + " "
                + BenchmarkReport.load());
            // A row is only fair if its server did its work: what it finished for the row's
            // requests (warm-up and measured), counted once it is idle again.
            parts.awaitIdle();
            work.add(workLine(round, target, rate, countersBefore, parts.workCounters(target)));
          }
        }
        // Whoever goes first after the idle wait may meet a quieter machine: the order turns.
        order.add(order.remove(0));
      }
      BenchmarkReport.replaceSection(System.getProperty("roundup.bench.section", "ack"),
          report(results, parts.cpuHeader(), cpu, work, parts, warmups, client));
    }
  }

  /** One measured row's figures for one kind of request, and the round it was measured in. */
  private record Row(int round, OpenLoop.Result result) {}

  /** A row of the work table: what a Roundup server finished for one row's requests. */
  private static String workLine(int round, String target, int rate, Map<String, Double> before,
      Map<String, Double> after) {
    if (after.isEmpty()) {
      return null;
    }
    StringBuilder row = new StringBuilder(String.format("| %d | %s | %d |", round, target, rate));
    for (String name : WORK_COUNTERS) {
      row.append(String.format(" %.0f |", after.get(name) - before.get(name)));
    }
    return row.toString();
  }

  /** A CPU-table cell: the cores the measured server's JIT compilers kept busy during the row. */
  private static String jitCores(Optional<Duration> before, Optional<Duration> after) {
    return before.isEmpty() || after.isEmpty() ? " — |"
        : String.format(" %.2f |", Math.max(0, after.get().minus(before.get()).toMillis()) / (double) MEASURE.toMillis());
  }

  /**
   * Sends at the highest rate in rounds of {@link #INITIAL_WARMUP} until a round in which the
   * server's JIT compilers used less than {@link #JIT_SETTLED} of a core (or, where that cannot be
   * read, after one round), at most {@link #WARMUP_AT_MOST}.
   *
   * @return how long the warm-up took
   */
  private static Duration warmUp(ChildProcess server, int port, RequestSigner signer, Emulated emulated)
      throws Exception {
    long start = System.nanoTime();
    Duration spent = Duration.ZERO;
    while (spent.compareTo(WARMUP_AT_MOST) < 0) {
      Optional<Duration> before = server.compilerCpu();
      send(port, signer, RATES[RATES.length - 1], INITIAL_WARMUP, emulated);
      Optional<Duration> after = server.compilerCpu();
      spent = Duration.ofNanos(System.nanoTime() - start);
      if (before.isEmpty() || after.isEmpty()
          || after.get().minus(before.get()).toNanos() < JIT_SETTLED * INITIAL_WARMUP.toNanos()) {
        break;
      }
    }
    return spent;
  }

  /**
   * With {@code -Droundup.bench.latencies=DIR}, each measured row's requests (due time in µs since
   * the epoch, latency in µs, kind, then the latency's parts in µs: sent late, waiting for a
   * connection, writing, written to answered) go to a file there: slow requests can then be lined up with a
   * server's GC or safepoint log (written with {@code -Xlog:…::uptime,time}).
   */
  private static void writeLatencies(int round, String target, int rate, OpenLoop.Latencies l)
      throws IOException {
    String dir = System.getProperty("roundup.bench.latencies");
    if (dir == null) {
      return;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < l.micros().length; i++) {
      out.append(l.dueEpochMicros()[i]).append('\t').append(l.micros()[i]).append('\t')
          .append(l.kinds()[i]);
      for (long part : l.parts()[i] == null ? new long[0] : l.parts()[i]) {
        out.append('\t').append(part);
      }
      out.append('\n');
    }
    Path file = Path.of(dir).resolve(target.replaceAll("[^A-Za-z0-9]+", "-") + "-" + rate + "-round" + round + ".tsv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out);
  }

  private static OpenLoop.Latencies send(int port, RequestSigner signer, int rate, Duration length,
      Emulated emulated) throws Exception {
    try (RawHttpClient http = new RawHttpClient(URI.create("http://127.0.0.1:" + port), CONNECTIONS)) {
      long run = System.nanoTime();
      return OpenLoop.run(http, PATH, rate, length, i -> request(signer, i, run, emulated));
    }
  }

  /**
   * The processes of a run besides this one (the load generator): the Slack emulator, Roundup as
   * operators run it (the built jar's {@code serve}, configured through its environment), the bare
   * Jetty, and when asked for a second Roundup with one setting changed or another build, compared
   * in the same run; the servers started with the same JVM options.
   */
  private static final class Parts implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("^READY (.*)$");
    private static final Pattern ROUNDUP_UP = Pattern.compile("Roundup is running on port (\\d+)");
    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration IDLE_AT_MOST = Duration.ofMinutes(2);

    private final List<ChildProcess> children = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    List<String> serverJvm;
    List<String> secondJvm;
    Map<String, String> secondEnv;
    String signingSecret;
    Emulated emulated;
    /** The servers measured, in the order each rate measures them. */
    final Map<String, Integer> ports = new LinkedHashMap<>();
    /** The process of each server measured. */
    final Map<String, ChildProcess> servers = new LinkedHashMap<>();

    static Parts start(Path dir) throws Exception {
      Parts parts = new Parts();
      try {
        parts.startAll(dir);
        return parts;
      } catch (Exception e) {
        parts.close();
        throw e;
      }
    }

    private void startAll(Path dir) throws Exception {
      serverJvm = List.of(System.getProperty("roundup.bench.server-jvm", SERVER_JVM).trim().split("\\s+"));
      String cp = System.getProperty("java.class.path");
      ChildProcess slack = child("emulator", ChildProcess.java(List.of("-Xmx1g", "-cp", cp,
          AckLatencyBenchmark.class.getName(), "--emulator")), Map.of(), dir);
      String[] ready = slack.awaitLine(READY, START).group(1).split(" ");
      signingSecret = ready[2];
      emulated = new Emulated(List.of(ready[3].split(",")),
          ready[0].replaceFirst("api/$", "response/bench-"));
      String jar = System.getProperty("roundup.bench.jar", "target/roundup.jar");
      ChildProcess app = roundup("roundup", jar, serverJvm, Map.of(), ready, dir);
      List<String> bare = new ArrayList<>(serverJvm);
      bare.addAll(List.of("-cp", cp, AckLatencyBenchmark.class.getName(), "--bare"));
      ChildProcess jetty = child("bare", ChildProcess.java(bare), Map.of(), dir);
      ports.put(BARE, Integer.parseInt(jetty.awaitLine(READY, START).group(1)));
      ports.put(ROUNDUP, Integer.parseInt(app.awaitLine(ROUNDUP_UP, START).group(1)));
      servers.putAll(Map.of(BARE, jetty, ROUNDUP, app));
      if (SECOND_PROPERTIES.stream().anyMatch(p -> System.getProperty(p) != null)) {
        secondJvm = new ArrayList<>(serverJvm);
        secondJvm.addAll(words(System.getProperty("roundup.bench.second-jvm", "")));
        secondEnv = new LinkedHashMap<>();
        for (String pair : words(System.getProperty("roundup.bench.second-env", ""))) {
          if (pair.contains("=")) {
            secondEnv.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
          }
        }
        ChildProcess second = roundup("roundup-second", System.getProperty("roundup.bench.second-jar", jar),
            secondJvm, secondEnv, ready, dir);
        ports.put(SECOND, Integer.parseInt(second.awaitLine(ROUNDUP_UP, START).group(1)));
        servers.put(SECOND, second);
      }
    }

    /** Roundup's {@code serve} from a built jar, on the emulator, with a database of its own. */
    private ChildProcess roundup(String name, String jar, List<String> jvm, Map<String, String> extraEnv,
        String[] emulator, Path dir) throws Exception {
      List<String> command = new ArrayList<>(jvm);
      command.addAll(List.of("-jar", jar, "serve"));
      Map<String, String> env = new LinkedHashMap<>(Map.of(
          "SLACK_BOT_TOKEN", emulator[1], "SLACK_SIGNING_SECRET", signingSecret,
          "ROUNDUP_SLACK_API_URL", emulator[0], "ROUNDUP_CONFIG", dir.resolve("none.properties").toString(),
          "ROUNDUP_SERVER_HOST", "127.0.0.1", "PORT", "0",
          "ROUNDUP_DB_URL", "jdbc:h2:file:" + dir.resolve(name)
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
      env.putAll(extraEnv);
      return child(name, ChildProcess.java(command), env, dir);
    }

    private ChildProcess child(String name, List<String> command, Map<String, String> env, Path dir)
        throws Exception {
      List<String> withProfile = new ArrayList<>(command);
      String profile = System.getProperty("roundup.bench.profile");
      if (profile != null) {
        // A flight recording of each process, written when it is stopped: where the CPU went.
        withProfile.add(1, "-XX:StartFlightRecording=settings=profile,filename="
            + Path.of(profile).toAbsolutePath().resolve(name + ".jfr"));
      }
      // A child inherits the nice value of the thread that starts it: the servers and the
      // emulator go back to normal priority.
      withProfile.addAll(0, ClientPriority.normal());
      ChildProcess child = ChildProcess.start(name, withProfile, env, dir);
      children.add(child);
      return child;
    }

    /** CPU time used so far by each process, this one included. */
    Map<String, Duration> cpu() {
      Map<String, Duration> cpu = new LinkedHashMap<>();
      for (ChildProcess c : children) {
        cpu.put(c.name(), c.cpu());
      }
      cpu.put("load generator", ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
      return cpu;
    }

    /**
     * Waits (up to {@link #IDLE_AT_MOST}) until the processes of the run, this one aside, use less
     * than a tenth of a core together: the work queued by the last row is done.
     */
    void awaitIdle() throws InterruptedException {
      long deadline = System.nanoTime() + IDLE_AT_MOST.toNanos();
      while (System.nanoTime() < deadline) {
        Map<String, Duration> before = cpu();
        TimeUnit.SECONDS.sleep(1);
        Map<String, Duration> after = cpu();
        long used = children.stream().mapToLong(c -> after.get(c.name()).toMillis() - before.get(c.name()).toMillis()).sum();
        if (used < 100) {
          return;
        }
      }
      System.out.println("Still busy after " + IDLE_AT_MOST + "; measuring anyway");
    }

    /** The head of the CPU table: one column per process. */
    String cpuHeader() {
      StringBuilder head = new StringBuilder("| round | target | rate (req/s) |");
      cpu().keySet().forEach(name -> head.append(' ').append(name).append(" |"));
      return head.append(" JIT compilers of the server measured |\n|---|---|---|")
          .append("---|".repeat(children.size() + 2)).append('\n').toString();
    }

    /** A report row: the cores each process kept busy on average since {@code before}. */
    String cpuLine(int round, String target, int rate, Map<String, Duration> before) {
      Map<String, Duration> now = cpu();
      StringBuilder row = new StringBuilder(String.format("| %d | %s | %d |", round, target, rate));
      for (String name : now.keySet()) {
        row.append(String.format(" %.2f |",
            (now.get(name).toMillis() - before.get(name).toMillis()) / (double) MEASURE.toMillis()));
      }
      return row.toString();
    }

    /**
     * A Roundup server's work counters from its {@code /metrics}, each summed over its labels:
     * {@link #WORK_COUNTERS}. Empty for the bare Jetty, which has none.
     */
    Map<String, Double> workCounters(String target) throws Exception {
      Map<String, Double> sums = new LinkedHashMap<>();
      if (target.equals(BARE)) {
        return sums;
      }
      String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(target) + "/metrics"))
          .build(), HttpResponse.BodyHandlers.ofString()).body();
      for (String name : WORK_COUNTERS) {
        sums.put(name, metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
            .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum());
      }
      return sums;
    }

    @Override
    public void close() throws InterruptedException {
      for (ChildProcess c : children) {
        c.close();
      }
    }
  }

  /**
   * The Slack emulator's own process: the sample workspace and, in a channel of their own,
   * {@link #THREADS} threads of 40 messages. Mentions take the threads in turn, so each summary
   * reads a thread of about that size: every summary is posted in its thread, and one thread
   * asked in by every mention of a run would grow by thousands of posts.
   */
  private static void emulator() throws Exception {
    Workspace ws = Workspace.sample();
    ws.addChannel(THREAD_CHANNEL, "bench-threads", false, "U0ALICE", "U0BORIS", "U0CHEN", ws.botUserId());
    // #eng's last day, which each slash command summarizes, holds one such thread too.
    thread(ws, "C0ENG", "Benchmark thread: which build cache should we use?");
    List<String> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      threads.add(thread(ws, THREAD_CHANNEL, "Benchmark thread " + t + ": which build cache should we use?"));
    }
    SlackEmulator slack = SlackEmulator.start(ws);
    // Each call is recorded with its parameters and its whole answer (a posted summary twice); a
    // run makes tens of thousands, which filled a 1 GiB heap by the last rows and failed them.
    slack.keepRecords(1_000);
    System.out.println("READY " + slack.apiUrl() + " " + ws.botToken() + " " + ws.signingSecret() + " " + String.join(",", threads));
    System.out.flush();
    untilStopped();
    slack.close();
  }

  /** Posts a thread of 40 messages by three people; answers its parent's ts. */
  private static String thread(Workspace ws, String channel, String question) {
    String[] people = {"U0BORIS", "U0CHEN", "U0ALICE"};
    String thread = ws.post(channel, "U0ALICE", question);
    for (int i = 0; i < 39; i++) {
      ws.reply(channel, thread, people[i % 3], switch (i % 4) {
        case 0 -> "Let's go with the remote cache, it halves CI time on the big modules.";
        case 1 -> "Decision: we keep the local cache for release builds until the audit is done.";
        case 2 -> "I will measure the cold-start time on the new runners by Thursday.";
        default -> "Who owns the cache eviction policy? We need someone to write it down.";
      });
    }
    return thread;
  }

  /** The bare Jetty's own process, started with the same JVM options as Roundup's. */
  private static void bare() throws Exception {
    Server bare = OpenLoop.bareJetty();
    System.out.println("READY " + OpenLoop.port(bare));
    System.out.flush();
    untilStopped();
    bare.stop();
  }

  /** Blocks until the benchmark stops this process (or ends, closing its input). */
  private static void untilStopped() throws java.io.IOException {
    while (System.in.read() >= 0) {
      // Nothing is sent on the input; it only tells when the benchmark is gone.
    }
  }

  /**
   * What the emulator holds for the requests: the threads mentions ask in (their parents' ts), and
   * where a slash command's response URL points (the emulator answers 200 and keeps the reply).
   */
  private record Emulated(List<String> threads, String responseUrl) {}

  /** Request i of a run: a slash command, a mention or a message event, in turn. */
  private static OpenLoop.Send request(RequestSigner signer, int i, long run, Emulated emulated) {
    String kind = KINDS.get(i % 3);
    String body;
    String type = "application/json";
    if (kind.equals("slash command")) {
      body = form(List.of("token", "t", "team_id", "T0SANDBOX", "team_domain", "roundup-sandbox",
          "channel_id", "C0ENG", "channel_name", "eng", "user_id", "U0BORIS", "user_name", "boris",
          "command", "/summarize", "text", "", "response_url", emulated.responseUrl() + i,
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
        event.addProperty("thread_ts", emulated.threads().get(i / KINDS.size() % emulated.threads().size()));
      }
      event.addProperty("channel", mention ? THREAD_CHANNEL : "C0BENCH" + (i % 7));
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

  private static String report(List<Row> results, String cpuHeader, List<String> cpu, List<String> work,
      Parts parts, Map<String, Duration> warmups, String client) {
    List<String> serverJvm = parts.serverJvm;
    StringBuilder md = new StringBuilder("## Ack latency with all the work running (HTTP mode, loopback)\n\n")
        .append("Build measured: ").append(System.getProperty("roundup.bench.label", "this branch")).append(". ")
        .append(BenchmarkReport.machine()).append(' ').append(BenchmarkReport.load())
        .append(" Run ").append(Instant.now()).append(".\n\n")
        .append("Open-loop constant arrival rate; in turn a signed `/summarize` slash command (a summary of ")
        .append("#eng's last day, read through the store and a backfill from the emulator, posted to its response URL ")
        .append("on the emulator), a signed ")
        .append("`app_mention` asking `@roundup summarize` in one of 1,000 threads of 40 messages, taken in turn (a real summary, ")
        .append("posted through the emulator) and a signed `message` event (stored), each with a fresh ")
        .append("`event_id`; their work runs while the benchmark goes on. Latency is measured from each ")
        .append("request's scheduled send time to the response, so queueing counts. ")
        .append("Each server is first warmed up at the highest rate in rounds of ").append(INITIAL_WARMUP.toSeconds())
        .append(" s until its JIT compilers used under ").append(Math.round(JIT_SETTLED * 100))
        .append("% of a core in a round (at most ").append(WARMUP_AT_MOST.toMinutes()).append(" min; here ")
        .append(warmups.entrySet().stream().map(w -> w.getKey() + " " + w.getValue().toSeconds() + " s")
            .collect(Collectors.joining(", ")))
        .append("), then per row ")
        .append(WARMUP.toSeconds()).append(" s warm-up and ").append(MEASURE.toSeconds())
        .append(" s measured. Processes on one machine: the load generator (16 keep-alive connections, ")
        .append("a minimal HTTP/1.1 client), the Slack emulator, Roundup as operators run it (`java ")
        .append(String.join(" ", serverJvm)).append(" -jar roundup.jar serve`, H2 file database), ")
        .append(parts.ports.containsKey(SECOND) ? SECOND + " (" + secondDescription(parts) + "), " : "")
        .append("and the bare Jetty (`java ").append(String.join(" ", serverJvm))
        .append("`). Each of ").append(ROUNDS).append(" rounds measures every server at each rate in turn, ")
        .append("the order turned by one each round, each row starting when the previous one's ")
        .append("work is done (the processes together below a tenth of a core); ").append(client)
        .append(", the servers and the emulator at normal priority.\n\n")
        .append("| round | target | requests | rate (req/s) | sent | failed | p50 (ms) | p99 (ms) | max (ms) |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (Row row : results) {
      OpenLoop.Result r = row.result();
      md.append(String.format("| %d | %s | %s | %d | %d | %d | %.2f | %.2f | %.2f |%n", row.round(), r.target(),
          r.kind(), r.rate(), r.sent(), r.failed(), r.p50(), r.p99(), r.max()));
    }
    md.append("\nEach round's p99 divided by the bare Jetty's p99 (all its requests) at the same rate in the same ")
        .append("round, and the median of those ratios, on which the goal is judged:\n\n")
        .append("| rate (req/s) | requests | target | p99 ratio to bare Jetty, by round | median | rounds within 2x | ")
        .append("median within 2x |\n|---|---|---|---|---|---|---|\n");
    for (int rate : RATES) {
      for (String kind : List.of("all", "slash command", "mention", "message event")) {
        for (String target : parts.ports.keySet()) {
          if (target.equals(BARE)) {
            continue;
          }
          double[] ratios = new double[ROUNDS];
          for (int round = 1; round <= ROUNDS; round++) {
            ratios[round - 1] = find(results, round, target, kind, rate).p99()
                / find(results, round, BARE, "all", rate).p99();
          }
          double median = median(ratios);
          md.append(String.format("| %d | %s | %s | %s | %.2fx | %d of %d | %s |%n", rate, kind, target,
              Arrays.stream(ratios).mapToObj(r -> String.format("%.2fx", r)).collect(Collectors.joining(", ")),
              median, Arrays.stream(ratios).filter(r -> r <= 2).count(), ROUNDS, median <= 2 ? "met" : "not met"));
        }
      }
    }
    md.append("\nCPU during each measured row, in cores kept busy on average (the machine has ")
        .append(Runtime.getRuntime().availableProcessors()).append("):\n\n")
        .append(cpuHeader);
    cpu.forEach(row -> md.append(row).append('\n'));
    md.append("\nWork each Roundup finished for a row's requests (its warm-up and measured seconds, "
        + "counted once it was idle again): summaries posted (slash commands and mentions), requests "
        + "answered \"Roundup is busy\" (shed), message events stored, ingest overflows:\n\n"
        + "| round | target | rate (req/s) | summaries | shed | stored | overflow |\n|---|---|---|---|---|---|---|\n");
    work.stream().filter(Objects::nonNull).forEach(row -> md.append(row).append('\n'));
    md.append("\n\nGoal: ack p99 within 2x of bare Jetty for each kind of request at each rate (here: the median over ")
        .append("the rounds of each round's ratio).\n");
    return md.toString();
  }

  /** How the second Roundup differs from the first: its jar, environment and JVM options. */
  private static String secondDescription(Parts parts) {
    List<String> differences = new ArrayList<>();
    String jar = System.getProperty("roundup.bench.second-jar");
    if (jar != null) {
      differences.add("the jar `" + jar + "`");
    }
    parts.secondEnv.forEach((key, value) -> differences.add("`" + key + "=" + value + "`"));
    if (parts.secondJvm.size() > parts.serverJvm.size()) {
      differences.add("`" + String.join(" ", parts.secondJvm.subList(parts.serverJvm.size(), parts.secondJvm.size())) + "`");
    }
    return differences.isEmpty() ? "the same again" : String.join(", ", differences);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  private static OpenLoop.Result find(List<Row> results, int round, String target, String kind, int rate) {
    return results.stream().filter(row -> row.round() == round).map(Row::result)
        .filter(r -> r.target().equals(target) && r.kind().equals(kind) && r.rate() == rate)
        .findFirst().orElseThrow();
  }

  /** The middle value (the mean of the two middle ones for an even count). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
