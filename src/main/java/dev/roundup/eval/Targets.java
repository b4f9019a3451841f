package dev.roundup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quality bar for Roundup's embedded summarizer: QMSum whole-meeting R1 ≥ 22, DialogSum R1
 * (mean over references) ≥ 25, and ahead of TextRank and LEAD-3 on every ROUGE variant on both,
 * all at the dataset's budget.
 */
final class Targets {

  static final double QMSUM_R1 = 0.22;
  static final double DIALOGSUM_R1 = 0.25;
  private static final List<String> MUST_BEAT = List.of("TextRank-3", "LEAD-3");

  /** One checked target. */
  record Check(String target, boolean met, String measured) {}

  private Targets() {}

  static List<Check> check(EvalRun run, String summarizer) {
    List<Check> checks = new ArrayList<>();
    r1Check(checks, run.qmsumGeneral(), summarizer, "QMSum whole-meeting R1 ≥ 22", QMSUM_R1);
    r1Check(checks, run.dialogsum(), summarizer, "DialogSum R1 (mean over references) ≥ 25",
        DIALOGSUM_R1);
    beatCheck(checks, run.qmsumGeneral(), summarizer, "QMSum whole meeting");
    beatCheck(checks, run.dialogsum(), summarizer, "DialogSum");
    return checks;
  }

  private static void r1Check(List<Check> checks, ResultTable table, String summarizer,
      String target, double threshold) {
    Optional<SystemScore> row = table == null ? Optional.empty() : table.row(summarizer);
    row.ifPresent(r -> checks.add(new Check(target, r.meanOverReferences().rouge1() >= threshold,
        "R1 " + EvalReport.percent(r.meanOverReferences().rouge1()))));
  }

  private static void beatCheck(List<Check> checks, ResultTable table, String summarizer,
      String dataset) {
    if (table == null || table.row(summarizer).isEmpty()) {
      return;
    }
    RougeScore ours = table.row(summarizer).get().meanOverReferences();
    for (String rival : MUST_BEAT) {
      table.row(rival).ifPresent(r -> checks.add(new Check(
          dataset + ": ahead of " + rival + " on R1, R2 and RL",
          ours.beatsOnEveryVariant(r.meanOverReferences()),
          EvalReport.triple(ours) + " vs " + EvalReport.triple(r.meanOverReferences()))));
    }
  }
}
