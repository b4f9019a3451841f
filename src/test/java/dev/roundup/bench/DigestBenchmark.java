package dev.roundup.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.roundup.TestClock;
import dev.roundup.access.Access;
import dev.roundup.access.Memberships;
import dev.roundup.digest.DigestBuilder;
import dev.roundup.digest.DigestPeriod;
import dev.roundup.digest.DigestRenderer;
import dev.roundup.digest.DigestService;
import dev.roundup.ingest.Backfill;
import dev.roundup.ingest.BackfillLocks;
import dev.roundup.ingest.ChannelHistory;
import dev.roundup.ingest.ChannelMessage;
import dev.roundup.ingest.Coverage;
import dev.roundup.ingest.MessageStore;
import dev.roundup.ingest.MethodBudget;
import dev.roundup.ingest.Pacer;
import dev.roundup.ingest.TimeRange;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.sandbox.Workspace;
import dev.roundup.slack.BlockPacker;
import dev.roundup.slack.ChannelLookup;
import dev.roundup.slack.Destination;
import dev.roundup.slack.Permalinks;
import dev.roundup.slack.OutboundQueue;
import dev.roundup.slack.Poster;
import dev.roundup.slack.PostingLimits;
import dev.roundup.slack.SlackApi;
import dev.roundup.store.Database;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.MessageFilter;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A digest over 50 channels × 2,000 messages in the week, built by the real {@link DigestService}
 * against the Slack emulator with the embedded summarizer. Warm: the message store already holds
 * the week (what live ingestion gives); cold: the store is empty and everything is backfilled
 * (waits run on a virtual clock, and the simulated time they take is reported). Writes its section
 * of docs/BENCHMARKS.md. Run: {@code mvn -o -q test-compile exec:java} is not configured, so use
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.roundup.bench.DigestBenchmark}.
 */
public final class DigestBenchmark {

  private static final int CHANNELS = 50;
  private static final int PER_CHANNEL = 2_000;
  private static final int PEOPLE = 40;
  private static final Instant WEEK_START = Instant.parse("2026-11-16T00:00:00Z");
  private static final Instant WEEK_END = WEEK_START.plus(Duration.ofDays(5));

  private static final String[] TOPICS = {"billing migration", "checkout latency", "release train",
      "search index", "mobile login", "invoice emails", "data warehouse", "on-call rota",
      "design review", "customer escalation", "load test", "feature flags", "database pool",
      "quarterly planning", "security audit"};
  private static final String[] OPENERS = {"Quick update on the", "Has anyone looked at the",
      "I think we should pause the", "We decided to move the", "Can someone review the",
      "Heads up: the", "I'll take care of the", "What is the plan for the", "Good news on the",
      "Still seeing problems with the"};
  private static final String[] TAILS = {"before Friday.", "after the incident yesterday.",
      "— numbers look better than last week.", "since the last deploy.", "for the EU customers.",
      "once the vendor replies.", "and I'll write it up in the doc.", "if nobody objects.",
      "because the dashboard shows a spike.", "so please check the runbook."};

  private DigestBenchmark() {}

  public static void main(String[] args) throws Exception {
    TestClock clock = new TestClock(WEEK_START);
    Workspace workspace = generate(clock);
    clock.set(WEEK_END);
    List<String> channelIds = workspace.channels().stream().map(c -> c.id())
        .filter(id -> id.startsWith("C")).toList();
    try (SlackEmulator emulator = SlackEmulator.start(workspace)) {
      emulator.setClock(clock);
      Result first = null;
      Result warm = null;
      for (int i = 0; i < 3; i++) {
        Result r = run(emulator, workspace, clock, channelIds, true);
        first = first == null ? r : first;
        warm = warm == null || r.millis < warm.millis ? r : warm;
      }
      Result cold = run(emulator, workspace, clock, channelIds, false);
      String md = report(first, warm, cold);
      System.out.println(md);
      BenchmarkReport.replaceSection("digest", md);
    }
  }

  private record Result(long millis, long peakHeapMb, long baselineHeapMb, Map<String, Long> calls,
      Duration virtualWait, int digestMessages, int parts, int channelsShown) {}

