package dev.roundup.bench;

import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fire lag with many tasks: {@code TOTAL} active reminder tasks in an H2 file, {@code DUE} of them
 * due in the same minute — first all at the same second (everyone's "every day at 9am"), then
 * spread over the minute. Lag is measured from each task's planned time to the moment the Slack
 * emulator receives its {@code chat.postMessage}. Also: start-up time of Roundup with that many
 * tasks in the database, and heap in use after start-up.
 *
 * <p>Run: {@code mvn -o -q test-compile exec:java -Dexec.mainClass=dev.roundup.bench.TaskFireBenchmark
 * -Dexec.classpathScope=test [-Dexec.args="100000 5000 10"]} (total, due, Quartz threads); add
 * {@code -Dbench.h2Options=;CACHE_SIZE=262144} to give H2 a page cache that holds 100,000 tasks.
 */
public final class TaskFireBenchmark {

  private static final Pattern BENCH_ID = Pattern.compile("bench (\\d+)");
  private static final int TASKS_PER_OWNER = 20;

  private TaskFireBenchmark() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int due = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    // e.g. -Dbench.h2Options=;CACHE_SIZE=262144 (a page cache that holds the working set)
    String h2Options = System.getProperty("bench.h2Options", "");
    Path dir = Files.createTempDirectory("roundup-task-bench");
    String url = "jdbc:h2:file:" + dir.resolve("db")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" + h2Options;

    Workspace workspace = Workspace.sample();
    for (int owner = 0; owner < (total + TASKS_PER_OWNER - 1) / TASKS_PER_OWNER; owner++) {
      workspace.addUser(ownerId(owner), "bench" + owner, "Bench " + owner, "UTC", false);
    }
    try (SlackEmulator slack = SlackEmulator.start(workspace)) {
      long seedMillis = seed(url, total, threads);
      System.out.printf("seeded %,d tasks in %,d ms%n", total, seedMillis);

      Config config = new Config(
          new Config.Slack(workspace.botToken(), workspace.signingSecret(), null, slack.apiUrl()),
          new Config.Server("127.0.0.1", 0), new Config.Database(url, "sa", "", threads + 10),
          new Config.Work(4, 1000, Duration.ofHours(24)), LlmSettings.embedded(),
          new Config.Tasks(threads, false, Duration.ofMinutes(1), Integer.MAX_VALUE / 2, Duration.ofHours(1)));
      long startNanos = System.nanoTime();
      try (Roundup roundup = Roundup.start(config, Clock.systemUTC(),
          (c, o) -> Summary.empty(new Summary.Stats(c.size(), 0)))) {
        long startupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        long heapMiB = heapAfterGc();
        System.out.printf("start-up %,d ms, heap %,d MiB%n", startupMillis, heapMiB);

        Planner quartz = plan -> {
          roundup.tasks().repository().setNextRuns(plan);
          roundup.tasks().jobs().scheduleAll(plan);
        };
        // A fresh JVM runs its first thousand firings interpreted, several times slower; a server
        // that has been up for a while has compiled them. Warm up on other tasks, then measure.
        int warm = Math.min(2_000, total - 2 * due);
        Lags warmUp = round(slack, quartz, 2 * due + 1, warm, false, Instant.now().plusSeconds(3));
        System.out.println("warm-up: " + warmUp);
        Lags burst = round(slack, quartz, 1, due, false, nextMinute());
        System.out.println("same second: " + burst);
        Lags spread = Boolean.getBoolean("bench.burstOnly") ? new Lags(0, List.of())
            : round(slack, quartz, 1 + due, due, true, nextMinute());
        System.out.println("spread over the minute: " + spread);

        BenchmarkReport.replaceSection("tasks", String.join("\n",
            "## Recurring tasks: fire lag (`TaskFireBenchmark`)",
            "",
            BenchmarkReport.machine(),
            "",
            String.format("%,d active reminder tasks in H2 (file%s), %,d due in the same minute; Quartz JDBC "
                + "store on the same database, %d worker threads; lag = emulator receipt of "
                + "`chat.postMessage` − planned time. Measured after a warm-up round of %,d firings "
                + "(a fresh JVM fires its first thousand several times slower).",
                total, h2Options.isEmpty() ? "" : ", URL options `" + h2Options + "`", due, threads, warm),
            "",
            "| Case | Fired | p50 lag | p99 lag | max lag | Goal p99 < 2 s |",
            "|---|---:|---:|---:|---:|---|",
            burst.row("all due at the same second (9:00:00)"),
            spread.row("spread evenly over the minute"),
            "",
            String.format("Start-up of Roundup with %,d tasks in the database: %,d ms. Heap in use after "
                + "start-up (after GC): %,d MiB. Seeding (insert + Quartz triggers): %,d ms.",
                total, startupMillis, heapMiB, seedMillis),
            "",
            "Each firing reads the task, posts, records the run, updates the task and plans the next "
                + "run (one-shot trigger), and refreshes the owner's App Home in the background."));
      }
    }
  }

  /** Inserts the tasks and their (far-off) triggers with the app stopped. */
  private static long seed(String url, int total, int threads) {
    long t0 = System.nanoTime();
    Instant now = Instant.now();
    Schedule daily = ((Parsed) new ScheduleParser().parse("every day at 9am", ZoneOffset.UTC,
        ZonedDateTime.now(ZoneOffset.UTC))).schedule();
    Random random = new Random(42);
    try (Database db = Database.open(url, "sa", "", 4);
        QuartzScheduler scheduler = QuartzScheduler.open(db.dataSource(),
            new QuartzSettings(threads, false, false, Duration.ofMinutes(1)))) {
      JobKind quartz = scheduler.register(Tasks.JOB_KIND, firing -> { });
      TaskRepository repo = new TaskRepository(db.dataSource());
      List<Task> batch = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        Instant next = now.plus(1 + random.nextInt(30), ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String owner = ownerId(i / TASKS_PER_OWNER);
        batch.add(new Task(0, owner, "T0SANDBOX", ActionKind.REMIND, List.of("C0GENERAL"),
            "bench " + (i + 1), Destination.channel("C0GENERAL"), "every day at 9am", daily.spec(),
            ZoneOffset.UTC, now, false, 0, null, next, null, null));
        if (batch.size() == 2_000 || i == total - 1) {
          Map<Long, Instant> runs = new HashMap<>();
          repo.insertAll(batch).forEach(t -> runs.put(t.id(), t.nextRunAt()));
          quartz.scheduleAll(runs);
          batch.clear();
        }
      }
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
  }

  /** Makes tasks [firstId, firstId + count) due in the next whole minute and measures their lag. */
  private static Instant nextMinute() {
    return Instant.now().plus(Duration.ofSeconds(40)).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
  }

  /** Plans runs of tasks: their rows and their triggers. */
  @FunctionalInterface
  private interface Planner {
    void scheduleAll(Map<Long, Instant> plan);
  }

  private static Lags round(SlackEmulator slack, Planner quartz, int firstId, int count,
      boolean spread, Instant minute) {
    Map<Long, Instant> plan = new HashMap<>();
    for (int i = 0; i < count; i++) {
      long offset = spread ? 60_000L * i / count : 0;
      plan.put((long) firstId + i, minute.plusMillis(offset));
    }
    quartz.scheduleAll(plan);
    System.out.println("due from " + minute + (spread ? " over one minute" : " at once"));
    Instant deadline = minute.plus(Duration.ofMinutes(spread ? 5 : 10));
    Map<Long, Instant> received = new HashMap<>();
    long lastReport = 0;
    while (received.size() < count && Instant.now().isBefore(deadline)) {
      if (System.currentTimeMillis() - lastReport > 5_000) {
        lastReport = System.currentTimeMillis();
        System.out.println("  " + Instant.now() + " received " + received.size());
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
      for (ApiCall call : slack.calls("chat.postMessage")) {
        Matcher m = BENCH_ID.matcher(call.params().getOrDefault("text", ""));
        if (m.find() && plan.containsKey(Long.parseLong(m.group(1)))) {
          received.putIfAbsent(Long.parseLong(m.group(1)), call.at());
        }
      }
    }
    List<Long> lags = new ArrayList<>();
    received.forEach((id, at) -> lags.add(Duration.between(plan.get(id), at).toMillis()));
    return new Lags(count, lags);
  }

  private record Lags(int planned, List<Long> millis) {
    long pct(double p) {
      List<Long> sorted = millis.stream().sorted().toList();
      return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    String row(String label) {
      return String.format("| %s | %,d / %,d | %,d ms | %,d ms | %,d ms | %s |", label, millis.size(), planned,
          pct(0.50), pct(0.99), pct(1.0), millis.size() == planned && pct(0.99) < 2000 ? "met" : "**not met**");
    }

    @Override
    public String toString() {
      return String.format("%d/%d fired, p50 %d ms, p99 %d ms, max %d ms", millis.size(), planned,
          pct(0.5), pct(0.99), pct(1.0));
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
