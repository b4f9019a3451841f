package dev.roundup.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one eval run does: loads the requested test sets and scores the reference systems and
 * Roundup's summarizer(s) on them, at the dataset's budget and, for calibration against
 * SOURCE.md, the reference baselines uncut.
 */
public final class EvalSuite {

  /** QMSum budget: the mean length of a whole-meeting reference (111 tokens on the test set). */
  public static final TokenBudget QMSUM_BUDGET = new TokenBudget(110);

  /**
   * DialogSum budget: about three opening turns (LEAD-3 averages 39 tokens), so LEAD-3 stays close
   * to its SOURCE.md definition; references are one sentence (19 tokens).
   */
  public static final TokenBudget DIALOGSUM_BUDGET = new TokenBudget(40);

  /** Turns the extractive baselines pick, and the oracle's cap, as SOURCE.md defines them. */
  static final int TURNS = 3;
  static final int ORACLE_TURNS = 4;

  private final List<EvalSystem> summarizers;
  private final Evaluation evaluation;

  /**
   * @param summarizers Roundup's summarizer(s) to put beside the baselines; may be empty
   * @param parallelism worker threads for scoring
   */
  public EvalSuite(List<? extends EvalSystem> summarizers, int parallelism) {
    this.summarizers = List.copyOf(summarizers);
    this.evaluation = new Evaluation(parallelism);
  }

  /**
   * Runs the given datasets found under {@code dataDir}; a dataset whose file is absent is
   * skipped (its tables are null).
   *
   * @param limit first N samples of each table, or 0 for all
   */
  public EvalRun run(Path dataDir, Set<Dataset> datasets, int limit) throws IOException {
    Instant started = Instant.now();
    long start = System.nanoTime();
    Duration cpuStart = cpuTime();
    ResultTable general = null;
    ResultTable generalUncut = null;
    ResultTable specific = null;
    if (datasets.contains(Dataset.QMSUM) && Dataset.QMSUM.isPresent(dataDir)) {
      QmsumLoader.Queries queries = QmsumLoader.load(Dataset.QMSUM.file(dataDir));
      general = evaluation.run("QMSum — whole meeting (general queries)",
          first(queries.general(), limit), budgeted(), QMSUM_BUDGET);
      generalUncut = evaluation.run("QMSum — whole meeting, reference baselines uncut",
          first(queries.general(), limit), uncut(false), TokenBudget.UNLIMITED);
      specific = evaluation.run("QMSum — topic queries (topic passed as focus)",
          first(queries.specific(), limit), budgeted(), QMSUM_BUDGET);
    }
    ResultTable dialogs = null;
    ResultTable dialogsUncut = null;
    if (datasets.contains(Dataset.DIALOGSUM) && Dataset.DIALOGSUM.isPresent(dataDir)) {
      List<EvalSample> samples = first(DialogsumLoader.load(Dataset.DIALOGSUM.file(dataDir)), limit);
      dialogs = evaluation.run("DialogSum — test dialogues", samples, budgeted(), DIALOGSUM_BUDGET);
      dialogsUncut = evaluation.run("DialogSum — reference baselines uncut", samples, uncut(true),
          TokenBudget.UNLIMITED);
    }
    return new EvalRun(started, Duration.ofNanos(System.nanoTime() - start),
        cpuTime().minus(cpuStart),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), limit,
        summarizers.stream().map(EvalSystem::name).toList(),
        general, generalUncut, specific, dialogs, dialogsUncut);
  }

  private List<EvalSystem> budgeted() {
    List<EvalSystem> systems = new ArrayList<>(List.of(
        new PerConversation(new LeadTurns(TURNS)),
        new PerConversation(new LongestTurns(TURNS)),
        new PerConversation(new TextRank(TURNS))));
    systems.addAll(summarizers);
    systems.add(new GreedyOracle(ORACLE_TURNS));
    return systems;
  }

  /**
   * The baselines SOURCE.md reports, defined by whole turns (DialogSum's list includes LEAD-2),
   * plus TextRank-3 uncut, which qmsum/SOURCE.md expects near 16–17 R1.
   */
  private static List<EvalSystem> uncut(boolean withLead2) {
    List<EvalSystem> systems = new ArrayList<>();
    if (withLead2) {
      systems.add(new LeadTurns(2));
    }
    systems.addAll(List.of(new LeadTurns(TURNS), new LongestTurns(TURNS), new TextRank(TURNS),
        new GreedyOracle(ORACLE_TURNS)));
    return systems;
  }

  private static Duration cpuTime() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private static <T> List<T> first(List<T> items, int limit) {
    return limit > 0 && limit < items.size() ? items.subList(0, limit) : items;
  }
}
