package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whoever leads the thread settles an options question by naming the option alone after someone
 * else answered ("tote bags ou gourdes ?" — "gourdes, …" — "gourdes. budget max 800 €"); anyone
 * else naming it casts one more vote, and a report of doing it names no option. A summing-up
 * opened by an agreement word and a conclusion word ("ok donc remi les deux jours, hugo le 14",
 * "ok then: over 10MB we send a link") is the plan; one that only agrees, that goes on asking,
 * or that says again what was just decided adds nothing.
 */
class LeadsPicksAndSummingUpTest {

  @Test
  void the_lead_naming_an_option_settles_the_options_question() {
    assertThat(decisions(
        "U1", "Salon à Lyon les 14 et 15 mai. Il faut : visuels, démo, goodies",
        "U2", "goodies : tote bags ou gourdes ?",
        "U3", "gourdes, les tote bags personne ne les garde",
        "U1", "gourdes. budget max 800 €"))
        .singleElement().asString().contains("gourdes").contains("Gourdes");
    assertThat(decisions(
        "U1", "Offsite in May, two days. Still to sort out: venue, dinner, swag",
        "U2", "swag: hoodies or water bottles?",
        "U3", "bottles, nobody wears the hoodies",
        "U1", "bottles. budget 800 max"))
        .singleElement().asString().contains("hoodies or water bottles");
  }

  @Test
  void a_pick_from_someone_else_or_a_report_of_doing_it_settles_nothing() {
    assertThat(decisions(
        "U1", "Salon à Lyon les 14 et 15 mai. Il faut : visuels, démo, goodies",
        "U2", "goodies : tote bags ou gourdes ?",
        "U3", "gourdes, les tote bags personne ne les garde",
        "U4", "gourdes."))
        .isEmpty();
    assertThat(decisions(
        "U1", "Acme was charged twice, they want a refund for the duplicate",
        "U2", "confirmed, two charges 3 minutes apart",
        "U1", "ok to refund right away, or does that need finance sign-off?",
        "U3", "under 5k support can refund directly",
        "U1", "refunding now"))
        .noneMatch(d -> d.contains("efunding now"));
  }

  @Test
  void a_summing_up_by_agreement_and_conclusion_words_is_the_plan() {
    assertThat(decisions(
        "U1", "Salon à Lyon les 14 et 15 mai, planning de présence à faire",
        "U2", "je peux être là les deux jours",
        "U3", "moi le 14 seulement",
        "U1", "ok donc remi les deux jours, hugo le 14, moi le 15"))
        .anyMatch(d -> d.contains("remi les deux jours, hugo le 14"));
    assertThat(decisions(
        "U1", "the nightly report to Fjord bounced, 14MB attachment",
        "U2", "we can send it as a link instead",
        "U3", "link works for them",
        "U1", "ok then: over 10MB we send a link automatically. <@U2> can you make that change?"))
        .anyMatch(d -> d.contains("over 10MB we send a link"));
  }

  @Test
  void a_summing_up_that_agrees_asks_on_or_repeats_adds_nothing() {
    // Only agreeing.
    assertThat(decisions(
        "U1", "proposal: move the eng docs into the repos as markdown",
        "U2", "PMs read those docs too, they won't dig in github",
        "U1", "mkdocs publishes a site, they'd read it there",
        "U2", "ok then I'm fine with it"))
        .noneMatch(d -> d.contains("fine with it"));
    // Asking on: what it asks is still open.
    assertThat(decisions(
        "U1", "chaos game day before the freeze, who would join?",
        "U2", "me, but not the week of the 20th",
        "U1", "ok so week of the 27th. tue or wed?"))
        .isEmpty();
    assertThat(decisions(
        "U1", "Salon à Lyon en mai, qui vient ?",
        "U2", "moi, mais pas la semaine du 20",
        "U1", "ok donc la semaine du 27. mardi ou mercredi ?"))
        .isEmpty();
  }
}
