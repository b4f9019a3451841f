package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fact set right in the past ("the fridge alarm tripped wednesday night, not tuesday") and a
 * thing reported with what was done to it ("Refund issued, re_3Nx… shows succeeded") say what
 * happened, never what the thread settles, in every language; a choice in the present with "not"
 * ("we go with Tri-County, not Precision") and a rule with "not before" still decide.
 */
class FactsSetRightAndWorkReportedTest {

  private static List<String> decisions(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs))).stream()
        .map(d -> d.value().text()).toList();
  }

  @Test
  void a_fact_set_right_in_the_past_is_no_decision_in_every_language() {
    assertThat(Cues.ENGLISH.correctsAFact("the fridge alarm tripped wednesday night, not tuesday."))
        .isTrue();
    assertThat(Cues.GERMAN.correctsAFact("der Alarm ging Mittwochnacht los, nicht Dienstag."))
        .isTrue();
    assertThat(Cues.FRENCH.correctsAFact("l'alarme s'est déclenchée mercredi soir, pas mardi."))
        .isTrue();
    assertThat(Cues.SPANISH.correctsAFact("la alarma saltó el miércoles por la noche, no el martes."))
        .isTrue();
    assertThat(Cues.PORTUGUESE.correctsAFact("o alarme disparou na quarta à noite, não na terça."))
        .isTrue();
    assertThat(Cues.JAPANESE.correctsAFact("アラームが鳴ったのは水曜の夜で、火曜ではありません。")).isTrue();
    assertThat(decisions("beth", "is the vaccine from tuesday ok?",
        "oyelaran", "the fridge alarm tripped wednesday night, not tuesday. pepper is fine",
        "beth", "ok great ill tell her")).isEmpty();
    // Near misses: a choice or a rule in the present, and a condition with "not before".
    assertThat(Cues.ENGLISH.correctsAFact("we go with Tri-County, not Precision")).isFalse();
    assertThat(Cues.ENGLISH.correctsAFact("we publish once the county has checked them, not before."))
        .isFalse();
    assertThat(Cues.ENGLISH.correctsAFact("the launch is scheduled for friday, not thursday.")).isFalse();
    assertThat(Cues.ENGLISH.correctsAFact("ok, standup moved to thursday, not friday.")).isFalse();
    assertThat(Cues.FRENCH.correctsAFact(
        "on publie quand la préfecture les a validés, pas avant.")).isFalse();
    assertThat(Cues.GERMAN.correctsAFact("wir nehmen Tri-County, nicht Precision.")).isFalse();
    assertThat(Cues.SPANISH.correctsAFact("vamos con Tri-County, no con Precision.")).isFalse();
  }

  @Test
  void a_thing_and_what_was_done_to_it_reports_work_done_in_every_language() {
    assertThat(RegexPrefilter.find(Cues.ENGLISH.thingDone(),
        "refund issued, re_3Nx... shows succeeded")).isTrue();
    assertThat(RegexPrefilter.find(Cues.GERMAN.thingDone(), "Erstattung veranlasst, Gutschrift gebucht"))
        .isTrue();
    assertThat(RegexPrefilter.find(Cues.FRENCH.thingDone(), "remboursement émis, avoir appliqué"))
        .isTrue();
    assertThat(RegexPrefilter.find(Cues.SPANISH.thingDone(), "reembolso emitido, ya aparece"))
        .isTrue();
    assertThat(RegexPrefilter.find(Cues.PORTUGUESE.thingDone(), "reembolso emitido, já aparece"))
        .isTrue();
    assertThat(RegexPrefilter.find(Cues.JAPANESE.thingDone(), "返金処理済み、クレジットも適用済み")).isTrue();
    assertThat(decisions("gemma", "approved. refund the duplicate and add a 1 month credit",
        "finn", "refund issued, re_3Nx... shows succeeded. credit applied to their account"))
        .noneMatch(d -> d.toLowerCase().startsWith("refund issued"));
    // Near misses: the thing described, and the thing with what is still to be done to it.
    assertThat(RegexPrefilter.find(Cues.ENGLISH.thingDone(), "the refund issued yesterday was wrong"))
        .isFalse();
    assertThat(RegexPrefilter.find(Cues.ENGLISH.thingDone(), "refunds issued by support need a note"))
        .isFalse();
    assertThat(RegexPrefilter.find(Cues.SPANISH.thingDone(), "el reembolso emitido ayer tenía un error"))
        .isFalse();
  }

  private static List<String> decisionsNamed(String... userTextPairs) {
    Conversation chat = Threads.chat(userTextPairs);
    java.util.Map<String, String> names = java.util.Map.of("UHANA", "hana", "ULINDA", "linda",
        "UOSCAR", "oscar", "UDIEGO", "diego", "UVANESSA", "vanessa");
    return DecisionDetector.detect(new PreparedConversation(
            new Conversation("C1", chat.messages(), names))).stream()
        .map(d -> d.value().text()).toList();
  }

  @Test
  void a_yes_that_hands_the_work_back_to_the_asker_is_their_task_not_a_decision() {
    assertThat(decisionsNamed("UHANA", "should we still send the original printer a cancellation?",
        "ULINDA", "Yes, Hana please handle that and copy county counsel.",
        "UHANA", "will do")).isEmpty();
    assertThat(decisionsNamed("UDIEGO", "avisamos que não vamos comprar?",
        "UVANESSA", "sim, <@UDIEGO> liga pra eles, melhor manter a relação boa",
        "UDIEGO", "ok")).isEmpty();
    // Near miss: the yes hands the work to someone other than the asker, and stays a decision.
    assertThat(decisionsNamed("UHANA", "should we still send the original printer a cancellation?",
        "ULINDA", "Yes, Oscar please handle that and copy county counsel.",
        "UOSCAR", "will do")).isNotEmpty();
  }
}
