package dev.roundup.summarize;

import java.util.function.Function;

/**
 * Renders an {@link Answer} for a terminal: the answer, then each message it rests on (who said
 * it, its ts, the quote), then the receipt; the fixed words in the conversation's language.
 */
public final class AnswerText {

  private AnswerText() {}

  public static String render(Answer answer, Receipt receipt, Function<String, String> names) {
    StringBuilder out = new StringBuilder(SummaryText.named(answer.text(), names)).append('\n');
    if (answer.note() != null) {
      out.append("Note: ").append(answer.note()).append('\n');
    }
    if (!answer.quotes().isEmpty()) {
      out.append('\n').append(AnswerLabels.of(answer.language()).sources()).append('\n');
      for (Answer.Quote quote : answer.quotes()) {
        out.append("  - ").append(quote.user() == null ? "" : "@" + names.apply(quote.user()) + " ")
            .append('[').append(quote.ts()).append("] ")
            .append(SummaryText.named(quote.text(), names)).append('\n');
      }
    }
    if (receipt != null) {
      out.append('\n').append(receipt.line(Labels.of(answer.language()))).append('\n');
    }
    return out.toString();
  }
}
