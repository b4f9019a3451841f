package dev.roundup.summarize;

import static dev.roundup.summarize.TestConversations.ts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An answer answers: a message that only asks (the very question, asked again and left open) is
 * never one, a sentence sharing only a name with "who …?" does not say who, and when nothing
 * answers the answer is "not found". The near misses beside each — the answer in the reply that
 * follows the question, an owner named — must still be found, in every language Roundup reads.
 */
class AnswersThatAnswerTest {

  private static final String MARIE = "U0MARIE";
  private static final String JON = "U0JON";
  private static final String ANA = "U0ANA";
  private static final Map<String, String> NAMES = Map.of(MARIE, "marie", JON, "jon", ANA, "ana");

  private final ExtractiveAnswerer answerer = new ExtractiveAnswerer();

  /** Top-level messages, one a minute, by (user, text) pairs. */
  private static Conversation channel(String... userThenText) {
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i * 2 < userThenText.length; i++) {
      messages.add(new Message(ts(i), null, userThenText[i * 2], userThenText[i * 2 + 1], 0));
    }
    return new Conversation("C0ENG", messages, NAMES);
  }

  /** A thread: the first pair is its parent, the others its replies. */
  private static Conversation thread(String... userThenText) {
    Conversation t = TestConversations.thread(userThenText);
    return new Conversation(t.channelId(), t.messages(), NAMES);
  }

  // English

  @Test
  void the_question_asked_again_and_left_open_is_not_the_answer() {
    Conversation c = channel(
        JON, "The release notes for 4.2 are in the wiki now.",
        MARIE, "Did anyone tell the customers?",
        ANA, "The staging deploy is green again after the cache fix.",
        JON, "Lunch at noon?");

    Answer answer = answerer.answer(c, "did anyone tell the customers?");

    assertThat(answer.found()).isFalse();
    assertThat(answer.sources()).isEmpty();
  }

  @Test
  void a_thread_opened_by_the_question_and_left_unanswered_lends_its_words_to_no_reply() {
    Conversation c = thread(
        MARIE, "Did anyone tell the customers?",
        JON, "The staging deploy is green again after the cache fix.",
        ANA, "Lunch at noon?");

    Answer answer = answerer.answer(c, "did anyone tell the customers?");

    assertThat(answer.found()).isFalse();
  }

  @Test
  void the_answer_in_the_reply_that_follows_the_question_is_found_not_the_question() {
    Conversation c = thread(
        MARIE, "Did anyone tell the customers?",
        JON, "Yes, I emailed all of them this morning with the new dates.",
        ANA, "The staging deploy is green again after the cache fix.");

    Answer answer = answerer.answer(c, "did anyone tell the customers?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(1));
    assertThat(answer.text()).contains("emailed all of them").doesNotContain("Did anyone tell");
  }

  @Test
  void an_answer_after_the_question_among_top_level_messages_is_found_too() {
    Conversation c = channel(
        MARIE, "Did anyone tell the customers?",
        JON, "Yes, I emailed all of them this morning with the new dates.",
        ANA, "The staging deploy is green again after the cache fix.");

    Answer answer = answerer.answer(c, "did anyone tell the customers?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).first().isEqualTo(ts(1));
  }

  @Test
  void an_answer_that_names_the_customers_itself_is_found_and_its_answering_sentence_leads() {
    Conversation c = channel(
        MARIE, "Did anyone tell the customers?",
        ANA, "Why do you ask? I told the customers on Monday, in the monthly call.");

    Answer answer = answerer.answer(c, "did anyone tell the customers?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.text()).contains("I told the customers on Monday").doesNotContain("Why do you ask");
  }

  @Test
  void who_is_not_answered_by_a_sentence_that_shares_only_a_name() {
    Conversation c = channel(
        JON, "Three customers still call the v1 API.",
        ANA, "The third one (Northwind) built a nightly job on v1.",
        MARIE, "We turn v1 off on March 31.");

    Answer answer = answerer.answer(c, "who owns telling Northwind?");

    assertThat(answer.found()).isFalse();
  }

  @Test
  void who_is_answered_by_the_person_who_took_it_on() {
    Conversation c = channel(
        JON, "Three customers still call the v1 API.",
        ANA, "The third one (Northwind) built a nightly job on v1.",
        MARIE, "I'll tell Northwind about the v1 shutdown on Monday.");

    Answer answer = answerer.answer(c, "who owns telling Northwind?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).contains(ts(2));
    assertThat(answer.text()).contains(MARIE);
  }

  @Test
  void who_is_answered_by_a_team_or_a_person_outside_the_conversation_named_as_owner() {
    Conversation c = channel(
        JON, "The status page is owned by the SRE team from now on.",
        ANA, "Lunch is at noon on Friday.",
        MARIE, "The on-call rota for December is owned by Priyanka.");

    Answer team = answerer.answer(c, "who owns the status page?");
    Answer person = answerer.answer(c, "who owns the on-call rota?");

    assertThat(team.found()).isTrue();
    assertThat(team.text()).contains("SRE team");
    assertThat(person.found()).isTrue();
    assertThat(person.text()).contains("Priyanka");
    // A question repeating its words is read as well.
    assertThat(answerer.answer(c, "who owns the status page, the page on the status of things?")
        .text()).contains("SRE team");
  }

  // German

  @Test
  void wer_ist_nicht_mit_der_offenen_frage_des_threads_beantwortet() {
    Conversation c = thread(
        MARIE, "Wer kümmert sich um die Übersetzung der Release Notes?",
        JON, "Der Build für die Version 4.2 ist übrigens wieder grün.",
        ANA, "Und das Staging läuft jetzt auch wieder stabil, danke an alle.");

    Answer answer = answerer.answer(c, "wer kümmert sich um die Übersetzung?");

    assertThat(answer.found()).isFalse();
    assertThat(answer.sources()).isEmpty();
  }

  @Test
  void wer_ist_mit_der_antwort_im_thread_beantwortet() {
    Conversation c = thread(
        MARIE, "Wer kümmert sich um die Übersetzung der Release Notes?",
        JON, "Ich mache das, bis Freitag ist sie fertig.",
        ANA, "Und das Staging läuft jetzt auch wieder stabil, danke an alle.");

    Answer answer = answerer.answer(c, "wer kümmert sich um die Übersetzung?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.sources()).contains(ts(1)).doesNotContain(ts(0));
    assertThat(answer.text()).contains(JON).doesNotContain("Wer kümmert");
  }

  // French, Spanish, Portuguese, Japanese: the question alone, then with its answer.

  @Test
  void the_question_alone_is_not_found_and_with_its_answer_it_is_in_every_language() {
    String[][] cases = {
        {"Qui s'occupe de la traduction des notes de version ?",
            "Le build de la version 4.2 est de nouveau vert.",
            "Je m'en occupe, ce sera prêt vendredi.", "qui s'occupe de la traduction ?"},
        {"¿Quién se encarga de la traducción de las notas de la versión?",
            "El build de la versión 4.2 vuelve a estar en verde.",
            "Yo me encargo, estará lista el viernes.", "¿quién se encarga de la traducción?"},
        {"Quem cuida da tradução das notas da versão?",
            "O build da versão 4.2 voltou a ficar verde.",
            "Eu cuido disso, fica pronta na sexta.", "quem cuida da tradução?"},
        {"リリースノートの翻訳は誰が担当しますか？",
            "4.2のビルドはまた緑になりました。",
            "私が担当します。金曜日までに終わらせます。", "翻訳は誰が担当しますか？"}};
    for (String[] c : cases) {
      Answer open = answerer.answer(thread(MARIE, c[0], JON, c[1]), c[3]);
      assertThat(open.found()).as("left open: " + c[0]).isFalse();

      Answer answered = answerer.answer(thread(MARIE, c[0], ANA, c[2], JON, c[1]), c[3]);
      assertThat(answered.found()).as("answered: " + c[0]).isTrue();
      assertThat(answered.sources()).as(c[0]).contains(ts(1)).doesNotContain(ts(0));
      assertThat(answered.text()).as(c[0]).doesNotContain(c[0]);
    }
  }
}
