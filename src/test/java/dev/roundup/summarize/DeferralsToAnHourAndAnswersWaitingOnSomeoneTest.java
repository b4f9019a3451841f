package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three answers to "can we …?" / "should we …?" read for what they settle. Deciding put off to a
 * time of day ("not yet, decide at 09:30 when we know more") is a deferral; a yes made to wait on
 * someone still to ask ("not without checking with <@wei>") grants and refuses nothing, and the
 * answer of whoever is named does; and a no that says what holds instead ("Non, on garde les
 * présentations") is the decision on its own, citing the answer, never the proposal it turns
 * down, and shown as the answerer's. Beside each, the near miss it must leave alone.
 */
class DeferralsToAnHourAndAnswersWaitingOnSomeoneTest {

  @Test
  void deciding_at_a_time_of_day_is_a_deferral_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("not yet, decide at 09:30 when we know more")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's decide that by noon")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("noch nicht, entscheiden wir um 9:30, wenn wir mehr wissen"))
        .isTrue();
    assertThat(Cues.GERMAN.isDeferral("lass uns um 14 Uhr entscheiden")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("pas encore, on décide à 9h30 quand on en saura plus"))
        .isTrue();
    assertThat(Cues.SPANISH.isDeferral("todavía no, lo decidimos a las 9:30 cuando sepamos más"))
        .isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("ainda não, a gente decide às 9h30 quando souber mais"))
        .isTrue();
    assertThat(Cues.JAPANESE.isDeferral("まだです。9時半に決めましょう")).isTrue();
  }

  @Test
  void a_decision_taken_at_a_time_of_day_is_no_deferral() {
    assertThat(Cues.ENGLISH.isDeferral("we decided at 09:30 to cancel the sailing")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("the 10:30 runs, crew at the ramp at 10")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("wir haben um 9:30 entschieden, die Fähre zu streichen"))
        .isFalse();
    assertThat(Cues.FRENCH.isDeferral("on a décidé à 9h30 d'annuler la traversée")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("decidimos a las 9:30 cancelar la salida")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("decidimos às 9h30 cancelar a travessia")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("9時半に欠航を決めました")).isFalse();
  }

  @Test
  void a_question_put_off_to_a_time_of_day_decides_nothing() {
    assertThat(Threads.decisionPoints(
        "U1", "should we put the Puffin on double rotation for the rest of the day in case?",
        "U2", "not yet, decide at 09:30 when we know more",
        "U1", "ok")).isEmpty();
    assertThat(Threads.decisionPoints(
        "U1", "on met la navette en double rotation pour le reste de la journée ?",
        "U2", "pas encore, on décide à 9h30 quand on en saura plus",
        "U1", "ok")).isEmpty();
    // Near miss: the same question answered with a yes is a decision.
    assertThat(Threads.decisionPoints(
        "U1", "should we put the Puffin on double rotation for the rest of the day?",
        "U2", "yes, double rotation until the Kittiwake is back")).hasSize(1);
  }

  @Test
  void an_answer_held_back_until_something_is_seen_is_a_deferral() {
    assertThat(Cues.ENGLISH.isDeferral("let's not answer Finch until we've seen both")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we won't get back to them till monday")).isTrue();
    // A freeze or a rule with its condition is decided, not put off.
    assertThat(Cues.ENGLISH.isDeferral("no deploys until the fix is verified")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("don't sign anything until legal has read it")).isFalse();
    assertThat(Threads.decisionPoints(
        "U1", "fair. I'd want to see Finch's terms first",
        "U2", "I'll ask them for the full terms",
        "U1", "let's not answer Finch until we've seen both. I'll tell them we need 2 weeks",
        "U2", "ok")).isEmpty();
  }

  @Test
  void a_yes_waiting_on_someone_still_to_ask_in_every_language() {
    assertThat(Cues.ENGLISH.waitsOnSomeone("not without checking with <@U3>, exports hit the "
        + "replica hard")).isTrue();
    assertThat(Cues.ENGLISH.waitsOnSomeone("not before I've asked Dana")).isTrue();
    assertThat(Cues.GERMAN.waitsOnSomeone("nicht ohne Rücksprache mit <@U3>")).isTrue();
    assertThat(Cues.GERMAN.waitsOnSomeone("nicht ohne vorher Lena zu fragen")).isTrue();
    assertThat(Cues.FRENCH.waitsOnSomeone("pas sans voir avec Hélène à la compta")).isTrue();
    assertThat(Cues.SPANISH.waitsOnSomeone("no sin consultarlo con Marta")).isTrue();
    assertThat(Cues.PORTUGUESE.waitsOnSomeone("não sem falar com a Ana antes")).isTrue();
    assertThat(Cues.JAPANESE.waitsOnSomeone("田中さんに確認しないと無理です")).isTrue();
  }

  @Test
  void a_condition_naming_nobody_to_ask_is_not_waiting_on_someone() {
    assertThat(Cues.ENGLISH.waitsOnSomeone("not without a reason, they're at 450/min")).isFalse();
    assertThat(Cues.ENGLISH.waitsOnSomeone("no, I checked with Wei yesterday")).isFalse();
    assertThat(Cues.GERMAN.waitsOnSomeone("nicht ohne Grund, das Replikat ist am Limit")).isFalse();
    assertThat(Cues.FRENCH.waitsOnSomeone("pas sans raison, la salle est prise")).isFalse();
    assertThat(Cues.SPANISH.waitsOnSomeone("no sin motivo, la réplica va al 90%")).isFalse();
    assertThat(Cues.PORTUGUESE.waitsOnSomeone("não sem motivo, a réplica está a 90%")).isFalse();
    assertThat(Cues.JAPANESE.waitsOnSomeone("田中さんに確認しました")).isFalse();
  }

  @Test
  void the_answer_of_whoever_is_named_settles_what_waited_on_them() {
    List<Point> found = Threads.decisionPoints(
        "U1", "can we just raise it for them? they're renewing next month",
        "U2", "not without checking with <@U3>, exports hit the replica hard",
        "U3", "no raise. they get 120/min with backoff, or we talk about a dedicated slot");
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.sources()).containsExactly("1700000004.000100");
      assertThat(p.text()).startsWith("No raise");
    });
    assertThat(Threads.decisionPoints(
        "U1", "können wir das Limit für sie einfach anheben?",
        "U2", "nicht ohne Rücksprache mit <@U3>, die Exporte belasten das Replikat",
        "U1", "ok"))
        .isEmpty();
    // Near miss: an answer with no one left to ask refuses at once.
    assertThat(Threads.decisionPoints(
        "U1", "can we just raise it for them?",
        "U2", "no, they stay at 120/min with backoff"))
        .singleElement().satisfies(p -> assertThat(p.sources()).containsExactly(
            "1700000002.000100"));
  }

  @Test
  void a_no_saying_what_holds_instead_cites_the_answer_not_the_proposal() {
    assertThat(Threads.decisionPoints(
        "U1", "sans présentations les réalisateurs vont râler. on pourrait les limiter à 30 "
            + "secondes chacun ?",
        "U2", "Non, on garde les présentations, c'est notre marque."))
        .singleElement().satisfies(p -> {
          assertThat(p.sources()).containsExactly("1700000002.000100");
          assertThat(p.text()).startsWith("Non, on garde les présentations");
        });
    assertThat(Threads.decisionPoints(
        "U1", "could we cap the intros at 30 seconds each?",
        "U2", "No, we keep the intros as they are, they're our brand."))
        .singleElement().satisfies(p -> assertThat(p.sources())
            .containsExactly("1700000002.000100"));
    // Near miss: a yes grants what was asked; the decision is the question with its answer.
    assertThat(Threads.decisionPoints(
        "U1", "Can we still deploy the marketing site?",
        "U2", "Yes, marketing site is exempt"))
        .singleElement().satisfies(p -> assertThat(p.sources()).hasSize(2));
  }

  @Test
  void a_no_that_says_what_holds_instead_is_shown_as_the_answerers() {
    // The summary line names who said it: the one who refused, not the one whose proposal was
    // turned down (and no longer cited).
    assertThat(summaryDecisions(
        "UANNA", "wind is 30 knots gusting 40 on saturday. should we cancel saturday's races?",
        "UBEN", "could we move the races to sunday instead?",
        "UCARLA", "no, sunday is cadet day. saturday's races are cancelled",
        "UBEN", "ok"))
        .singleElement().satisfies(p -> {
          assertThat(p.text()).startsWith("<@UCARLA>: ");
          // The reason, and what holds instead, said on the subject asked.
          assertThat(p.text()).contains("cadet day").endsWith("saturday's races are cancelled");
          assertThat(p.sources()).containsExactly("1700000004.000100");
        });
    // Near miss: what follows the reason is about something else, not what holds.
    assertThat(summaryDecisions(
        "U1", "could we move the races to sunday instead?",
        "U2", "no, sunday is cadet day. the juniors have all the boats then"))
        .singleElement()
        .satisfies(p -> assertThat(p.text()).isEqualTo("<@U2>: Sunday is cadet day."));
    assertThat(summaryDecisions(
        "U1", "on pourrait limiter les présentations à 30 secondes ?",
        "U2", "Non, on garde les présentations, c'est notre marque."))
        .singleElement().satisfies(p -> assertThat(p.text()).startsWith("<@U2>: Non, on garde"));
    // Near miss: a granted question stays the asker's, said in the question's words. Read with
    // the rules' decisions as the summary words them: whether the trees keep a two-message
    // exchange this short moves with each growing, and the line is worded the same either way.
    assertThat(new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none())
        .summarize(Threads.chat(
            "U1", "Can we still deploy the marketing site?",
            "U2", "Yes, marketing site is exempt"), SummaryOptions.DEFAULT).decisions())
        .singleElement().satisfies(p -> assertThat(p.text()).startsWith("<@U1>: "));
  }

  /**
   * The summary's decisions as the rules word them: how a decision is shown is the rules' to say;
   * whether the trees grown on the tuning threads keep one is measured on those threads.
   */
  private static List<Point> summaryDecisions(String... userTextPairs) {
    return new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none())
        .summarize(Threads.chat(userTextPairs), SummaryOptions.DEFAULT).decisions();
  }
}
