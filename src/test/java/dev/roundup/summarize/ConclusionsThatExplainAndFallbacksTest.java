package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words that look like a conclusion or a rule and only explain or hedge: "ok so the referee used
 * the link from the first invite" (what happened), "ok so the model retrains nightly" (what a
 * thing does), "if anything we cut station 1" and "worst case we hand scan" (a fallback offered,
 * in every cue language), "ok. if anyone other than them saw it, it's probably a breach" (a guess
 * with an exception), and an answer to "also the camera - was it in alarm or did it just die?"
 * (a state asked). Near misses still decide: "ok so the april 12 model stays pinned until the calendar is loaded", a plan
 * said without the hedge, a rule with its exception, a choice asked after a lead-in.
 */
class ConclusionsThatExplainAndFallbacksTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ok so the referee used the link from the first invite. | referee
      ok so the model retrains nightly on the last 14 days. | retrains
      """)
  void a_summing_up_of_what_happened_or_what_a_thing_does_explains(String explanation,
      String word) {
    assertThat(decisions(
        "UA", "hi, merch says homepage recs have been weird since the long weekend. is this known?",
        "UB", "not known, looking. which surface?",
        "UA", "both, app worse",
        "UB", explanation,
        "UC", "classic"))
        .noneMatch(d -> d.contains(word));
  }

  @Test
  void a_summing_up_of_the_plan_still_concludes() {
    assertThat(decisions(
        "UA", "hi, merch says homepage recs have been weird since the long weekend. is this known?",
        "UB", "not known, looking. which surface?",
        "UA", "both, app worse",
        "UB", "the holiday calendar table was never loaded for this year, that's it",
        "UA", "ok so the april 12 model stays pinned until the calendar is loaded.",
        "UB", "👍"))
        .anyMatch(d -> d.contains("stays pinned"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | mile 2 nobody drinks at, and we're 30 volunteers short | if anything we cut station 1, mile 2 nobody drinks there | station 1
      en | the scanners might not be back by opening | worst case we hand scan the passes at the gate | hand scan
      de | Meile 2 trinkt keiner, und uns fehlen 30 Helfer | wenn überhaupt, streichen wir Station 1 | Station 1
      fr | au km 2 personne ne boit, et il nous manque 30 bénévoles | à la limite on supprime le poste 1 | poste 1
      es | en el km 2 no bebe nadie y nos faltan 30 voluntarios | si acaso quitamos el puesto 1 | puesto 1
      pt | no km 2 ninguém bebe e faltam 30 voluntários | na pior das hipóteses a gente corta o posto 1 | posto 1
      ja | 2キロ地点では誰も飲まないし、ボランティアが30人足りません | 最悪の場合、第1給水所をなくします | 第1給水所
      """)
  void a_fallback_offered_is_hedged(String language, String situation, String fallback,
      String words) {
    assertThat(decisions("UA", situation, "UB", fallback, "UC", "ok"))
        .noneMatch(d -> d.contains(words));
  }

  @Test
  void the_same_plan_without_the_hedge_decides() {
    assertThat(decisions(
        "UA", "mile 2 nobody drinks at, and we're 30 volunteers short. what do we drop?",
        "UB", "we cut station 1, mile 2 nobody drinks there",
        "UA", "ok, agreed"))
        .anyMatch(d -> d.contains("station 1"));
  }

  @Test
  void a_guess_with_an_exception_is_no_rule() {
    assertThat(decisions(
        "UA", "the partner export bucket was public for 3 weeks",
        "UB", "what's in the CSVs?",
        "UC", "names, emails, shipping addresses. no payment data",
        "UB", "ok that's personal data. if anyone other than Fielding accessed it we're probably looking at a notifiable breach"))
        .noneMatch(d -> d.contains("notifiable"));
  }

  @Test
  void a_rule_with_its_exception_agreed_still_decides() {
    assertThat(decisions(
        "UA", "who gets the new laptops this round?",
        "UB", "everyone on the backend team?",
        "UA", "yes, all of backend, except people who joined in the last 3 months"))
        .anyMatch(d -> d.contains("except"));
  }

  @Test
  void a_state_asked_after_a_lead_in_is_answered_by_a_fact() {
    assertThat(decisions(
        "UA", "fire on conveyor C4 is out, line stopped",
        "UB", "also the camera - was it in alarm before the fire or did it just die?",
        "UC", "it triggered, alarm log shows 13:48. that's how the crew got there so fast",
        "UA", "yep siren went and dave was on it in under a minute"))
        .noneMatch(d -> d.contains("13:48"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ok so the candidate we interviewed on tuesday gets the offer | candidate
      ok so the standup becomes async, posted daily by 10am in #team | async
      """)
  void a_summing_up_whose_verb_is_a_plan_still_concludes(String summingUp, String word) {
    assertThat(decisions("UA", "interviews are done and the standup survey is in",
        "UB", "both candidates were strong, and most want fewer meetings",
        "UA", summingUp, "UB", "great"))
        .anyMatch(d -> d.contains(word));
  }

  @Test
  void a_choice_still_to_make_after_the_thing_named_is_no_state_asked() {
    assertThat(decisions("UA", "launch prep",
        "UB", "launch date: is it monday or tuesday?",
        "UA", "tuesday, marketing needs monday for the emails",
        "UB", "ok"))
        .anyMatch(d -> d.contains("marketing needs monday"));
  }

  @Test
  void a_hedge_in_the_exception_leaves_the_rule_standing() {
    assertThat(decisions(
        "UA", "who gets the new laptops this round?",
        "UB", "everyone on the backend team?",
        "UA", "yes, all of backend, except new joiners, who should wait for the next batch"))
        .anyMatch(d -> d.contains("except new joiners"));
  }

  @Test
  void at_the_latest_is_no_fallback() {
    assertThat(decisions("UA", "リリース日を決めたいです",
        "UB", "最悪でも金曜にはリリースすることにします。",
        "UC", "了解です"))
        .anyMatch(d -> d.contains("金曜"));
  }
}
