package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What Roundup says around an answer is in the thread's language, like a summary's headings and
 * receipt: "not found", the heading over the messages quoted, and the receipt — whatever language
 * the question was asked in.
 */
class AnswersInTheThreadsLanguageTest {

  private final ExtractiveAnswerer answerer = new ExtractiveAnswerer();

  private static final Conversation FRENCH = TestConversations.thread(
      "U1", "Séminaire d'équipe : il faut choisir la ville et les dates. Lyon ou Bordeaux ?",
      "U2", "Lyon, c'est plus simple en train pour tout le monde.",
      "U1", "C'est décidé : on part à Lyon, du 15 au 17 mars.",
      "U2", "Je réserve l'hôtel cette semaine.");

  private static final Conversation GERMAN = TestConversations.thread(
      "U1", "Teamtreffen: wir müssen noch die Stadt und die Termine festlegen. Köln oder Berlin?",
      "U2", "Köln ist für alle mit dem Zug einfacher.",
      "U1", "Entschieden: wir fahren nach Köln, vom 15. bis 17. März.",
      "U2", "<@U2> bucht diese Woche das Hotel.");

  @Test
  void not_found_is_said_in_the_threads_language_whatever_the_question_is_asked_in() {
    for (String question : new String[] {"qui paie le dîner ?", "who is paying for the dinner?"}) {
      Answer answer = answerer.answer(FRENCH, question);

      assertThat(answer.found()).as(question).isFalse();
      assertThat(answer.text()).as(question)
          .isEqualTo("Je n'ai pas trouvé cela dans cette conversation.");
    }
    Answer german = answerer.answer(GERMAN, "wer bezahlt das Abendessen?");
    assertThat(german.found()).isFalse();
    assertThat(german.text()).isEqualTo("Dazu habe ich in diesem Gespräch nichts gefunden.");
  }

  @Test
  void the_receipt_and_headings_of_an_answer_are_in_the_threads_language() {
    Answer answer = answerer.answer(FRENCH, "qui réserve l'hôtel ?");
    String text = AnswerText.render(answer,
        Receipt.of(Receipt.THREAD, FRENCH).with(answer.stats()), id -> id);

    assertThat(answer.found()).isTrue();
    assertThat(text).contains("\nSources\n").contains("Fil lu: 4 messages")
        .doesNotContain("Read the thread");

    Answer german = answerer.answer(GERMAN, "wer bucht das Hotel?");
    assertThat(AnswerText.render(german, Receipt.of(Receipt.THREAD, GERMAN).with(german.stats()),
        id -> id)).contains("\nQuellen\n").contains("Thread gelesen").doesNotContain("Sources");
  }

  @Test
  void an_english_thread_keeps_its_english_words() {
    Conversation english = TestConversations.thread(
        "U1", "Team offsite: we still need to pick the city and the dates.",
        "U2", "I'll book the hotel this week.");

    Answer notFound = answerer.answer(english, "who is paying for the dinner?");
    assertThat(notFound.text()).isEqualTo(Answerer.NOT_FOUND);
    Answer found = answerer.answer(english, "who is booking the hotel?");
    assertThat(AnswerText.render(found, Receipt.of(Receipt.THREAD, english), id -> id))
        .contains("\nSources\n").contains("Read the thread: 2 messages");
  }
}
