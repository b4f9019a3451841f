package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A choice put off in words the older cues did not know is a deferral in every language: deciding
 * with the thing to be decided named between ("we decide about vienna after her scan"), looking at
 * it after a meeting, settling it "then" once what was said has happened, carrying it to a later
 * planning meeting, and an answer promised for later ("je vois avec la direction, je vous dis dans
 * l'aprèm"). A decision reported, a deadline for a choice still asked, and a plan said with "then"
 * stay as they were. An agreement to a message that puts the choice off settles nothing said
 * before it.
 */
class ChoicesPutOffInOtherWordsTest {

  @Test
  void deciding_with_the_thing_named_between_is_put_off() {
    assertThat(Cues.ENGLISH.isDeferral("We decide about vienna after her scan on monday")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("let's decide on the caterer next week")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("entscheiden wir über Wien nach dem Scan")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("on décide pour Vienne après son scanner")).isTrue();
    // Near misses: a decision reported, and a deadline for a choice still asked.
    assertThat(Cues.ENGLISH.isDeferral("we decided about vienna after her scan: she dances")).isFalse();
    assertThat(Cues.ENGLISH.isDeferral("we need to decide on the caterer by friday")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("wir haben über Wien nach dem Scan entschieden")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("on a décidé pour Vienne après son scanner")).isFalse();
  }

  @Test
  void looking_at_it_after_a_meeting_is_put_off() {
    assertThat(Cues.ENGLISH.isDeferral("we'll look at it after the bank meeting in october")).isTrue();
    assertThat(Cues.ENGLISH.isDeferral("I looked at it after the meeting, it's fine")).isFalse();
  }

  @Test
  void settling_it_then_is_put_off_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("they report back by wednesday. we'll settle it then.")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("Weiß ich noch nicht, die melden sich bis Mittwoch. Klären wir dann"))
        .isTrue();
    assertThat(Cues.FRENCH.isDeferral("ils rappellent mercredi, on tranche à ce moment-là")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("llaman el miércoles, lo decidimos entonces.")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("eles ligam quarta, a gente decide então")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("水曜に連絡が来るので、その時に決めましょう")).isTrue();
    // Near misses: a plan said with "then".
    assertThat(Cues.ENGLISH.isDeferral("then we settle it like this: ana takes the early shift")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("dann klären wir das so: Ana nimmt die Frühschicht")).isFalse();
    assertThat(Cues.SPANISH.isDeferral("entonces lo decidimos así: ana hace el turno de mañana")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("então a gente decide assim: a ana pega o turno da manhã"))
        .isFalse();
  }

  @Test
  void a_choice_carried_to_a_later_planning_meeting_is_put_off_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("yes in principle, but not mid-quarter. let's take it to the q3 planning"))
        .isTrue();
    assertThat(Cues.GERMAN.isDeferral("grundsätzlich ja, aber nicht mitten im Quartal. Nehmen wir mit in die Q3-Planung"))
        .isTrue();
    assertThat(Cues.FRENCH.isDeferral("on le garde pour la planif du T3")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("eso lo llevamos a la planificación del Q3")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("levamos isso pro planejamento do Q3")).isTrue();
    // Near misses: a thing carried somewhere.
    assertThat(Cues.ENGLISH.isDeferral("take it to the workshop, they have the press")).isFalse();
    assertThat(Cues.GERMAN.isDeferral("nehmen wir mit ins Lager, da ist Platz")).isFalse();
    assertThat(Cues.PORTUGUESE.isDeferral("levamos isso pro depósito hoje")).isFalse();
  }

  @Test
  void an_answer_promised_for_later_is_put_off_in_every_language() {
    assertThat(Cues.ENGLISH.isDeferral("i'll check with finance and let you know this afternoon")).isTrue();
    assertThat(Cues.GERMAN.isDeferral("ich frag die GL und sag euch heute nachmittag Bescheid")).isTrue();
    assertThat(Cues.FRENCH.isDeferral("Ça je vois avec la direction, je vous dis dans l'aprèm")).isTrue();
    assertThat(Cues.SPANISH.isDeferral("lo consulto con dirección y os digo esta tarde")).isTrue();
    assertThat(Cues.PORTUGUESE.isDeferral("vejo com a diretoria e te falo à tarde")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("オーナーと相談して明日までに決めます")).isTrue();
    assertThat(Cues.JAPANESE.isDeferral("そこは一旦持ち帰らせてください。")).isTrue();
    // Near misses: the answer given now, a deadline for a choice still asked, a thing taken home.
    assertThat(Cues.ENGLISH.isDeferral("i checked with finance: yes, it's covered")).isFalse();
    assertThat(Cues.FRENCH.isDeferral("je vous dis tout de suite : c'est oui")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("シフト・おせち・送迎の3点を今週中に決めたいです")).isFalse();
    assertThat(Cues.JAPANESE.isDeferral("お弁当は持ち帰りでお願いします")).isFalse();
  }

  @Test
  void an_agreement_to_a_message_that_puts_the_choice_off_settles_nothing_before_it() {
    assertThat(decisions(
        "svenja", "ok, <@mehmet> can you add retries and alerting to the archive_command?",
        "mehmet", "on it, PR by tomorrow noon",
        "jana", "shouldn't we just move to pgBackRest?",
        "svenja", "yes in principle, but not mid-quarter. let's take it to the q3 planning",
        "jana", "fine")).isEmpty();
    assertThat(decisions(
        "svenja", "ok, <@mehmet> kannst du Retries und Alerting ins archive_command einbauen?",
        "mehmet", "bin dran, PR kommt bis morgen mittag",
        "jana", "sollen wir nicht gleich auf pgBackRest umsteigen?",
        "svenja", "grundsätzlich ja, aber nicht mitten im Quartal. Nehmen wir mit in die Q3-Planung",
        "jana", "passt")).isEmpty();
    // Near miss: the choice made and only a detail put off; the agreement settles the choice.
    assertThat(decisions(
        "jana", "shouldn't we just move to pgBackRest?",
        "svenja", "yes, we move to pgBackRest in march",
        "jana", "fine")).isNotEmpty();
  }
}