  private static Result run(SlackEmulator emulator, Workspace workspace, TestClock clock,
      List<String> channelIds, boolean warm) throws Exception {
    clock.set(WEEK_END);
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    List<Duration> waits = new ArrayList<>();
    Sleeper virtual = d -> {
      waits.add(d);
      clock.advance(d);
    };
    try (Slack slack = Slack.getInstance(config);
        Database db = Database.open("jdbc:h2:mem:bench-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", 4)) {
      SlackApi api = new SlackApi(slack.methods(workspace.botToken()), virtual, Duration.ofMinutes(5),
          new SimpleMeterRegistry());
      MessageStore store = new MessageStore(db.dataSource(), clock);
      Coverage coverage = new Coverage(db.dataSource(), clock, null);
      if (warm) {
        for (String id : channelIds) {
          List<ChannelMessage> batch = new ArrayList<>();
          for (StoredMessage m : workspace.messages(id)) {
            int replies = m.isReply() || m.threadTs() == null ? 0 : workspace.repliesOf(id, m.ts()).size();
            batch.add(new ChannelMessage(id, m.ts(), m.threadTs(), m.user(), m.botId(), m.text(),
                m.subtype(), replies, 0, m.edited()));
          }
          store.saveAll(batch);
          coverage.add(id, TimeRange.of(WEEK_START.minus(Duration.ofDays(1)), WEEK_END));
        }
      }
      Backfill backfill = new Backfill(api, store, coverage, new Pacer(clock, virtual),
          MethodBudget.TIER_3, MethodBudget.TIER_3,
          new BackfillLocks(db.dataSource(), clock, virtual, 4));
      Access access = new Access(new Memberships(new ChannelLookup(api, clock), clock,
          Memberships.DEFAULT_TTL));
      ChannelHistory history = new ChannelHistory(store, backfill, MessageFilter.NOISE_ONLY, clock,
          Duration.ofDays(7));
      DigestService service = new DigestService(access, history,
          new DigestBuilder(new ExtractiveSummarizer()), new DigestRenderer(new BlockPacker()),
          new Permalinks(api), new OutboundQueue(new Poster(api), PostingLimits.UNLIMITED, 1,
              new SimpleMeterRegistry()), new SimpleMeterRegistry());
      int before = emulator.calls().size();
      System.gc();
      long baseline = heapUsed();
      resetPeaks();
      long start = System.nanoTime();
      DigestService.Built built = service.build("U0001", channelIds, Destination.dm("U0001"),
          "billing migration, checkout", new DigestPeriod(WEEK_START, WEEK_END, ZoneOffset.UTC), null);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = peakHeap();
      List<ApiCall> calls = emulator.calls().subList(before, emulator.calls().size());
      Map<String, Long> byMethod = new TreeMap<>(calls.stream()
          .collect(Collectors.groupingBy(ApiCall::method, Collectors.counting())));
      return new Result(millis, peak / (1 << 20), baseline / (1 << 20), byMethod,
          waits.stream().reduce(Duration.ZERO, Duration::plus), built.digest().messages(),
          built.parts().size(), built.digest().channels().size());
    }
  }

