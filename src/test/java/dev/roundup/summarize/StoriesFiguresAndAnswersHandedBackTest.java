package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Answers that settle nothing, in every cue language: a story told in the past ("their courier
 * rode with the truck, no idea whether he looked at the logger"), a figure given to "how many…?",
 * and a yes that hands the work back to whoever asked ("yes <@kenji> call the harbour master
 * now"). A question that asks what to say without its "?" is still a question, and "ask them to
 * add the record" passes an instruction on rather than sending the question elsewhere.
 */
class StoriesFiguresAndAnswersHandedBackTest {

  @Test
  void a_story_told_in_the_past_is_a_report_in_every_language() {
    assertThat(Cues.ENGLISH.reportsWorkTried(
        "their courier rode with the truck, no idea whether he even looked at the logger")).isTrue();
    assertThat(Cues.ENGLISH.reportsWorkTried(
        "Customer services called her this morning, she's ok, wants a refund")).isTrue();
    assertThat(Cues.ENGLISH.reportsWorkTried(
        "we lost more people when omar fell asleep at his desk in october tbh")).isTrue();
    assertThat(Cues.GERMAN.reportsWorkTried(
        "ihr Kurier ist mit dem Lkw mitgefahren, keine Ahnung, ob er auf den Logger geschaut hat"))
        .isTrue();
    assertThat(Cues.FRENCH.reportsWorkTried(
        "leur convoyeur est monté avec le camion, aucune idée s'il a regardé l'enregistreur")).isTrue();
    assertThat(Cues.SPANISH.reportsWorkTried(
        "su mensajero fue con el camión, ni idea de si miró el registrador")).isTrue();
    assertThat(Cues.PORTUGUESE.reportsWorkTried(
        "o motorista deles foi no caminhão, não sei se olhou o registrador")).isTrue();
    assertThat(Cues.JAPANESE.reportsWorkTried(
        "先方の添乗員がトラックに同乗しましたが、ロガーを見たかは分かりません")).isTrue();
    // Near misses: a change said in the past with no time is what the thread did, and a story
    // that goes on to what will be.
    assertThat(Cues.ENGLISH.reportsWorkTried("we changed the policy")).isFalse();
    assertThat(Cues.ENGLISH.reportsWorkTried(
        "they called twice last week, so from now on we ring them first")).isFalse();
    assertThat(Cues.GERMAN.reportsWorkTried("wir haben die Regel geändert")).isFalse();
    assertThat(Cues.FRENCH.reportsWorkTried("on a changé la règle")).isFalse();
    assertThat(Cues.SPANISH.reportsWorkTried("cambiamos la norma")).isFalse();
    assertThat(Cues.PORTUGUESE.reportsWorkTried("mudamos a regra")).isFalse();
  }

  @Test
  void a_story_answering_an_objection_settles_nothing() {
    assertThat(decisions(
        "UA", "referral means clients driving 40 min at 2am. we'll lose people",
        "UB", "we lost more people when omar fell asleep at his desk in october tbh",
        "UA", "fair")).isEmpty();
  }

  @Test
  void a_figure_given_to_how_many_settles_nothing_in_every_language() {
    assertThat(decisions("UA", "how many loaded boxes in C?", "UB", "168 loaded.", "UA", "ok"))
        .isEmpty();
    assertThat(decisions("UA", "mist. wie viel fehlt uns?", "UB", "ca. 40% vom Brot.", "UA", "ok"))
        .isEmpty();
    assertThat(decisions("UA", "combien il en manque ?", "UB", "à peu près 40%.", "UA", "ok"))
        .isEmpty();
    // Near miss: how many the group takes is a choice its answer may settle.
    assertThat(decisions("UA", "how many do we order for the fair?", "UB", "let's order 200, same as last year",
        "UA", "ok")).isNotEmpty();
  }

  @Test
  void a_yes_that_hands_the_work_back_to_the_asker_is_their_task() {
    assertThat(decisions(
        "UA", "do we report it? last year we reported 3h late and got an earful",
        "UB", "yes <@UA> call the harbour master now, it's over the reporting threshold anyway",
        "UA", "ok")).isEmpty();
    // Near miss: the yes given to someone other than the asker leaves the yes a decision.
    assertThat(decisions(
        "UA", "do we report it? last year we reported 3h late and got an earful",
        "UB", "yes <@UC> call the harbour master now, it's over the reporting threshold anyway",
        "UA", "ok")).isNotEmpty();
  }

  @Test
  void a_question_without_its_mark_is_a_question() {
    assertThat(Cues.ENGLISH.isQuestion("Ok so what do i tell them today")).isTrue();
    assertThat(Cues.GERMAN.isQuestion("und was sagen wir den Kunden")).isTrue();
    assertThat(Cues.FRENCH.isQuestion("alors qu'est-ce qu'on leur dit")).isTrue();
    assertThat(Cues.SPANISH.isQuestion("y qué les decimos")).isTrue();
    assertThat(Cues.PORTUGUESE.isQuestion("e o que a gente fala pra eles")).isTrue();
    // Near misses: what we do, said as a statement.
    assertThat(Cues.ENGLISH.isQuestion("what we tell them is that it's fixed")).isFalse();
    assertThat(Cues.GERMAN.isQuestion("was wir sagen: alles läuft wieder")).isFalse();
  }

  @Test
  void asking_them_to_do_something_passes_an_instruction_on() {
    assertThat(Cues.ENGLISH.redirect().matcher("ask them to add the CAA record").find()).isFalse();
    assertThat(Cues.ENGLISH.redirect().matcher("ask them, i don't know").find()).isTrue();
    assertThat(Cues.ENGLISH.redirect().matcher("ask finance").find()).isTrue();
  }
}
