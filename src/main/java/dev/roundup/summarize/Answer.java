package dev.roundup.summarize;

import java.util.List;

/**
 * An answer to a question about a conversation, and what it rests on: the messages it quotes.
 * When nothing in the conversation answers, {@code found} is false and there are no quotes; an
 * answer never cites a message it was not given.
 *
 * @param text   one or two sentences; when not found, the sentence saying so
 * @param found  whether the conversation holds an answer
 * @param quotes the messages the answer rests on, best first
 * @param stats  the size of what was searched and what was set aside (messages addressed to the
 *               bot, which are never searched)
 * @param note   a caveat for the reader ("LLM unavailable — extractive answer"), or null
 * @param language the conversation's language (ISO 639-1): the receipt, the "not found" sentence
 *               and the headings around the answer are written in it ({@link AnswerLabels})
 */
public record Answer(String text, boolean found, List<Quote> quotes, Summary.Stats stats,
    String note, String language) {

  /** A message an answer rests on, quoted briefly. */
  public record Quote(String ts, String user, String text) {}

  public Answer {
    quotes = found ? List.copyOf(quotes) : List.of();
    language = language == null ? "en" : language;
  }

  /** An answer about an English conversation, or one whose language is not known. */
  public Answer(String text, boolean found, List<Quote> quotes, Summary.Stats stats, String note) {
    this(text, found, quotes, stats, note, "en");
  }

  public static Answer notFound(String sentence, Summary.Stats stats) {
    return new Answer(sentence, false, List.of(), stats, null);
  }

  /** Not found in a conversation in this language: said in it. */
  public static Answer notFoundIn(String language, Summary.Stats stats) {
    return new Answer(AnswerLabels.of(language).notFound(), false, List.of(), stats, null,
        language);
  }

  /** The ts of every message quoted, best first. */
  public List<String> sources() {
    return quotes.stream().map(Quote::ts).toList();
  }

  public Answer withNote(String newNote) {
    return new Answer(text, found, quotes, stats, newNote, language);
  }
}
