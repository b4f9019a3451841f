package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "agreed, that's my worry too": an agreement that shares a worry or a view takes up nothing to
 * do, so it is no decision, nor is the view said after it, however it is worded ("i don't want
 * us going in unless it's most of the block" reads like a rule with its exception). Beside each,
 * the agreement to something to do that stays a decision. So too an answer its speaker voices as
 * their own view ("pour moi c'est LE point bloquant"), even from whoever started the thread.
 */
class ViewsVoicedAreNoDecisionsTest {

  @Test
  void an_agreement_sharing_a_worry_decides_nothing() {
    assertThat(Threads.decisionPoints(
        "U1", "RU said they'd give legal support to anyone who gets a notice",
        "U2", "thing is if only half the block strikes, hollybank picks them off one by one",
        "U3", "agreed, that's my worry too. i don't want us going in unless it's most of the block",
        "U4", "then it needs a proper vote, not 15 people on slack")).isEmpty();
    assertThat(Threads.decisionPoints(
        "U1", "the retry job should have had a cap from day one",
        "U2", "agreed, that would have prevented this")).isEmpty();
  }

  @Test
  void an_agreement_sharing_a_view_is_known_in_every_language() {
    assertThat(Cues.ENGLISH.agreesWithAView("agreed, that's my worry too")).isTrue();
    assertThat(Cues.GERMAN.agreesWithAView("stimmt, das ist auch meine Sorge")).isTrue();
    assertThat(Cues.FRENCH.agreesWithAView("d'accord, c'est aussi ma crainte")).isTrue();
    assertThat(Cues.SPANISH.agreesWithAView("de acuerdo, esa es mi preocupación también"))
        .isTrue();
    assertThat(Cues.PORTUGUESE.agreesWithAView("concordo, essa é minha preocupação também"))
        .isTrue();
    assertThat(Cues.JAPANESE.agreesWithAView("同感です。全員そろわないなら反対です")).isTrue();
    // Agreeing to something to do.
    assertThat(Cues.ENGLISH.agreesWithAView("agreed, drop that one")).isFalse();
    assertThat(Cues.ENGLISH.agreesWithAView("agreed, that's the plan")).isFalse();
    assertThat(Cues.GERMAN.agreesWithAView("einverstanden, wir streichen das")).isFalse();
    assertThat(Cues.FRENCH.agreesWithAView("d'accord, on le retire")).isFalse();
  }

  @Test
  void a_view_said_after_such_an_agreement_is_no_rule_with_its_exception() {
    assertThat(Threads.decisionPoints(
        "U1", "wenn nur die halbe Hausgemeinschaft mitmacht, sind wir erledigt",
        "U2", "stimmt, das ist auch meine Sorge. ich will nicht streiken, außer fast alle "
            + "machen mit")).isEmpty();
    // Near miss: an agreement to something to do, with its exception, is the rule agreed.
    assertThat(Threads.decisionPoints(
        "U1", "we ship friday, except the api",
        "U2", "agreed, friday for everything except the api"))
        .singleElement().satisfies(p -> assertThat(p.text()).containsIgnoringCase("friday"));
    assertThat(Threads.decisionPoints("U1", "agreed, drop that one"))
        .singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("Agreed, drop that one"));
  }

  @Test
  void an_answer_voiced_as_the_speakers_view_settles_nothing() {
    assertThat(Threads.decisionPoints(
        "U3", "on sort le livre audio en avril, avant le papier ?",
        "U1", "et les prix ? si le texte est déjà sorti en audio en avril, il reste éligible "
            + "pour les listes de septembre ?",
        "U2", "bonne question, j'en sais rien. je demande à l'agent de l'autrice",
        "U3", "pour moi c'est LE point bloquant. si ça nous sort des listes, c'est non",
        "U1", "et l'autrice, elle en pense quoi ?")).isEmpty();
    assertThat(Threads.decisionPoints(
        "U3", "do we ship the audio edition in april, before the print one?",
        "U1", "and the prizes? does an april audio release keep it eligible for the autumn "
            + "lists?",
        "U2", "good question, no idea. i'll ask the agent",
        "U3", "for me that's the deal-breaker. if it takes us off the lists, it's a no",
        "U1", "and what does the author think?")).isEmpty();
  }
}
