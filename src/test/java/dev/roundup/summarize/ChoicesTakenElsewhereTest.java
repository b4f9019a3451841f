package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.chat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A choice carried to the body or meeting that will make it ("it goes to the AGM and we vote
 * there", "we put both options to the parents' evening and decide there", "i'd rather do it in
 * the postmortem", "aquí no decidimos", "isso tem de ir à AG", "das besprechen wir mit dem
 * Beirat", "それは振り返りでやりましょう") is put off, in every language: it is never listed as a
 * decision. A decision that is only sent on ("that's what goes to the board") stays one, and so
 * does a step of the work that goes to review.
 */
class ChoicesTakenElsewhereTest {

  @Test
  void a_choice_carried_to_a_body_or_a_meeting_is_put_off_in_every_language() {
    assertThat(Cues.ENGLISH.putsOffDeciding(
        "we can't settle this in a thread, it goes to the members' meeting and we vote there"))
        .isTrue();
    assertThat(Cues.ENGLISH.putsOffDeciding("let's not decide the supplier on slack")).isTrue();
    assertThat(Cues.ENGLISH.putsOffDeciding(
        "ok. we put both quotes to the trustees on the 3rd and decide there")).isTrue();
    assertThat(Cues.ENGLISH.putsOffDeciding("the fee question goes to the committee")).isTrue();
    assertThat(Cues.ENGLISH.putsOffDeciding("let's leave it to the agm")).isTrue();
    assertThat(Cues.ENGLISH.putsOffDeciding("let's take it to the board in march")).isTrue();
    assertThat(Cues.ENGLISH.putsOffDeciding("i'd rather cover that in the retro")).isTrue();
    assertThat(Cues.ENGLISH.putsOffDeciding("not planning the autumn rota until hr confirms"))
        .isTrue();
    assertThat(Cues.SPANISH.putsOffDeciding("eso no lo decidimos aquí, va a la asamblea"))
        .isTrue();
    assertThat(Cues.PORTUGUESE.putsOffDeciding("isso tem que ir para a assembleia")).isTrue();
    assertThat(Cues.GERMAN.putsOffDeciding("das besprechen wir mit dem Beirat")).isTrue();
    assertThat(Cues.GERMAN.putsOffDeciding("Das kommt auf die nächste Mitgliederversammlung"))
        .isTrue();
    assertThat(Cues.FRENCH.putsOffDeciding("on en reparle avec le bureau, pas ici")).isTrue();
    assertThat(Cues.JAPANESE.putsOffDeciding("それは来週の委員会で話し合いましょう")).isTrue();
    assertThat(Cues.ENGLISH.putsOffDeciding("this needs to go to the committee, not our call"))
        .isTrue();
    assertThat(Cues.ENGLISH.putsOffDeciding("i'd rather not decide this over slack")).isTrue();
    assertThat(Cues.SPANISH.putsOffDeciding("acá no lo decidimos, lo ve la comisión")).isTrue();
    assertThat(Cues.PORTUGUESE.putsOffDeciding("fica para a AG de março")).isTrue();
    assertThat(Cues.GERMAN.putsOffDeciding("Darüber stimmen wir auf der MV ab")).isTrue();
    assertThat(Cues.FRENCH.putsOffDeciding("on en reparlera avec le bureau")).isTrue();
  }

  @Test
  void a_decision_sent_on_and_a_step_of_the_work_are_not_put_off() {
    assertThat(Cues.ENGLISH.putsOffDeciding(
        "ok. tablets for years 7-9, laptops for the rest. that's what goes to the board")).isFalse();
    assertThat(Cues.ENGLISH.putsOffDeciding("6.2 goes to review on the 5th, so the 12th works"))
        .isFalse();
    assertThat(Cues.ENGLISH.putsOffDeciding("we decided at the board meeting: laptops"))
        .isFalse();
    assertThat(Cues.ENGLISH.putsOffDeciding("the money goes to the food bank")).isFalse();
    // What else goes to a body, and a vote already held.
    assertThat(Cues.ENGLISH.putsOffDeciding("from now on anything over £500 goes to the committee"))
        .isFalse();
    assertThat(Cues.ENGLISH.putsOffDeciding("sarah goes to the board meeting, tom covers the desk"))
        .isFalse();
    assertThat(Cues.ENGLISH.putsOffDeciding("we put it to a vote last night and it passed 7-2"))
        .isFalse();
    assertThat(Cues.ENGLISH.putsOffDeciding("the monday delivery goes to the evening shift"))
        .isFalse();
    assertThat(Cues.ENGLISH.putsOffDeciding("i'd rather do it in the evening when traffic is low"))
        .isFalse();
    assertThat(Cues.ENGLISH.putsOffDeciding("not planning any hires until q3, that's final"))
        .isFalse();
    assertThat(Cues.ENGLISH.putsOffDeciding("rent is 400 now, we'll raise it in april")).isFalse();
    assertThat(Cues.FRENCH.putsOffDeciding("On mange au resto d'en face, pas ici.")).isFalse();
    assertThat(Cues.FRENCH.putsOffDeciding("On en parle avec le client tous les jours")).isFalse();
    assertThat(Cues.SPANISH.putsOffDeciding("reiniciar aquí no resolvió nada, cambiamos el disco"))
        .isFalse();
    assertThat(Cues.SPANISH.putsOffDeciding("el portátil lo llevamos a la reunión")).isFalse();
    assertThat(Cues.PORTUGUESE.putsOffDeciding("levamos isso pra reunião ontem e aprovaram"))
        .isFalse();
    assertThat(Cues.GERMAN.putsOffDeciding("Den Laden lassen wir offen, nur der Versand pausiert"))
        .isFalse();
    assertThat(Cues.GERMAN.putsOffDeciding("Das entscheiden wir mit einfacher Mehrheit"))
        .isFalse();
    assertThat(Cues.JAPANESE.putsOffDeciding("来週のデモは定例でやります")).isFalse();
    assertThat(Cues.JAPANESE.putsOffDeciding("打ち上げはZoomミーティングでやりましょう")).isFalse();
    assertThat(Cues.GERMAN.putsOffDeciding("der Laden bleibt offen bis 20 Uhr")).isFalse();
    assertThat(Cues.PORTUGUESE.putsOffDeciding("vou levar isso pra reunião amanhã")).isFalse();
    assertThat(Cues.PORTUGUESE.putsOffDeciding("a Ana vai à reunião")).isFalse();
    assertThat(Cues.GERMAN.putsOffDeciding("Max geht in die Sitzung, ich bleibe hier")).isFalse();
    assertThat(Cues.JAPANESE.putsOffDeciding("先週の会議で話しました")).isFalse();
  }

  @Test
  void the_summary_lists_no_decision_for_a_choice_sent_to_the_vote() {
    List<Point> decisions = new ExtractiveSummarizer().summarize(chat(
        "UMAYA", "a few plot holders want to keep hens. should we allow it?",
        "UTOM", "i'm for it, max 4 hens a plot, no cockerels",
        "UJEAN", "against. rats last time, and the neighbours complained",
        "UTOM", "rats were from the compost bays, not the hens",
        "UJEAN", "still, it's a big change to the rules",
        "UMAYA", "thanks both. we clearly can't settle this in a thread, it goes to the members'"
            + " meeting on the 9th and we vote there",
        "UTOM", "fair"), SummaryOptions.DEFAULT).decisions();

    assertThat(decisions).isEmpty();
  }
}
