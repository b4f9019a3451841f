package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question put off to a later time stays open in every language; a hedged "for now, no"
 * answers; a question sent on to someone is answered when that person answers.
 */
class QuestionsPutOffOrSentOnTest {

  private static List<String> open(String... userTextPairs) {
    return OpenQuestionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)),
        Set.of()).stream().map(d -> d.value().text()).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Should we also switch the preview environments to spot instances?|Sounds good, but we'll look at that in January",
      "Sollen wir auch auf Spot-Instanzen wechseln? Könnte nochmal 60% sparen|Klingt gut, aber das schauen wir uns im Januar an",
      "On passe aussi les environnements de preview sur des instances spot ?|Bonne idée, mais on regarde ça en janvier",
      "¿Pasamos también los entornos de preview a instancias spot?|Suena bien, pero eso lo miramos en enero",
      "Mudamos também os ambientes de preview para instâncias spot?|Boa ideia, mas isso a gente vê em janeiro",
      "プレビュー環境もスポットインスタンスに切り替えますか？|いいですね、でもそれは来月の定例で決めましょう"})
  void a_question_put_off_to_a_later_time_stays_open(String question, String putOff) {
    assertThat(open("U1", question, "U2", putOff)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Et on garde une fenêtre d'urgence en semaine ?|On verra au besoin, pour l'instant non",
      "Do we keep an emergency window on weekdays?|We'll see if we need one, for now no",
      "¿Mantenemos una ventana de urgencia entre semana?|Ya veremos si hace falta, por ahora no",
      "Mantemos uma janela de emergência durante a semana?|Vamos ver se precisar, por enquanto não"})
  void a_hedged_no_for_now_answers(String question, String answer) {
    assertThat(open("U1", question, "U2", answer)).isEmpty();
  }

  @Test
  void a_question_sent_on_to_someone_is_answered_when_they_answer() {
    assertThat(open(
        "U1", "they also want SSO during the trial, is that possible? SSO is enterprise only",
        "U2", "no idea, ask <@U3> in solutions",
        "U3", "we can enable it on trials with a feature flag, I'll flip it once they send metadata"))
        .isEmpty();
  }

  @Test
  void a_question_sent_on_stays_open_when_the_one_asked_does_not_know_either() {
    assertThat(open(
        "U1", "they also want SSO during the trial, is that possible? SSO is enterprise only",
        "U2", "no idea, ask <@U3> in solutions",
        "U3", "no idea either, sorry")).hasSize(1);
  }
}
