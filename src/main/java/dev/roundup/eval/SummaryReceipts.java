package dev.roundup.eval;

import dev.roundup.summarize.Summary;
import java.util.List;
import java.util.Locale;

/**
 * What a row's summaries said of themselves over a run: how many came from the fallback rather
 * than the summarizer asked, and what validation dropped from a model's answers. An LLM row whose
 * model failed or answered something unusable is given the built-in summary with a note saying so;
 * counted here, it cannot score the built-in summarizer's output under the model's name unannounced.
 *
 * @param summaries        summaries made
 * @param fellBack         summaries carrying a fallback note
 * @param unsourcedDropped items dropped for citing no message of the conversation
 * @param ownersDropped    owners removed for not being in the conversation
 */
public record SummaryReceipts(int summaries, int fellBack, int unsourcedDropped,
    int ownersDropped) {

  public static final SummaryReceipts NONE = new SummaryReceipts(0, 0, 0, 0);

  public static SummaryReceipts of(List<Summary> summaries) {
    return summaries.stream().map(SummaryReceipts::of).reduce(NONE, SummaryReceipts::plus);
  }

  public static SummaryReceipts of(Summary summary) {
    // A summarizer's own summary has no note: the only note one writes is its fallback's.
    return new SummaryReceipts(1, summary.note() == null ? 0 : 1,
        summary.stats().unsourcedDropped(), summary.stats().ownersDropped());
  }

  public SummaryReceipts plus(SummaryReceipts other) {
    return new SummaryReceipts(summaries + other.summaries, fellBack + other.fellBack,
        unsourcedDropped + other.unsourcedDropped, ownersDropped + other.ownersDropped);
  }

  /**
   * One line for the report, e.g. "Roundup (LLM: openai/gpt-4o-mini): 333 summaries, 2 from the
   * fallback …".
   */
  public String line(String row) {
    return String.format(Locale.ROOT, "%s: %d summaries, %d from the fallback (a model that "
            + "failed or answered something unusable: those score the embedded summary); "
            + "validation dropped %d items that cited no message and %d owners who were not in "
            + "the conversation",
        row, summaries, fellBack, unsourcedDropped, ownersDropped);
  }
}
