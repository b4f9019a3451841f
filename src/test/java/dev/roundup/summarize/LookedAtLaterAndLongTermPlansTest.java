package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the group will look at later, after whatever comes first ("we'll look at it after
 * christmas", "lo del color lo vemos cuando llegue la foto"), what goes on the list for a later
 * meeting, and a plan for the longer term said beside what is done now are put off in every cue
 * language; one's own "I'll look at it after lunch" and a plan worded "like this: …" are not. An
 * arrangement that holds until something happens, said after a decision in the same message, is
 * part of that decision, not a second one.
 */
class LookedAtLaterAndLongTermPlansTest {

  @Test
  void looking_at_it_later_is_put_off_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("we'll look at it after christmas")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("that's HR and the settlement, not us. we'll look at it once the settlement text is signed"))
        .isTrue();
    assertThat(Cues.ENGLISH.isDeferral("we'll sort that at monday's debrief")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's revisit this in the new year")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("das schauen wir uns nach Weihnachten an")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("kümmern wir uns drum, sobald der Vertrag unterschrieben ist")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on regarde ça après Noël")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on en reparle au débrief de lundi")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("que manden foto. lo del color lo vemos cuando llegue la foto")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("isso a gente vê depois do natal")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("その件は年明けに検討しましょう")).isTrue();
    // Near misses: one's own task, a plan said outright, and a look already taken.
    assertThat(Cues.ENGLISH.isDeferral("I'll look at it after lunch")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("we'll sort it like this: ana takes the early shift")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("we looked at it after christmas, it was fine")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("das klären wir so: Ana nimmt die Frühschicht")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("on règle ça comme ça : Ana prend le matin")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("lo resolvemos así: ana hace el turno de mañana")).isFalse();
  }

  @Test
  void a_thing_put_on_the_list_for_later_is_put_off() {
    assertThat(Cues.ENGLISH.isDeferral("not thursday, too much on. put it on the list for next month"))
        .isTrue();
    assertThat(Cues.ENGLISH.isDeferral("add it to the agenda")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("kommt auf die Liste für nächsten Monat")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on le met sur la liste du mois prochain")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("lo ponemos en la lista del mes que viene")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("coloca na lista do mês que vem")).isTrue();
    // Near miss: the list for today is work now.
    assertThat(Cues.ENGLISH.isDeferral("put it on the list for today, the van leaves at 3")).isFalse();
  }

  @Test
  void a_plan_for_the_longer_term_is_put_off() {
    assertThat(Cues.ENGLISH.isDeferral(
        "Longer term we trial ephemeral + remote cache on the frontend repo only, 2 weeks")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("eventually we move the rest of the repos")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("Langfristig testen wir ephemere Runner nur im Frontend-Repo")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("À terme on teste des runners éphémères sur le dépôt front")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("A largo plazo probamos runners efímeros en el repo del front"))
        .isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("A longo prazo a gente testa runners efêmeros no repo do front"))
        .isTrue();
    assertThat(Cues.JAPANESE.isDeferral("長期的にはフロントのリポジトリだけで一時ランナーを試します")).isTrue();
    // Near misses: long-term storage named, not a plan put later.
    assertThat(Cues.ENGLISH.isDeferral("long-term storage moves to S3 tonight")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("langfristige Verträge laufen weiter wie bisher")).isFalse();
  }

  @Test
  void not_this_period_said_to_a_need_puts_it_off_and_said_to_a_question_decides() {
    assertThat(decisions(
        "UA", "press 2 broke down again, 5 times this quarter. we really need to retire it",
        "UB", "not this quarter. capex is frozen till july")).isEmpty();
    assertThat(decisions(
        "UA", "die Presse 2 ist wieder ausgefallen, wir müssen sie echt ersetzen",
        "UB", "nicht dieses Quartal. Investitionen sind bis Juli eingefroren")).isEmpty();
    assertThat(decisions(
        "UA", "la presse 2 a encore lâché, il faut vraiment la remplacer",
        "UB", "pas cette année. les investissements sont gelés jusqu'en juillet")).isEmpty();
    // Said to a question, it answers it.
    assertThat(decisions(
        "UB", "autumn fair planning: same stalls as last year, setup from 8",
        "UA", "are we doing the owl display again?",
        "UB", "not this year, their insurance went up and we can't cover it"))
        .anyMatch(d -> d.toLowerCase(java.util.Locale.ROOT).contains("not this year"));
  }

  @Test
  void an_arrangement_until_something_happens_joins_the_decision_of_its_message() {
    List<String> found = decisions(
        "UA", "O-neg stock at 1.8 days, threshold 3. moving to amber",
        "UA", "from now on O-neg is for O-neg recipients and emergencies only. this stays until we're back above 3 days",
        "UB", "understood, will brief the night team");
    assertThat(found).singleElement().satisfies(d -> assertThat(d).containsIgnoringCase("from now on")
        .contains("stays until"));
    // Near miss: two decisions in two messages stay two.
    assertThat(decisions(
        "UA", "from now on O-neg is for O-neg recipients and emergencies only.",
        "UB", "ok",
        "UA", "the night fridge stays locked until the audit is done.",
        "UB", "ok")).hasSize(2);
  }

  @Test
  void a_request_to_someone_named_with_an_honorific_is_no_decision() {
    assertThat(decisions("UB", "木村さん、受付カウンターにも張り紙お願いします",
        "UC", "承知しました")).isEmpty();
    // Near miss: the plan said first keeps its decision, whatever is asked of someone after it.
    assertThat(decisions("UB", "今年は4張りにします。山田先生、町内会長に連絡をお願いします",
        "UC", "承知しました")).isNotEmpty();
  }
}
