package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A first reply answers a question only until the thread puts it off right after ("eh prob not
 * needed" — "park that, we revisit once the load test is in"); a suggestion thrown in with a
 * question mark ("also maybe a retest budget this time?") is no open question.
 */
class QuestionsPutOffAfterAFirstReplyTest {

  private static List<String> open(String... userTextPairs) {
    return OpenQuestionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)),
        Set.of()).stream().map(d -> d.value().text()).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "what about the CDN cache rules, do we prewarm?|eh prob not needed, we did it in 2023 and nothing changed|park that, we revisit once the load test results are in",
      "should we have an alert when the ETL runs longer than 3h?|probably, though we said that after the last one too|let's not decide thresholds here, putting it on thursday's ops sync",
      "do we add brownouts in june?|hmm, Stripe did that and people hated it|let me check with legal whether brownouts breach the SLA before we decide anything",
      "Sollen wir den CDN-Cache vorwärmen?|eher nicht, hat 2023 auch nichts gebracht|das parken wir, bis die Lasttest-Ergebnisse da sind",
      "Est-ce qu'on préchauffe le cache du CDN avant le pic ?|je pense pas que ce soit nécessaire, en 2023 ça n'a rien changé|on met ça de côté, on en reparle quand on aura les résultats du test de charge",
      "¿Precalentamos la caché del CDN?|no hace falta, en 2023 no cambió nada|lo aparcamos hasta tener los resultados de la prueba de carga",
      "A gente pré-aquece o cache da CDN?|acho que não precisa, em 2023 não mudou nada|coloco isso na pauta de quinta, depois do teste de carga",
      "CDNのキャッシュは事前に温めますか？|2023年はあまり効果がなかったです|負荷試験の結果が出るまで保留にしましょう"})
  void a_first_reply_the_thread_puts_off_right_after_leaves_the_question_open(String question,
      String firstReply, String putOff) {
    assertThat(open("U1", question, "U2", firstReply, "U3", putOff)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // The asker takes the answer first and then puts off something else.
      "how long does google usually take to recrawl after this?|depends, last time it took about a week|ok. we'll go over the release checklist at the retro, not deciding anything on that now",
      "who restarts the workers after the deploy?|Mia does, she has the runbook open|ok. let's not decide the retro format today"})
  void a_put_off_after_the_asker_took_the_answer_leaves_it_answered(String question,
      String answer, String later) {
    assertThat(open("U1", question, "U2", answer, "U1", later)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void a_put_off_of_a_later_subject_leaves_the_first_answered() {
    assertThat(open(
        "U1", "who restarts the workers after the deploy?",
        "U2", "Mia does, she has the runbook open",
        "U3", "next thing: the pricing page copy, marketing wants changes",
        "U1", "park that until Q2")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "also, maybe we should publish notes in-app at some point? no rush",
      "also maybe a retest budget this time? thinking out loud",
      "Vielleicht auch ein Budget für den Retest?",
      "Et peut-être un budget pour le retest ?",
      "¿Y quizás un presupuesto para el retest?",
      "E talvez um orçamento para o reteste?",
      "再テストの予算も取ってもいいかも？"})
  void a_suggestion_thrown_in_with_a_question_mark_is_no_open_question(String suggestion) {
    assertThat(open("U1", "the pentest is booked for February", "U2", suggestion)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "should we publish notes in-app at some point?",
      "Sollen wir die Notizen auch in der App zeigen?"})
  void the_same_idea_asked_plainly_and_left_unanswered_stays_open(String question) {
    assertThat(open("U1", "the release notes process is live", "U2", question)).hasSize(1);
  }
}
