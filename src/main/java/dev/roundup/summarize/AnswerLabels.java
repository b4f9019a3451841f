package dev.roundup.summarize;

import java.util.Map;

/**
 * The words around an answer, in the conversation's language: what "not found" says, and the
 * heading over the messages it rests on. A reader asking about a French thread gets "Je n'ai pas
 * trouvé cela dans ce fil." and, from {@link Labels}, a French receipt; a language without a
 * table here gets English. (The answer itself quotes and extracts, so it is in the thread's
 * language already.)
 *
 * @param notFound       nothing answers, in a conversation read from a file
 * @param notFoundThread nothing answers, in a thread
 * @param notFoundIn     nothing answers, in what was read ({@code %s}: "&lt;#C1&gt; (last 7 days)")
 * @param basedOn        the heading over the messages quoted in Slack
 * @param sources        the heading over them on a terminal
 * @param lastDays       the window read when the asker named none ({@code %d}: its days)
 */
public record AnswerLabels(String notFound, String notFoundThread, String notFoundIn,
    String basedOn, String sources, String lastDays) {

  public static final AnswerLabels ENGLISH = new AnswerLabels(Answerer.NOT_FOUND,
      "I couldn't find that in this thread.", "I couldn't find that in %s.", "Based on",
      "Sources", "last %d days");

  private static final Map<String, AnswerLabels> BY_LANGUAGE = Map.of(
      "en", ENGLISH,
      "de", new AnswerLabels("Dazu habe ich in diesem Gespräch nichts gefunden.",
          "Dazu habe ich in diesem Thread nichts gefunden.", "Dazu habe ich in %s nichts gefunden.",
          "Grundlage", "Quellen", "letzte %d Tage"),
      "fr", new AnswerLabels("Je n'ai pas trouvé cela dans cette conversation.",
          "Je n'ai pas trouvé cela dans ce fil.", "Je n'ai pas trouvé cela dans %s.", "D'après",
          "Sources", "%d derniers jours"),
      "es", new AnswerLabels("No encontré eso en esta conversación.",
          "No encontré eso en este hilo.", "No encontré eso en %s.", "Según", "Fuentes",
          "últimos %d días"),
      "pt", new AnswerLabels("Não encontrei isso nesta conversa.",
          "Não encontrei isso nesta thread.", "Não encontrei isso em %s.", "Com base em",
          "Fontes", "últimos %d dias"),
      "ja", new AnswerLabels("この会話には見つかりませんでした。",
          "このスレッドには見つかりませんでした。", "%sには見つかりませんでした。", "根拠", "出典", "過去%d日間"));

  /** The words for an ISO 639-1 code; English for any other. */
  public static AnswerLabels of(String language) {
    return BY_LANGUAGE.getOrDefault(language == null ? "en" : language, ENGLISH);
  }
}
