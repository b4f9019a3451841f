package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A yes for some day ("ja, irgendwann mal", "sí, algún día", "oui, un de ces jours", "sim, algum
 * dia", 「いつかやりましょう」), a talk put on a named day ("let's talk about that with marketing on
 * monday", "let's talk credits with finance on thursday") and a point handed on to a meeting
 * (「来週のバランス会議に回します」) put the choice off, as "yes, someday" and "at the next sync"
 * already did. Near misses: "some day" inside a decision or a story ("si algún día se cae …",
 * "das haben wir irgendwann mal so beschlossen"), a meeting named for something else
 * (「会議に回す資料」), a day named in the past, for another verb or a talk after the decision
 * ("we roll back tonight, and talk about the root cause on thursday"), a talk to someone
 * ("let's talk to the landlord on monday"). So does a choice given a later month, meeting or
 * moment ("we decide … in june", "we revisit at platform sync", "closer to the release", "on en
 * parle au brief de demain"); not "we decide today", nor a decision with its review ("we revisit
 * when we know the real ops cost").
 */
class SomedayAndDayNamedDeferralsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      de | ja, irgendwann mal. | true
      de | irgendwann | true
      de | irgendwann gestern ist das passiert | false
      es | sí, algún día. | true
      es | sí, algun dia | true
      fr | oui, un de ces jours. | true
      pt | sim, algum dia. | true
      pt | um dia desses | true
      es | Decidido: si algún día se cae el proveedor otra vez, pasamos al plan B con Adyen. | false
      pt | Fechado: migração na quinta, e se algum dia der problema fazemos rollback. | false
      de | Das haben wir irgendwann mal so beschlossen, und dabei bleibt es. | false
      fr | C'est décidé : l'un de ces jours fériés on ferme, le 8 mai. | false
      ja | 前にいつか検討したけど、結局Redisでいきます。 | false
      ja | 会議に回すまでもないので、90日でいきましょう。 | false
      ja | 会議に回す資料は私が作ります | false
      ja | はい、いつかやりましょう。 | true
      ja | 天井はプランナー側で決めたいので、来週のバランス会議に回します | true
      ja | いつかかりますか | false
      en | let's talk about that with marketing on monday | true
      en | let's talk credits with finance on thursday | true
      en | let's talk to the landlord on monday | false
      en | we'll discuss it next friday | true
      en | we decided on monday to roll back | false
      en | ok: we roll back tonight, and talk about the root cause on thursday | false
      en | let's discuss pricing with sales and ship on friday | false
      en | we're going with postgres, i'll talk about it at the all hands on friday | false
      en | let's discuss the monday release plan | false
      en | summer party we decide with the parents council in june | true
      en | we'll decide that next month | true
      en | We revisit at platform sync on the 22nd with tom's list | true
      en | let's figure that out closer to the release | true
      fr | on en parle au brief de demain 9h | true
      en | we decide today: the fair moves to friday | false
      en | 1 year. we revisit when we know the real ops cost | false
      fr | on en parle, c'est réglé : vendredi | false
      """)
  void some_day_a_day_named_and_a_meeting_handed_on_to_put_the_choice_off(String language,
      String text, boolean deferral) {
    assertThat(Cues.of(language).isDeferral(text)).isEqualTo(deferral);
  }

  @Test
  void a_yes_for_some_day_grants_nothing() {
    assertThat(DecisionDetector.detect(new PreparedConversation(Threads.chat(
        "UA", "Windmesser läuft wieder, war nur die Sicherung",
        "UB", "Sollten wir nicht langfristig einen zweiten Windmesser als Redundanz haben?",
        "UA", "ja, irgendwann mal.",
        "UB", "ok"))))
        .isEmpty();
  }

  @Test
  void a_talk_put_on_a_day_named_settles_nothing() {
    assertThat(DecisionDetector.detect(new PreparedConversation(Threads.chat(
        "UA", "do we announce the price rise on the blog or only in-app?",
        "UB", "let's talk about that with marketing on monday",
        "UA", "+1"))))
        .isEmpty();
  }
}
