package dev.roundup.schedule.corpus;

import java.util.Optional;

/** One row's outcome: why it is unsupported (if so), and Roundup's and natty's verdicts. */
public record ScoredRow(CorpusRow row, Optional<SupportRules.Rule> unsupported,
    RowJudge.Verdict roundup, RowJudge.Verdict natty) {

  public boolean supported() {
    return unsupported.isEmpty();
  }
}
