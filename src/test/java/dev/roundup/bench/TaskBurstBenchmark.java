package dev.roundup.bench;

import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.jobs.FireHandler;
import dev.roundup.jobs.JobKind;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.jobs.QuartzSettings;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.ApiCall;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.Destination;
import dev.roundup.store.Database;
import dev.roundup.summarize.Summary;
import dev.roundup.tasks.ActionKind;
import dev.roundup.tasks.Task;
import dev.roundup.tasks.TaskRepository;
import dev.roundup.tasks.Tasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 9:00 burst: {@code TOTAL} active reminder tasks (100,000 by default), {@code DUE} of them
 * (5,000) due at the same second, each to its owner's DM (20 tasks per owner). One Quartz trigger
 * fires for that second; the runs go through the run pool and the outbound queue to the Slack
 * emulator. Three rounds, each after the tasks are planned with the app running:
 *
 * <ol>
 *   <li>H2 file, no posting limits anywhere: Roundup's own task-run rate (goal ≥ 1,000 runs/s);
 *   <li>the same on PostgreSQL (when {@code ROUNDUP_TEST_PG_URL} names a server);
 *   <li>H2, with Slack's posting limits modelled in the emulator (429 with Retry-After beyond them)
 *       and the outbound queue keeping to the same limits: all delivered, none twice, and the time
 *       to deliver all within 10% of the least those limits allow.
 * </ol>
 *
 * Lag = the emulator's receipt of a task's {@code chat.postMessage} − its planned second. Each
 * database gets a warm-up round first (a fresh JVM runs its first thousand runs several times
 * slower). The modelled limits are system properties: {@code bench.channelPerSecond} (1),
 * {@code bench.channelBurst} (3), {@code bench.workspacePerMinute} (600), {@code bench.workspaceBurst}
 * (20).
 *
 * <p>Run: {@code scripts/bench tasks}, or {@code java -cp … dev.roundup.bench.TaskBurstBenchmark
 * [TOTAL DUE RUN_THREADS]}.
 */
public final class TaskBurstBenchmark {

  private static final Pattern BENCH_ID = Pattern.compile("Reminder: bench (\\d+)$");
  private static final int TASKS_PER_OWNER = 20;
  private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  /** Slack's posting limits as modelled: per channel and per workspace, rate and burst. */
  private record Model(double channelPerSecond, int channelBurst, int workspacePerMinute, int workspaceBurst) {

    /** The least time the model allows to deliver these posts, from a full bucket. */
    Duration minimum(Map<String, Integer> postsPerChannel) {
      int total = postsPerChannel.values().stream().mapToInt(Integer::intValue).sum();
      double seconds = Math.max(0, (total - workspaceBurst) / (workspacePerMinute / 60.0));
      for (int n : postsPerChannel.values()) {
        seconds = Math.max(seconds, Math.max(0, (n - channelBurst) / channelPerSecond));
      }
      return Duration.ofMillis((long) (seconds * 1000));
    }

    String describe() {
      return String.format("%s message/s per channel (bursts of %d), %,d/min per workspace (bursts of %d)",
          channelPerSecond == Math.rint(channelPerSecond) ? String.valueOf((int) channelPerSecond)
              : String.valueOf(channelPerSecond), channelBurst, workspacePerMinute, workspaceBurst);
    }
  }

