package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.ConversationModel.Act;
import org.junit.jupiter.api.Test;

class ConversationModelTest {

  private static ConversationModel model(String... userTextPairs) {
    return new PreparedConversation(Threads.chat(userTextPairs)).model();
  }

  @Test
  void a_reply_answers_the_message_of_the_person_it_mentions() {
    ConversationModel m = model(
        "UA", "the staging certificate expires on friday",
        "UB", "the billing export is slow again today",
        "UC", "<@UA> I can renew it tomorrow morning");
    assertThat(m.respondsTo(2)).isEqualTo(0);
  }

  @Test
  void a_reply_answers_the_recent_message_it_shares_a_subject_with() {
    ConversationModel m = model(
        "UA", "the staging certificate expires on friday",
        "UB", "the billing export is slow again today",
        "UC", "renewing the certificate takes five minutes");
    assertThat(m.respondsTo(2)).isEqualTo(0);
  }

  @Test
  void a_bare_agreement_answers_what_was_just_said_whatever_word_it_shares() {
    ConversationModel m = model(
        "UA", "with remote caching CI should be fine",
        "UB", "ok, let's go ahead with the monorepo",
        "UC", "fine by me");
    assertThat(m.respondsTo(2)).isEqualTo(1);
    assertThat(m.act(2)).isEqualTo(Act.AGREEMENT);
  }

  @Test
  void the_first_message_and_a_speaker_continuing_answer_nobody() {
    ConversationModel m = model(
        "UA", "the staging certificate expires on friday",
        "UA", "and the billing export is slow again");
    assertThat(m.respondsTo(0)).isEqualTo(-1);
    assertThat(m.respondsTo(1)).isEqualTo(-1);
  }

  @Test
  void a_message_is_read_for_what_it_does() {
    ConversationModel m = model(
        "UA", "De acuerdo. ¿Quién se encarga de la migración del servidor?",
        "UB", "¿Quieres que yo haga la migración del servidor?",
        "UA", "No, mejor la hace Lucía el lunes.",
        "UB", "El pr está listo, necesito una revisión del código.",
        "UA", "Lo vemos en el postmortem de la semana que viene.");
    assertThat(m.act(0)).isEqualTo(Act.WHO_QUESTION);
    assertThat(m.act(1)).isEqualTo(Act.OFFER);
    assertThat(m.act(2)).isEqualTo(Act.REFUSAL);
    assertThat(m.act(3)).isEqualTo(Act.STATUS);
    assertThat(m.act(4)).isEqualTo(Act.DEFERRAL);
  }

  @Test
  void a_yes_that_opens_with_no_refuses_nothing_and_a_plain_no_still_does() {
    assertYesAndNo("<@UB> can you rotate the staging keys today?", "no problem, on it",
        "<@UC> can you cover the night shift?", "no, not this week, I'm away");
    assertYesAndNo("<@UB> can you take the vendor call?", "no worries, I'll dial in",
        "<@UC> can you cover the night shift?", "nope, I'm off");
    assertYesAndNo("<@UB> ¿puedes revisar el contrato hoy?", "no hay problema, lo miro ahora",
        "<@UC> ¿y tú la factura?", "no, hoy no llego");
    assertYesAndNo("<@UB> você consegue revisar o contrato hoje?", "não tem problema, vejo agora",
        "<@UC> e você a fatura?", "não, hoje não dá");
  }

  /** The first request answered with a yes that opens with no, the second with a plain no. */
  private static void assertYesAndNo(String ask, String yes, String askAgain, String no) {
    ConversationModel m = model("UA", ask, "UB", yes, "UA", askAgain, "UC", no);
    assertThat(m.act(1)).as(yes).isNotEqualTo(Act.REFUSAL);
    assertThat(m.act(3)).as(no).isEqualTo(Act.REFUSAL);
  }

  @Test
  void a_status_report_answered_approved_is_no_decision() {
    assertThat(DecisionDetector.detect(new PreparedConversation(Threads.chat(
        "UE", "pr's up: #4412, need a reviewer",
        "UJ", "looking",
        "UJ", "approved")))).isEmpty();
  }
}
