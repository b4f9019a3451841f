package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question about how things will work from now on — who holds a role, what becomes of
 * something, what a thing gets or includes, how it is set, a limit — answered plainly by whoever
 * leads the thread is a decision, in every language. Questions that ask who does a task, how long
 * something takes or what is, and answers that hedge or put it off, are not.
 */
class RuleQuestionsTest {

  private static final String PRICING =
      "Pricing page relaunch: target is Jan 20. We need copy, design and the billing changes.";

  @Test
  void a_rule_question_answered_by_the_thread_lead_is_a_decision() {
    assertThat(decisions("U1", PRICING,
        "U2", "billing side: do we grandfather existing Pro customers at the old price?",
        "U1", "yes, grandfathered for 12 months"))
        .singleElement().asString().startsWith("Yes, grandfathered for 12 months");
    assertThat(decisions("U1", PRICING,
        "U2", "should the billing toggle default to annual or monthly?",
        "U1", "annual"))
        .singleElement().asString().startsWith("Annual");
    assertThat(decisions(
        "U1", "Platform is 11 people now. Proposal: split into Runtime and DX from Q1.",
        "U2", "who owns CI in that world?",
        "U1", "DX owns CI"))
        .contains("DX owns CI");
    assertThat(decisions(
        "U1", "Upgrading the main DB this quarter, straight to Postgres 16.",
        "U2", "does that include the reporting replica?",
        "U1", "yes, replica goes with it, same window"))
        .singleElement().asString().contains("replica goes with it");
    assertThat(decisions(
        "U1", "Keller AG wants to rotate API keys without downtime: two active keys per integration.",
        "U2", "how long a grace period? 24h? 7 days?",
        "U1", "7 days, we can make it configurable later"))
        .singleElement().asString().startsWith("7 days");
  }

  @Test
  void rule_questions_are_read_in_every_language() {
    assertThat(decisions(
        "U1", "Wir müssen klären, ob wir zwischen den Jahren deployen.",
        "U2", "Wer entscheidet, was ein Hotfix ist?",
        "U1", "Die Rufbereitschaft, in Absprache mit mir."))
        .singleElement().asString().startsWith("Die Rufbereitschaft");
    assertThat(decisions(
        "U1", "Precisamos escolher a data do treinamento de segurança: fica dia 17 de março.",
        "U3", "Eu reservo a sala grande, não tem problema nenhum.",
        "U2", "Vai ser presencial ou online?",
        "U1", "Híbrido, quem estiver remoto entra pela chamada."))
        .singleElement().asString().startsWith("Híbrido");
    assertThat(decisions(
        "U1", "Tenemos que montar el programa de betas.",
        "U2", "¿quién aprueba la entrada?",
        "U1", "el PM de cada funcionalidad, ventas solo propone"))
        .singleElement().asString().startsWith("El PM");
  }

  @Test
  void task_fact_and_duration_questions_or_hedged_answers_decide_nothing() {
    assertThat(decisions("U1", PRICING,
        "U2", "who's writing the copy?",
        "U1", "Tom, he has the brief"))
        .isEmpty();
    assertThat(decisions(
        "U1", "organic traffic down 70% since friday, noindex leaked into prod",
        "U2", "how long does google usually take to recrawl?",
        "U1", "about a week for most pages"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Users get every push notification twice since 1.14.",
        "U2", "how long?",
        "U1", "pr in 20 min"))
        .isEmpty();
    assertThat(decisions("U1", PRICING,
        "U2", "do we grandfather existing Pro customers at the old price?",
        "U1", "probably, but I need to check with finance"))
        .isEmpty();
  }
}
