package dev.roundup.summarize;

/**
 * Tunables of {@link ExtractiveSummarizer}. The defaults were chosen on hand-written Slack threads
 * and checked against the ROUGE eval; change them only with the eval run beside you.
 *
 * @param mmrLambda           weight of salience against novelty when picking highlights (0..1)
 * @param speakerCoverage     bonus for a highlight from someone not yet quoted
 * @param positionWeight      extra weight of the opening messages (the thread parent)
 * @param replyWeight         extra weight of a thread parent by its reply count
 * @param fullLengthTerms     content words from which a sentence counts as complete
 * @param focusWeight         extra weight per focus word in a sentence
 * @param focusWindow         messages around a focus hit that define the focused topic
 * @param maxCandidates       best sentences considered by the redundancy step (bounds its cost)
 * @param maxDecisions        upper bound on listed decisions
 * @param maxActionItems      upper bound on listed action items
 * @param maxOpenQuestions    upper bound on listed open questions
 * @param tldrChars           upper bound on the TL;DR line
 */
public record SummarizerTuning(
    double mmrLambda,
    double speakerCoverage,
    double positionWeight,
    double replyWeight,
    int fullLengthTerms,
    double focusWeight,
    int focusWindow,
    int maxCandidates,
    int maxDecisions,
    int maxActionItems,
    int maxOpenQuestions,
    int tldrChars) {

  public static final SummarizerTuning DEFAULT =
      new SummarizerTuning(0.5, 0.05, 1.5, 0.3, 10, 2.0, 3, 300, 6, 10, 5, 200);

  public SummarizerTuning {
    if (mmrLambda < 0 || mmrLambda > 1) {
      throw new IllegalArgumentException("mmrLambda must be within 0..1");
    }
    if (fullLengthTerms < 1 || maxCandidates < 1 || tldrChars < 20) {
      throw new IllegalArgumentException("fullLengthTerms, maxCandidates and tldrChars too small");
    }
  }
}
