package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Something put on the roadmap for a named period decides what gets built, even when the one
 * saying it takes the task of adding it ("I'll add per-org IP allowlisting to the Q3 roadmap",
 * "entra no roadmap do Q3"). A guess about the roadmap, a question about it, or a roadmap with no
 * period decides nothing; nor does "hm. good question" from whoever leads the thread.
 */
class RoadmapPlacementsTest {

  @Test
  void something_put_on_the_roadmap_for_a_period_is_decided() {
    assertThat(decisions(
        "U1", "Halvorsen asks if they can restrict API access to their own IP ranges",
        "U2", "not per customer today, only a global allowlist for the admin endpoints",
        "U3", "we've had 5 requests for this now. I'll add per-org IP allowlisting to the Q3 roadmap",
        "U2", "short term we could do it at the WAF. hacky but works"))
        .anyMatch(d -> d.contains("Q3 roadmap"));
    assertThat(decisions(
        "U1", "Halvorsen quer restringir o acesso à API às faixas de IP deles",
        "U2", "hoje não por cliente, só uma allowlist global",
        "U3", "já são 5 pedidos. a allowlist por organização entra no roadmap do Q3"))
        .anyMatch(d -> d.contains("roadmap do Q3"));
  }

  @Test
  void a_guess_a_question_or_no_period_decides_nothing() {
    assertThat(decisions(
        "U1", "customer asks for a bulk import API",
        "U2", "not yet, on the roadmap for Q2 I think"))
        .isEmpty();
    assertThat(decisions(
        "U1", "el cliente pide SSO por organización",
        "U2", "¿lo metemos en la hoja de ruta del Q3?"))
        .isEmpty();
    assertThat(decisions(
        "U1", "three customers asked for dark mode this week",
        "U2", "there was a seat-lock feature on the roadmap last year, it got cut"))
        .isEmpty();
  }

  @Test
  void a_good_question_from_the_lead_answers_nothing() {
    assertThat(decisions(
        "U1", "Halvorsen asks if they can restrict API access to their own IP ranges",
        "U1", "I'll add per-org IP allowlisting to the Q3 roadmap",
        "U2", "does this also need to cover the webhooks we send them?",
        "U1", "hm. good question"))
        .noneMatch(d -> d.contains("good question"));
  }
}
