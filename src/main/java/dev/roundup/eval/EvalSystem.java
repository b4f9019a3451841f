package dev.roundup.eval;

/** Something that writes a summary for the harness to score: a baseline, the oracle or Roundup. */
public interface EvalSystem {

  /** Name shown in the report's tables. */
  String name();

  /**
   * The summary text. The harness tokenizes it and cuts it at the budget, so a system may return
   * more; ranked systems should put what matters most first. The budget is given for the oracle,
   * which optimises the text that survives the cut.
   */
  String summarize(EvalSample sample, TokenBudget budget);
}