  /** One round's outcome. */
  private record Round(String label, int planned, int delivered, int twice, Duration toDeliverAll,
      List<Long> lags, long rateLimited, Duration modelMinimum, double load, long cpuMillis,
      long heapPeakMiB) {

    /** Process CPU time per delivered run (Roundup and the emulator share the process). */
    double cpuPerRun() {
      return delivered == 0 ? 0 : (double) cpuMillis / delivered;
    }

    double runsPerSecond() {
      return toDeliverAll.isZero() ? 0 : delivered * 1000.0 / toDeliverAll.toMillis();
    }

    long pct(double p) {
      List<Long> sorted = lags.stream().sorted().toList();
      return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    String row() {
      return String.format("| %s | %,d / %,d | %,d | %,.1f s | %,.0f | %,d ms | %,d ms | %,d ms | %,d | %.2f ms | %,d MiB | %.1f |",
          label, delivered, planned, twice, toDeliverAll.toMillis() / 1000.0, runsPerSecond(), pct(0.5),
          pct(0.99), pct(1.0), rateLimited, cpuPerRun(), heapPeakMiB, load);
    }

    @Override
    public String toString() {
      return String.format("%s: %d/%d delivered, %d twice, all in %d ms (%.0f runs/s), p50 %d ms, p99 %d ms, "
          + "max %d ms, %d 429s, %.2f ms CPU per run, heap peak %d MiB, load %.1f%s", label, delivered, planned,
          twice, toDeliverAll.toMillis(), runsPerSecond(), pct(0.5), pct(0.99), pct(1.0), rateLimited, cpuPerRun(),
          heapPeakMiB, load,
          modelMinimum == null ? "" : ", model minimum " + modelMinimum.toMillis() + " ms");
    }
  }

  private TaskBurstBenchmark() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int due = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    int runThreads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    Model model = new Model(Double.parseDouble(System.getProperty("bench.channelPerSecond", "1")),
        Integer.getInteger("bench.channelBurst", 3), Integer.getInteger("bench.workspacePerMinute", 600),
        Integer.getInteger("bench.workspaceBurst", 20));
    int warm = Math.min(2_000, total - 2 * due);
    // Which rounds run (a profile of one round needs no other): h2, pg, limits; all by default.
    Set<String> only = Set.of(System.getProperty("bench.rounds", "h2,pg,limits").split(","));

    Workspace workspace = Workspace.sample();
    for (int owner = 0; owner < (total + TASKS_PER_OWNER - 1) / TASKS_PER_OWNER; owner++) {
      workspace.addUser(ownerId(owner), "bench" + owner, "Bench " + owner, "UTC", false);
    }
    List<Round> rounds = new ArrayList<>();
    String startup;
    try (SlackEmulator slack = SlackEmulator.start(workspace)) {
      Path dir = Files.createTempDirectory("roundup-task-bench");
      String h2 = "jdbc:h2:file:" + dir.resolve("db") + H2_OPTIONS;
      long seedMillis = seed(h2, null, total);
      System.out.printf("seeded %,d tasks in H2 in %,d ms%n", total, seedMillis);

      long t0 = System.nanoTime();
      try (Roundup roundup = start(slack, workspace, h2, null, Config.Posting.unlimited(), runThreads)) {
        long startupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        long heapMiB = heapAfterGc();
        startup = String.format("Start-up of Roundup with %,d tasks in H2: %,d ms (the repair sweep "
            + "checks every task's instant); heap in use after start-up (after GC): %,d MiB. Seeding "
            + "(insert + one trigger per instant): %,d ms.", total, startupMillis, heapMiB, seedMillis);
        System.out.println(startup);
        if (only.contains("h2")) {
          System.out.println("warm-up: " + round("warm-up", slack, roundup, 2 * due + 1, warm, null));
          rounds.add(round("H2, no limits", slack, roundup, 1, due, null));
          System.out.println(rounds.get(rounds.size() - 1));
        }
      }

      String pg = System.getenv("ROUNDUP_TEST_PG_URL");
      if (!only.contains("pg")) {
        System.out.println("no PostgreSQL round (bench.rounds)");
      } else if (pg != null && !pg.isBlank()) {
        String schema = "roundup_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(pg, "CREATE SCHEMA " + schema);
        String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
          System.out.printf("seeded %,d tasks in PostgreSQL in %,d ms%n", total, seed(url, null, total));
          try (Roundup roundup = start(slack, workspace, url, null, Config.Posting.unlimited(), runThreads)) {
            System.out.println("warm-up: " + round("warm-up", slack, roundup, 2 * due + 1, warm, null));
            rounds.add(round("PostgreSQL, no limits", slack, roundup, 1, due, null));
            System.out.println(rounds.get(rounds.size() - 1));
          }
        } finally {
          execute(pg, "DROP SCHEMA " + schema + " CASCADE");
        }
      } else {
        System.out.println("ROUNDUP_TEST_PG_URL is not set: no PostgreSQL round");
      }

      if (!only.contains("limits")) {
        rounds.forEach(System.out::println);
        return;
      }
      slack.limitPosting(model.channelPerSecond(), model.channelBurst(), model.workspacePerMinute(),
          model.workspaceBurst());
      Config.Posting paced = new Config.Posting(model.channelPerSecond(), model.channelBurst(),
          model.workspacePerMinute(), model.workspaceBurst(), 8);
      try (Roundup roundup = start(slack, workspace, h2, null, paced, runThreads)) {
        rounds.add(round("H2, Slack's limits modelled", slack, roundup, due + 1, due, model));
        System.out.println(rounds.get(rounds.size() - 1));
      }
    }
    report(total, due, runThreads, model, rounds, startup);
  }

  private static Roundup start(SlackEmulator slack, Workspace workspace, String url, String user,
      Config.Posting posting, int runThreads) throws Exception {
    Config config = new Config(
        new Config.Slack(workspace.botToken(), workspace.signingSecret(), null, slack.apiUrl()),
        new Config.Server("127.0.0.1", 0), new Config.Database(url, user == null ? "sa" : user, "", runThreads + 16),
        new Config.Work(4, 10_000, Duration.ofHours(24)), LlmSettings.embedded(),
        new Config.Tasks(4, false, Duration.ofMinutes(1), Integer.MAX_VALUE / 2, Duration.ofHours(1),
            runThreads, Config.Tasks.DEFAULT.checkinInterval()),
        Config.Ingest.defaults(), Config.Digests.defaults(), posting, Duration.ofMinutes(15));
    return Roundup.start(config, Clock.systemUTC(), (c, o) -> Summary.empty(new Summary.Stats(c.size(), 0)));
  }

  /** Inserts the tasks, their next runs spread over the month's whole hours, with the app stopped. */
  private static long seed(String url, String user, int total) {
    long t0 = System.nanoTime();
    Instant now = Instant.now();
    Schedule daily = ((Parsed) new ScheduleParser().parse("every day at 9am", ZoneOffset.UTC,
        ZonedDateTime.now(ZoneOffset.UTC))).schedule();
    Random random = new Random(42);
    try (Database db = Database.open(url, user == null ? "sa" : user, "", 4);
        QuartzScheduler scheduler = QuartzScheduler.open(db.dataSource(),
            new QuartzSettings(1, false, url.startsWith("jdbc:postgresql:"), Duration.ofMinutes(1)))) {
      TaskRepository repo = new TaskRepository(db.dataSource());
      JobKind quartz = scheduler.register(Tasks.JOB_KIND, repo::dueAt, FireHandler.of(f -> { }));
      List<Task> batch = new ArrayList<>();
      Set<Instant> instants = new HashSet<>();
      for (int i = 0; i < total; i++) {
        Instant next = now.plus(1 + random.nextInt(30), ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String owner = ownerId(i / TASKS_PER_OWNER);
        batch.add(new Task(0, owner, "T0SANDBOX", ActionKind.REMIND, List.of(owner), "bench " + (i + 1),
            Destination.dm(owner), "every day at 9am", daily.spec(), ZoneOffset.UTC, now, false, 0, null,
            next, null, null));
        instants.add(next);
        if (batch.size() == 2_000 || i == total - 1) {
          repo.insertAll(batch);
          batch.clear();
        }
      }
      quartz.scheduleAll(instants);
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
  }

  /**
   * Makes tasks [firstId, firstId + count) due at one second a few seconds ahead (their rows and
   * that instant's trigger) and measures what the emulator receives.
   */
  private static Round round(String label, SlackEmulator slack, Roundup roundup, int firstId, int count,
      Model model) {
    Instant at = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
    Map<Long, Instant> plan = new HashMap<>();
    Map<String, Integer> perChannel = new HashMap<>();
    for (int i = 0; i < count; i++) {
      long id = (long) firstId + i;
      plan.put(id, at);
      perChannel.merge(ownerId((int) ((id - 1) / TASKS_PER_OWNER)), 1, Integer::sum);
    }
    roundup.tasks().repository().setNextRuns(plan);
    roundup.tasks().jobs().scheduleAt(at);
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long cpuBefore = processCpuNanos();
    int before = slack.calls("chat.postMessage").size();
    Duration minimum = model == null ? null : model.minimum(perChannel);
    Instant deadline = at.plus(minimum == null ? Duration.ofMinutes(5) : minimum.multipliedBy(2).plusMinutes(2));
    System.out.printf("%s: %,d due at %s%s%n", label, count, at,
        minimum == null ? "" : " (the modelled limits allow no less than " + minimum.toSeconds() + " s)");
    Map<Long, Instant> received = new HashMap<>();
    Map<Long, Integer> times = new HashMap<>();
    long rateLimited = 0;
    long lastReport = 0;
    Instant quietSince = null;
    long heapPeak = 0;
    Runtime rt = Runtime.getRuntime();
    while (Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
      heapPeak = Math.max(heapPeak, rt.totalMemory() - rt.freeMemory());
      List<ApiCall> calls = slack.calls("chat.postMessage");
      received.clear();
      times.clear();
      rateLimited = 0;
      for (ApiCall call : calls.subList(before, calls.size())) {
        if (call.httpStatus() == 429) {
          rateLimited++;
          continue;
        }
        Matcher m = BENCH_ID.matcher(call.params().getOrDefault("text", ""));
        if (call.ok() && m.find() && plan.containsKey(Long.parseLong(m.group(1)))) {
          long id = Long.parseLong(m.group(1));
          received.putIfAbsent(id, call.at());
          times.merge(id, 1, Integer::sum);
        }
      }
      if (System.currentTimeMillis() - lastReport > 10_000) {
        lastReport = System.currentTimeMillis();
        System.out.printf("  %s received %,d (%,d 429s)%n", Instant.now(), received.size(), rateLimited);
      }
      if (received.size() == count) {
        // Everything is in; watch a little longer for anything posted twice.
        quietSince = quietSince == null ? Instant.now() : quietSince;
        if (Duration.between(quietSince, Instant.now()).toMillis() > 3_000) {
          break;
        }
      }
    }
    long cpuMillis = TimeUnit.NANOSECONDS.toMillis(processCpuNanos() - cpuBefore);
    Instant last = received.values().stream().max(Instant::compareTo).orElse(at);
    List<Long> lags = new ArrayList<>();
    received.forEach((id, when) -> lags.add(Duration.between(at, when).toMillis()));
    int twice = (int) times.values().stream().filter(n -> n > 1).count();
    return new Round(label, count, received.size(), twice, Duration.between(at, last), lags, rateLimited,
        minimum, load, cpuMillis, heapPeak / (1024 * 1024));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void report(int total, int due, int runThreads, Model model, List<Round> rounds,
      String startup) {
    Round h2 = rounds.get(0);
    Round paced = rounds.get(rounds.size() - 1);
    double allowed = paced.modelMinimum().toMillis() * 1.1;
    boolean pacedMet = paced.delivered() == paced.planned() && paced.twice() == 0
        && paced.toDeliverAll().toMillis() <= allowed;
    boolean rateMet = h2.delivered() == h2.planned() && h2.twice() == 0 && h2.runsPerSecond() >= 1_000;
    List<String> lines = new ArrayList<>(List.of(
        "## Recurring tasks: the 9:00 burst (`TaskBurstBenchmark`)",
        "",
        BenchmarkReport.machine() + " The two cores are shared with other builds: the load average "
            + "when each round started is in its row.",
        "",
        String.format("%,d active reminder tasks, %,d of them due at the same second, each to its owner's "
            + "DM (%d tasks per owner, so %,d DM channels). One Quartz trigger fires for that second; its "
            + "runs go through the run pool (%d threads) and the outbound queue to the Slack emulator in the "
            + "same JVM. Heap peak = the most heap in use (Roundup and the emulator) sampled every 250 ms "
            + "during the round. Lag = the emulator's receipt of a task's `chat.postMessage` − its planned second; "
            + "time to deliver all = the last receipt − that second. Each database had a warm-up round of "
            + "%,d runs first.", total, due, TASKS_PER_OWNER, due / TASKS_PER_OWNER, runThreads,
            Math.min(2_000, total - 2 * due)),
        "",
        "| Round | Delivered | Twice | Time to deliver all | Runs/s | p50 lag | p99 lag | max lag | 429s | CPU per run | Heap peak | Load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
    rounds.forEach(r -> lines.add(r.row()));
    lines.addAll(List.of(
        "",
        String.format("- **Roundup's own rate** (no limits, H2): %,.0f runs/s — goal ≥ 1,000 runs/s: %s.%s",
            h2.runsPerSecond(), rateMet ? "met" : "**not met**", rounds.size() > 2
                ? String.format(" On PostgreSQL: %,.0f runs/s.", rounds.get(1).runsPerSecond()) : ""),
        String.format("- **With Slack's limits modelled** (%s; the outbound queue keeps to the same): the "
            + "least time those limits allow for these %,d posts is %,.1f s (%,.1f posts/s at most; Roundup "
            + "posted %,.1f/s); %,d of them were delivered in %,.1f s "
            + "(%.1f%% over), %,d twice, %,d answered 429 and were sent again after Retry-After — goal "
            + "within 10%% of the minimum: %s.", model.describe(), paced.planned(),
            paced.modelMinimum().toMillis() / 1000.0,
            paced.planned() * 1000.0 / Math.max(1, paced.modelMinimum().toMillis()), paced.runsPerSecond(),
            paced.delivered(), paced.toDeliverAll().toMillis() / 1000.0,
            100.0 * (paced.toDeliverAll().toMillis() - paced.modelMinimum().toMillis())
                / Math.max(1, paced.modelMinimum().toMillis()), paced.twice(), paced.rateLimited(),
            pacedMet ? "met" : "**not met**"),
        "- " + startup,
        "",
        String.format("The firing claims the runs of all %,d tasks in a few statements (one per 500 tasks) and "
            + "reads their tasks with the claims; each run asks the privacy rule, queues its post, and once Slack "
            + "has it its outcome, counters and next run are written together with the other runs that ended "
            + "meanwhile (one commit for many; the next instant is shared by all, so its trigger is planned "
            + "once); each owner's App Home is refreshed at most once per 30 s of runs.", due)));
    BenchmarkReport.replaceSection("tasks", String.join("\n", lines));
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String ownerId(int n) {
    return String.format("UB%06d", n);
  }

  private static long heapAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }
}
