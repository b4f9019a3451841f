package dev.roundup.bench;

import dev.roundup.jobs.FireHandler;
import dev.roundup.jobs.JobKind;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.jobs.QuartzSettings;
import dev.roundup.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;

/**
 * The ceiling under {@link TaskBurstBenchmark}: how fast the jobs adapter alone (H2 file, no Slack,
 * no task work) runs N items due at the same instant — one Quartz trigger, the items on the run
 * pool — with the handler planning each item's next instant as the task runner does, for a few
 * run-pool sizes.
 *
 * <p>Run: {@code mvn -o -q test-compile exec:java -Dexec.mainClass=dev.roundup.bench.QuartzFireBenchmark
 * -Dexec.classpathScope=test [-Dexec.args=20000]}.
 */
public final class QuartzFireBenchmark {

  private QuartzFireBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    // The first firings in a fresh JVM run interpreted code at a fraction of the speed: warm up first.
    run(n, true, 8);
    StringBuilder rows = new StringBuilder();
    for (int threads : new int[] {1, 8, 32}) {
      for (boolean replan : new boolean[] {false, true}) {
        double rate = run(n, replan, threads);
        rows.append(String.format("| %d | %s | %,.0f /s |%n", threads, replan ? "yes" : "no", rate));
      }
    }
    BenchmarkReport.replaceSection("tasks-quartz", String.join("\n",
        "## The jobs adapter alone: items per second from one instant (`QuartzFireBenchmark`)",
        "",
        BenchmarkReport.machine() + " " + BenchmarkReport.load(),
        "",
        String.format("%,d items due at the same instant: one Quartz trigger (JDBC store on an H2 file), "
            + "its items on the run pool; the handler does nothing (or plans the item's next instant, "
            + "which is the same for all). Rate = items / time from due to the last item run, after "
            + "one discarded warm-up round.", n),
        "",
        "| Run-pool threads | Plans next instant | Items per second |",
        "|---:|---|---:|",
        rows.toString().strip()));
  }

  private static double run(int n, boolean replan, int threads) throws Exception {
    Path dir = Files.createTempDirectory("qprobe");
    QuartzSettings settings = new QuartzSettings(2, threads, false, false, Duration.ofMinutes(1),
        QuartzSettings.DEFAULT_CHECKIN, QuartzSettings.SINGLE_NODE);
    try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", threads + 10);
        QuartzScheduler q = QuartzScheduler.open(db.dataSource(), settings)) {
      Map<Long, Instant> fired = new ConcurrentHashMap<>();
      Instant at = Instant.ofEpochMilli(Instant.now().plusSeconds(3).toEpochMilli());
      Instant later = at.plus(Duration.ofDays(1));
      List<Long> ids = LongStream.rangeClosed(1, n).boxed().toList();
      JobKind[] kind = new JobKind[1];
      kind[0] = q.register("bench", instant -> instant.equals(at) ? ids : List.of(), FireHandler.of(f -> {
        fired.put(f.id(), Instant.now());
        if (replan) {
          kind[0].scheduleAt(later);
        }
      }));
      q.start();
      kind[0].scheduleAt(at);
      while (fired.size() < n) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      }
      long last = Math.max(1, fired.values().stream().mapToLong(Instant::toEpochMilli).max().getAsLong()
          - at.toEpochMilli());
      System.out.printf("n=%d replan=%s threads=%d: last ran %d ms after due (%.0f/s)%n", n, replan,
          threads, last, n * 1000.0 / last);
      return n * 1000.0 / last;
    }
  }
}
