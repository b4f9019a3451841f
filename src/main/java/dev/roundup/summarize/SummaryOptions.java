package dev.roundup.summarize;

/**
 * How to summarize.
 *
 * @param focus         words the reader cares about ("launches, risks"); matching content is
 *                      boosted. Null or blank for none.
 * @param maxHighlights upper bound on key points
 */
public record SummaryOptions(String focus, int maxHighlights) {

  public static final SummaryOptions DEFAULT = new SummaryOptions(null, 5);

  public static SummaryOptions focusedOn(String focus) {
    return new SummaryOptions(focus, DEFAULT.maxHighlights());
  }

  public boolean hasFocus() {
    return focus != null && !focus.isBlank();
  }
}
