package dev.roundup.summarize;

import java.util.List;

/**
 * A structured summary. Every item carries the ts of the message(s) it came from so a reader can
 * check it.
 *
 * @param note a caveat shown to the reader (e.g. "LLM unavailable — extractive summary"), or null
 */
public record Summary(
    String tldr,
    List<Point> highlights,
    List<Point> decisions,
    List<ActionItem> actionItems,
    List<Point> openQuestions,
    Stats stats,
    String note) {

  /** Size of what was summarized. */
  public record Stats(int messages, int participants) {}

  public Summary {
    highlights = List.copyOf(highlights);
    decisions = List.copyOf(decisions);
    actionItems = List.copyOf(actionItems);
    openQuestions = List.copyOf(openQuestions);
  }

  public static Summary empty(Stats stats) {
    return new Summary("", List.of(), List.of(), List.of(), List.of(), stats, null);
  }

  public Summary withNote(String newNote) {
    return new Summary(tldr, highlights, decisions, actionItems, openQuestions, stats, newNote);
  }
}
