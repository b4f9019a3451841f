package dev.roundup.tasks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operator watches at 9:00, from the task side: how late runs start (start − due, a
 * histogram), how runs end, and how many runs share each commit of their records.
 */
final class TaskMetrics {

  /** The outcome of a run Roundup stopped before it posted (its claim was released). */
  static final String HANDED_BACK = "handed_back";

  private final Timer lag;
  private final Map<String, Counter> runs = new HashMap<>();
  private final DistributionSummary recordBatches;

  TaskMetrics(MeterRegistry registry) {
    for (String outcome : List.of(TaskRun.OK, TaskRun.FAILED, TaskRun.REFUSED, HANDED_BACK)) {
      runs.put(outcome, Counter.builder("roundup_task_runs")
          .description("Task runs by how they ended (ok, failed, refused, handed_back)")
          .tag("outcome", outcome).register(registry));
    }
    this.lag = Timer.builder("roundup_task_lag")
        .description("How late a scheduled task run started: its start minus the time it was due")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofHours(1))
        .register(registry);
    this.recordBatches = DistributionSummary.builder("roundup_task_run_records_per_commit")
        .description("Scheduled task runs recorded together in one transaction")
        .register(registry);
  }

  /** A scheduled run started {@code late} after it was due (zero when on time or early). */
  void started(Duration late) {
    lag.record(late.isNegative() ? Duration.ZERO : late);
  }

  /** A run ended: {@link TaskRun#OK}, {@link TaskRun#FAILED}, {@link TaskRun#REFUSED} or handed back. */
  void ended(String outcome) {
    runs.get(outcome).increment();
  }

  void recordedTogether(int runs) {
    recordBatches.record(runs);
  }
}
