package dev.roundup.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything one eval run measured. A table is null when its dataset was not run.
 *
 * @param cpuTime             CPU time the process spent in the run, all threads
 * @param loadAverage         system load average at the end (other work slows the wall time)
 * @param limit               samples per table when the run was limited, 0 for full runs
 * @param summarizers         names of the Roundup summarizer rows, for the targets check
 * @param qmsumGeneral        QMSum "summarize the whole meeting" queries at the QMSum budget
 * @param qmsumGeneralUncut   the same queries, reference baselines as SOURCE.md defines them
 * @param qmsumSpecific       QMSum topic queries, topic passed as focus
 * @param dialogsum           DialogSum at the DialogSum budget
 * @param dialogsumUncut      DialogSum reference baselines as SOURCE.md defines them
 */
public record EvalRun(
    Instant started,
    Duration wallTime,
    Duration cpuTime,
    double loadAverage,
    int limit,
    List<String> summarizers,
    ResultTable qmsumGeneral,
    ResultTable qmsumGeneralUncut,
    ResultTable qmsumSpecific,
    ResultTable dialogsum,
    ResultTable dialogsumUncut) {

  public EvalRun {
    summarizers = List.copyOf(summarizers);
  }

  public boolean isLimited() {
    return limit > 0;
  }
}
