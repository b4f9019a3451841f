package dev.roundup.bench;

import dev.roundup.jobs.JobKind;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.jobs.QuartzSettings;
import dev.roundup.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The ceiling under {@link TaskFireBenchmark}: how fast Quartz's JDBC store alone (H2 file, no Slack,
 * no task work) fires N one-shot triggers due at the same instant, with the handler planning each
 * item's next run as the task runner does, for a few thread counts.
 *
 * <p>Run: {@code mvn -o -q test-compile exec:java -Dexec.mainClass=dev.roundup.bench.QuartzFireBenchmark
 * -Dexec.classpathScope=test [-Dexec.args=2000]}.
 */
public final class QuartzFireBenchmark {

  private QuartzFireBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    // The first firings in a fresh JVM run interpreted code at a fraction of the speed: warm up first.
    run(n, true, 10);
    StringBuilder rows = new StringBuilder();
    for (int threads : new int[] {1, 10, 30}) {
      for (boolean replan : new boolean[] {false, true}) {
        double rate = run(n, replan, threads);
        rows.append(String.format("| %d | %s | %,.0f /s |%n", threads, replan ? "yes" : "no", rate));
      }
    }
    BenchmarkReport.replaceSection("tasks-quartz", String.join("\n",
        "## Quartz alone: fire rate on H2 (`QuartzFireBenchmark`)",
        "",
        BenchmarkReport.machine(),
        "",
        String.format("%,d one-shot triggers due at the same instant, JDBC store on an H2 file, handler "
            + "does nothing (or plans the next run). Rate = triggers / time from due to last fire, after one discarded warm-up round.", n),
        "",
        "| Quartz threads | Plans next run | Fire rate |",
        "|---:|---|---:|",
        rows.toString().strip()));
  }

  private static double run(int n, boolean replan, int threads) throws Exception {
    Path dir = Files.createTempDirectory("qprobe");
    try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", threads + 10);
        QuartzScheduler q = QuartzScheduler.open(db.dataSource(), new QuartzSettings(threads, false, false, Duration.ofMinutes(1)))) {
      Map<Long, Instant> fired = new ConcurrentHashMap<>();
      Instant later = Instant.now().plus(Duration.ofDays(1));
      JobKind[] kind = new JobKind[1];
      kind[0] = q.register("bench", f -> {
        fired.put(f.id(), Instant.now());
        if (replan) {
          kind[0].scheduleAt(f.id(), later);
        }
      });
      q.start();
      Instant at = Instant.now().plusSeconds(5);
      Map<Long, Instant> plan = new HashMap<>();
      for (long i = 1; i <= n; i++) {
        plan.put(i, at);
      }
      kind[0].scheduleAll(plan);
      while (fired.size() < n) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      }
      long last = fired.values().stream().mapToLong(Instant::toEpochMilli).max().getAsLong() - at.toEpochMilli();
      System.out.printf("n=%d replan=%s threads=%d: last fired %d ms after due (%.0f/s)%n", n, replan, threads, last, n * 1000.0 / last);
      return n * 1000.0 / last;
    }
  }
}
