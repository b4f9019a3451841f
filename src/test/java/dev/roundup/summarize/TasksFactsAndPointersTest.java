package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What looks settled but is no decision of the thread: a task named or sent to a ticket of its
 * own ("それは別タスクだね", "we'll need someone to handle travel"), the answer to a question about
 * what someone else has or does ("do they forward or use the IMAP connector?" — "IMAP
 * connector"), an approval given to whoever a message points at ("<@george> ^ you're the data
 * owner"), and a yes that asks someone named to carry it out. Plans put to the group and agreed
 * to still decide.
 */
class TasksFactsAndPointersTest {

  @Test
  void a_task_named_or_sent_to_a_ticket_of_its_own_is_recognised_in_every_language() {
    assertThat(Cues.ENGLISH.namesATask("that's a separate task, can you list them?")).isTrue();
    assertThat(Cues.ENGLISH.namesATask("we'll need someone to handle travel for the speakers"))
        .isTrue();
    assertThat(Cues.GERMAN.namesATask("das ist eine eigene Aufgabe")).isTrue();
    assertThat(Cues.GERMAN.namesATask("wir brauchen noch jemanden für die Reisen")).isTrue();
    assertThat(Cues.FRENCH.namesATask("c'est une autre tâche")).isTrue();
    assertThat(Cues.FRENCH.namesATask("il faut quelqu'un pour gérer les voyages")).isTrue();
    assertThat(Cues.SPANISH.namesATask("eso es otra tarea")).isTrue();
    assertThat(Cues.SPANISH.namesATask("necesitamos a alguien que lleve los viajes")).isTrue();
    assertThat(Cues.PORTUGUESE.namesATask("isso é outra tarefa")).isTrue();
    assertThat(Cues.PORTUGUESE.namesATask("precisamos de alguém pra cuidar das viagens"))
        .isTrue();
    assertThat(Cues.JAPANESE.namesATask("それは別タスクだね。")).isTrue();
    assertThat(Cues.ENGLISH.namesATask("agreed, that's a timetabling system ticket")).isTrue();
    assertThat(Cues.GERMAN.namesATask("das ist ein Ticket fürs Facility-Team")).isTrue();
    assertThat(Cues.FRENCH.namesATask("c'est un ticket pour les services généraux")).isTrue();
    assertThat(Cues.SPANISH.namesATask("eso es un ticket para mantenimiento")).isTrue();
    assertThat(Cues.PORTUGUESE.namesATask("isso é um chamado pra manutenção")).isTrue();
  }

  @Test
  void a_plan_or_a_rule_names_no_task() {
    assertThat(Cues.ENGLISH.namesATask("we'll need two reviews on the infra repo")).isFalse();
    assertThat(Cues.ENGLISH.namesATask("that's a separate budget line, fine")).isFalse();
    assertThat(Cues.ENGLISH.namesATask("that's a ticket price of £12, fine")).isFalse();
    assertThat(Cues.GERMAN.namesATask("wir brauchen zwei Reviews")).isFalse();
    assertThat(Cues.FRENCH.namesATask("il faut deux relectures")).isFalse();
    assertThat(Cues.SPANISH.namesATask("necesitamos dos revisiones")).isFalse();
    assertThat(Cues.PORTUGUESE.namesATask("precisamos de duas revisões")).isFalse();
    assertThat(Cues.JAPANESE.namesATask("セキュリティ系は即時PRにしましょう")).isFalse();
  }

  @Test
  void a_task_named_and_taken_on_decides_nothing() {
    assertThat(decisions(
        "U1", "既存の古い依存、lodash 3系とかはどうする？",
        "U2", "それは別タスクだね。<@U1> 棚卸ししてもらえる？",
        "U1", "了解、来週までにリスト作ります"))
        .isEmpty();
    assertThat(decisions(
        "U1", "we'll need someone to handle travel for the speakers",
        "U2", "yeah"))
        .isEmpty();
  }

  @Test
  void the_answer_to_what_someone_else_has_or_does_decides_nothing() {
    assertThat(decisions(
        "U1", "customer says mail to their shared inbox stopped creating tickets",
        "U2", "do they forward or use the IMAP connector?",
        "U1", "IMAP connector"))
        .isEmpty();
    assertThat(decisions(
        "U1", "14 usuarios no pueden entrar desde esta mañana",
        "U2", "¿tienen SSO o usuario/contraseña?",
        "U1", "usuario/contraseña"))
        .isEmpty();
  }

  @Test
  void a_choice_put_to_whoever_leads_the_thread_and_answered_still_decides() {
    assertThat(decisions(
        "U2", "customer summit planning kickoff: date candidates May 20 or June 3, budget is 60k",
        "U1", "catering through the venue or external? external is cheaper but more work",
        "U2", "venue. not worth the hassle"))
        .hasSize(1);
  }

  @Test
  void an_approval_given_to_whoever_a_message_points_at_decides_nothing() {
    assertThat(decisions(
        "U1", "<@U2> could security add our role to the bucket policy?",
        "U2", "sure, can do today. need a data owner's approval though",
        "U1", "<@U3> ^ you're the data owner for dwh",
        "U3", "approved"))
        .isEmpty();
  }

  @Test
  void an_approval_of_a_proposal_still_decides() {
    assertThat(decisions(
        "U1", "proposal: we move the export alerts to #data-alerts",
        "U3", "approved"))
        .hasSize(1);
  }

  @Test
  void a_yes_that_asks_someone_named_to_carry_it_out_is_no_decision() {
    assertThat(decisions(
        "U1", "can we issue a credit for the difference?",
        "U2", "yes, the diff is $4,812.50. <@U3> you do credits right?",
        "U3", "yep, I'll issue it today"))
        .isEmpty();
    assertThat(decisions(
        "U1", "can we still deploy the marketing site?",
        "U2", "yes, marketing site is exempt"))
        .hasSize(1);
  }
}
