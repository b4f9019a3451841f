package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The open-question rule in each language the summarizer reads: a reply that does not know or
 * sends the question on keeps it open (and names who was asked, in the conversation's language),
 * while a real answer, a plain "no", and an offer of more help after an answer close it.
 */
class OpenQuestionsInEveryLanguageTest {

  /**
   * One language's wording.
   *
   * @param question    a question about who does something
   * @param noIdea      a reply that does not know
   * @param redirect    a reply that sends the question on, naming {@code asked}
   * @param asked       what the open question shows after the label: who was asked
   * @param answer      a reply that answers {@code question}
   * @param yesNo       a yes/no question
   * @param no          a reply answering it with no and a reason
   * @param moreHelp    an offer of more help, said after an answer
   */
  record Wording(String language, String question, String noIdea, String redirect, String asked,
      String answer, String yesNo, String no, String moreHelp) {
    @Override
    public String toString() {
      return language;
    }
  }

  static Stream<Wording> languages() {
    return Stream.of(
        new Wording("en", "Who owns the migration of the billing dashboard?",
            "no idea tbh, nobody picked that up yet", "not sure, maybe ask Dana in pricing",
            "Dana", "Omar owns it, he started on it last week.",
            "Do we still support the old export API?", "No, it was switched off in March.",
            "ask me if you need more"),
        new Wording("de", "Wer hat den Schlüssel für den Serverraum im dritten Stock?",
            "Keine Ahnung, den hat noch niemand abgeholt.",
            "Gute Frage, fragen wir bei Petra nach.", "Petra",
            "Den hat Jonas, er hat ihn letzte Woche abgeholt.",
            "Gibt es die alte Export-Schnittstelle noch?",
            "Nein, die wurde im März abgeschaltet.", "Frag mich, wenn du mehr brauchst."),
        new Wording("fr", "Qui s'occupe de la migration du tableau de bord de facturation ?",
            "Aucune idée, personne ne s'en est encore occupé pour le moment.",
            "Aucune idée, faudrait demander à la compta.", "la compta",
            "C'est Paul, il a commencé la semaine dernière.",
            "Est-ce qu'on garde l'ancienne API d'export ?", "Non, elle a été coupée en mars.",
            "Demande-moi si tu as besoin de plus."),
        new Wording("es", "¿Quién se encarga de la migración del panel de facturación?",
            "Ni idea, nadie lo ha cogido todavía.", "Ni idea, eso hay que preguntarle a Marta, que es la que lo sabe.",
            "Marta", "Lo lleva Jorge, empezó con ello la semana pasada.",
            "¿Tenemos todavía la API de exportación antigua?", "No, la apagamos en marzo.",
            "Pregúntame si necesitas algo más."),
        new Wording("pt", "Quem cuida da migração do painel de cobrança?",
            "Não sei, ninguém pegou isso ainda.",
            "Não faço ideia, tem que perguntar ao financeiro.", "financeiro",
            "É o Rui, ele começou na semana passada.",
            "Temos ainda a API de exportação antiga?", "Não, desligamos em março.",
            "Me pergunta se precisar de mais alguma coisa."),
        new Wording("ja", "請求ダッシュボードの移行は誰が担当していますか？",
            "うーん、わかりません。まだ誰も手を付けていないです。",
            "わかりません、経理に確認してください。", "経理",
            "佐藤さんが担当しています。先週から始めました。",
            "古いエクスポートAPIはまだ使えますか？", "いいえ、3月に停止しました。",
            "他に必要なら聞いてください。"));
  }

  private static List<String> open(Wording w, String... userTextPairs) {
    PreparedConversation c = new PreparedConversation(Threads.chat(userTextPairs));
    assertThat(c.language()).as("language of %s", List.of(userTextPairs))
        .isEqualTo(w.language());
    return OpenQuestionDetector.detect(c, Set.of()).stream().map(d -> d.value().text()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void a_reply_that_does_not_know_keeps_the_question_open(Wording w) {
    assertThat(open(w, "U1", w.question(), "U2", w.noIdea()))
        .singleElement().asString().startsWith(w.question());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void a_redirect_keeps_the_question_open_and_names_who_was_asked(Wording w) {
    String asked = Labels.of(w.language()).asked();
    assertThat(open(w, "U1", w.question(), "U2", w.redirect()))
        .containsExactly(w.question() + " — " + asked + ": " + w.asked());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void a_real_answer_closes_the_question(Wording w) {
    assertThat(open(w, "U1", w.question(), "U2", w.answer())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void no_as_an_answer_closes_a_yes_no_question(Wording w) {
    assertThat(open(w, "U1", w.yesNo(), "U2", w.no())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void an_offer_of_more_help_after_the_answer_does_not_reopen_it(Wording w) {
    assertThat(open(w, "U1", w.question(), "U2", w.answer(), "U2", w.moreHelp())).isEmpty();
    assertThat(open(w, "U1", w.question(), "U2", w.answer() + " " + w.moreHelp())).isEmpty();
  }
}
