package dev.roundup.summarize;

import java.util.List;

/**
 * A structured summary. Every item carries the ts of the message(s) it came from so a reader can
 * check it.
 *
 * @param note     a caveat shown to the reader (e.g. "LLM unavailable — extractive summary"), or
 *                 null
 * @param language ISO 639-1 code of the conversation's language ("en", "de", "ja"): the section
 *                 labels are written in it ({@link Labels})
 */
public record Summary(
    String tldr,
    List<Point> highlights,
    List<Point> decisions,
    List<ActionItem> actionItems,
    List<Point> openQuestions,
    Stats stats,
    String note,
    String language) {

  /**
   * The receipt: the size of what was summarized and what was left out on the way.
   *
   * @param addressedToBot    messages that talked to Roundup (or read as instructions to an AI),
   *                          ignored as content
   * @param unsourcedDropped  items a model cited no message of the conversation for, dropped
   * @param ownersDropped     owners a model named who are not in the conversation, removed
   */
  public record Stats(int messages, int participants, int addressedToBot, int unsourcedDropped,
      int ownersDropped) {

    public Stats(int messages, int participants) {
      this(messages, participants, 0, 0, 0);
    }

    public Stats withAddressedToBot(int count) {
      return new Stats(messages, participants, count, unsourcedDropped, ownersDropped);
    }

    public Stats withDropped(int unsourced, int owners) {
      return new Stats(messages, participants, addressedToBot, unsourced, owners);
    }
  }

  public Summary {
    highlights = List.copyOf(highlights);
    decisions = List.copyOf(decisions);
    actionItems = List.copyOf(actionItems);
    openQuestions = List.copyOf(openQuestions);
    language = language == null || language.isBlank() ? "en" : language;
  }

  public Summary(String tldr, List<Point> highlights, List<Point> decisions,
      List<ActionItem> actionItems, List<Point> openQuestions, Stats stats, String note) {
    this(tldr, highlights, decisions, actionItems, openQuestions, stats, note, "en");
  }

  public static Summary empty(Stats stats) {
    return new Summary("", List.of(), List.of(), List.of(), List.of(), stats, null);
  }

  public Summary withNote(String newNote) {
    return new Summary(tldr, highlights, decisions, actionItems, openQuestions, stats, newNote,
        language);
  }

  /**
   * An earlier note (a channel's gap) followed by this summary's own (the model not used), as
   * one line for the reader; null when there is neither.
   */
  public String noteAfter(String earlier) {
    return note == null ? earlier : earlier == null ? note : earlier + "; " + note;
  }

  public Summary withStats(Stats newStats) {
    return new Summary(tldr, highlights, decisions, actionItems, openQuestions, newStats, note,
        language);
  }

  public Summary withLanguage(String code) {
    return new Summary(tldr, highlights, decisions, actionItems, openQuestions, stats, note, code);
  }

  /** The section labels and receipt words in the summary's language. */
  public Labels labels() {
    return Labels.of(language);
  }
}
