package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan put as the conclusion by whoever leads the thread ("ok, we stay on the fallback
 * overnight", "parfait. On fait un point toutes les deux semaines") is a decision without anyone
 * agreeing, in every language; the same words from someone else, in the thread's first message,
 * as a need, a report, a deferral or with an objection right after are not.
 */
class ConcludingPlansTest {

  @Test
  void the_thread_lead_concluding_with_a_plan_decides_it() {
    assertThat(decisions(
        "U1", "SMS login codes failing since 09:40 for UK numbers.",
        "U2", "codes are arriving again on my test number",
        "U1", "ok, we stay on the fallback overnight and switch back tomorrow morning"))
        .singleElement().asString().contains("we stay on the fallback overnight");
    assertThat(decisions(
        "U1", "Checkout rollout is at 25% and Safari users can't enter an address.",
        "U2", "the address form bug is in the new component only",
        "U1", "then we pause the rollout entirely until the safari bug is fixed"))
        .singleElement().asString().startsWith("Then we pause the rollout");
  }

  @Test
  void the_thread_lead_concluding_decides_in_every_language() {
    assertThat(decisions(
        "U1", "Audit SOC 2 en mars, il faut s'organiser.",
        "U2", "un point régulier serait utile",
        "U1", "parfait. On fait un point toutes les deux semaines, le mardi, 30 min"))
        .singleElement().asString().startsWith("On fait un point");
    assertThat(decisions(
        "U1", "Die Leitung zu den Filialen Nord und Süd ist seit 8 Uhr tot.",
        "U2", "Der Provider sagt, frühestens morgen Mittag.",
        "U1", "Ok. Dann schalten wir die beiden Filialen auf LTE-Backup um, bis die Leitung steht."))
        .singleElement().asString().startsWith("Dann schalten wir");
    assertThat(decisions(
        "U1", "Hay que montar la rotación de guardias de fin de semana.",
        "U2", "turnos por día me parece mejor que por fin de semana completo",
        "U1", "vale, turnos por día. Arrancamos en junio con todo el equipo"))
        .anyMatch(d -> d.startsWith("Arrancamos en junio"));
    assertThat(decisions(
        "U1", "O contrato do Zendesk vence em fevereiro.",
        "U2", "o Freshdesk sai 30% mais barato",
        "U1", "beleza, então mantemos o Zendesk por mais um ano com 15 licenças"))
        .singleElement().asString().contains("mantemos o Zendesk");
  }

  @Test
  void the_same_words_from_someone_else_or_opening_the_thread_decide_nothing_alone() {
    assertThat(decisions(
        "U1", "SMS login codes failing since 09:40 for UK numbers.",
        "U2", "ok, we stay on the fallback overnight and switch back tomorrow morning"))
        .isEmpty();
    assertThat(decisions(
        "U1", "We keep promising beta access ad hoc and nobody knows who is in which beta.",
        "U2", "who keeps the list today?"))
        .isEmpty();
  }

  @Test
  void needs_reports_deferrals_and_objected_plans_are_no_conclusion() {
    assertThat(decisions(
        "U1", "Checkout rollout is at 25% and Safari users can't enter an address.",
        "U2", "the address form bug is in the new component only",
        "U1", "then we need to find out who owns the address component"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Checkout rollout is at 25% and Safari users can't enter an address.",
        "U2", "what did we do so far?",
        "U1", "so we rolled back the flag at 10:02 and paged the web team"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Checkout rollout is at 25% and Safari users can't enter an address.",
        "U2", "the address form bug is in the new component only",
        "U1", "ok, we pause the rollout for now, we'll see tomorrow"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Checkout rollout is at 25% and Safari users can't enter an address.",
        "U2", "the address form bug is in the new component only",
        "U1", "then we pause the rollout entirely until the safari bug is fixed",
        "U2", "no, that blocks the other browsers for no reason"))
        .isEmpty();
  }

  @Test
  void taking_the_plan_on_with_a_but_is_no_objection() {
    assertThat(decisions(
        "U1", "Kassen in Köln und Bonn hängen bei Kartenzahlung, seit ca. 11:15.",
        "U2", "Provider bestätigt Störung in der Region, ETA 14 Uhr",
        "U1", "Ok. Dann schalten wir die beiden Filialen auf LTE-Backup um, bis die Leitung steht.",
        "U2", "mach ich, brauch aber jemanden vor Ort der den Stick einsteckt"))
        .singleElement().asString().startsWith("Dann schalten wir");
  }

  @Test
  void a_plan_drawn_as_the_conclusion_may_come_from_anyone_in_the_thread() {
    assertThat(decisions(
        "U1", "Cliente dice que un usuario lector borró informes.",
        "U2", "lo reproduzco: la API no comprueba el rol. es un bug de seguridad",
        "U3", "entonces lo tratamos como incidente de seguridad, severidad alta."))
        .singleElement().asString().startsWith("Entonces lo tratamos");
    assertThat(decisions(
        "U1", "Customer imported a CSV and got 1,200 duplicate contacts.",
        "U2", "yes I'd call it a bug, header aliasing is in the importer spec",
        "U3", "then we clean it up for them for free, no services fee."))
        .singleElement().asString().startsWith("Then we clean it up");
    // Said by someone who neither leads nor concludes: a proposal waiting for agreement.
    assertThat(decisions(
        "U1", "Customer imported a CSV and got 1,200 duplicate contacts.",
        "U2", "we clean it up for them for free, no services fee."))
        .isEmpty();
  }

  @Test
  void a_conclusion_restated_right_after_is_one_decision() {
    assertThat(decisions(
        "U1", "Load test for Black Friday: staging has a tenth of the data.",
        "U2", "then we test against the prod-replica env instead, it has the full dataset",
        "U1", "prod-replica it is"))
        .hasSize(1);
  }

  @Test
  void a_short_plan_spelled_out_after_it_is_one_decision_and_its_author_settles_what_follows() {
    List<String> found = decisions(
        "U1", "Keller AG asks if they can rotate API keys without downtime.",
        "U2", "we don't support two active keys per integration, right?",
        "U3", "right, one key per integration",
        "U2", "ok let's prioritise it. two active keys, and the old one expires after a grace period",
        "U3", "how long a grace period? 24h? 7 days?",
        "U2", "7 days, we can make it configurable later if people ask");
    assertThat(found).contains(
        "Ok let's prioritise it. two active keys, and the old one expires after a grace period");
    assertThat(found).anyMatch(d -> d.startsWith("7 days"));
    // "ok let's discuss it" puts it off; nothing is spelled out as a plan.
    assertThat(decisions(
        "U1", "Keller AG asks if they can rotate API keys without downtime.",
        "U3", "right, one key per integration",
        "U2", "ok let's discuss it. two active keys would be nice"))
        .isEmpty();
  }
}