  /** 50 channels with 40 people; 2,000 messages each over the week, a fifth of them thread replies. */
  private static Workspace generate(TestClock clock) {
    Workspace ws = new Workspace("T0BENCH", "bench");
    ws.setClock(clock);
    Random random = new Random(42);
    String[] people = new String[PEOPLE];
    for (int i = 0; i < PEOPLE; i++) {
      people[i] = String.format("U%04d", i + 1);
      ws.addUser(people[i], "person" + i, "Person " + i, "UTC", false);
    }
    String[] members = new String[PEOPLE + 1];
    System.arraycopy(people, 0, members, 0, PEOPLE);
    members[PEOPLE] = ws.botUserId();
    for (int c = 0; c < CHANNELS; c++) {
      ws.addChannel(String.format("C%04d", c + 1), "team-" + c, false, members);
    }
    Map<String, List<String>> parents = new java.util.HashMap<>();
    long stepMicros = Duration.between(WEEK_START, WEEK_END).toNanos() / 1000 / (PER_CHANNEL + 1);
    for (int i = 0; i < PER_CHANNEL; i++) {
      clock.set(WEEK_START.plusNanos((i + 1) * stepMicros * 1000));
      for (int c = 0; c < CHANNELS; c++) {
        String channel = String.format("C%04d", c + 1);
        String user = people[random.nextInt(PEOPLE)];
        String text = OPENERS[random.nextInt(OPENERS.length)] + " "
            + TOPICS[(c + random.nextInt(3)) % TOPICS.length] + " "
            + TAILS[random.nextInt(TAILS.length)]
            + (random.nextInt(10) == 0 ? " <@" + people[random.nextInt(PEOPLE)] + "> can you check?" : "");
        List<String> recent = parents.computeIfAbsent(channel, k -> new ArrayList<>());
        if (i > 10 && random.nextInt(5) == 0) {
          // A reply to one of the last 40 top-level messages.
          String parent = recent.get(Math.max(0, recent.size() - 1 - random.nextInt(Math.min(40, recent.size()))));
          ws.reply(channel, parent, user, text);
        } else {
          recent.add(ws.post(channel, user, text));
        }
      }
    }
    return ws;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static String report(Result first, Result warm, Result cold) {
    String cpus = Runtime.getRuntime().availableProcessors() + " CPUs (load average "
        + loadAverage() + " while measuring: other builds shared the machine)";
    return "## Digest: 50 channels × 2,000 messages in the week\n\n"
        + "Built by `DigestService` (privacy check, coverage check, store read, embedded extractive "
        + "summarizer, Block Kit rendering) against the Slack emulator, on " + cpus + ", Java "
        + System.getProperty("java.version") + ", H2 in memory, max heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB. A fifth of the messages are thread "
        + "replies; focus \"billing migration, checkout\".\n\n"
        + "| | warm store (best of 3) | cold store (backfill) |\n|---|---|---|\n"
        + "| build time | " + warm.millis() + " ms (first build in a fresh JVM: " + first.millis()
        + " ms) | " + cold.millis() + " ms (plus " + minutes(cold.virtualWait())
        + " of rate-limit waits at Tier 3, on a virtual clock) |\n"
        + "| peak heap during the build | " + warm.peakHeapMb() + " MB (" + warm.baselineHeapMb()
        + " MB in use before, the emulator's workspace included) | " + cold.peakHeapMb() + " MB ("
        + cold.baselineHeapMb() + " MB before) |\n"
        + "| Slack Web API calls | " + calls(warm.calls()) + " | " + calls(cold.calls()) + " |\n"
        + "| history calls (`conversations.history` + `.replies`) | " + history(warm.calls()) + " | "
        + history(cold.calls()) + " |\n"
        + "| messages in the digest / parts posted / channels | " + warm.digestMessages() + " / "
        + warm.parts() + " / " + warm.channelsShown() + " | " + cold.digestMessages() + " / "
        + cold.parts() + " / " + cold.channelsShown() + " |\n\n"
        + "Goal: under 5 s warm with zero history calls. Nearly all of the warm time is the "
        + "embedded summarizer (one pass per channel for decisions and action items, one per top "
        + "thread for its TL;DR), spread over the processors; the JIT-cold first build is slower. "
        + "Under Tier 1 (1 request a minute per method, 15 messages a page) the cold week would take "
        + "at least " + history(cold.calls()) + " minutes of requests (more, at the smaller page "
        + "size): that is why digests read the store fed by message events, and why a backfill "
        + "stops at `roundup.backfill.time-limit` and the digest says what it covers.\n";
  }

  private static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format("%.1f", load);
  }

  private static String minutes(Duration d) {
    return d.toMinutes() + " min";
  }

  private static long history(Map<String, Long> calls) {
    return calls.getOrDefault("conversations.history", 0L) + calls.getOrDefault("conversations.replies", 0L);
  }

  private static String calls(Map<String, Long> calls) {
    long total = calls.values().stream().mapToLong(Long::longValue).sum();
    return total + " (" + calls.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")) + ")";
  }
}
