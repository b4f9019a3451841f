package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A yes for some day ("ja, irgendwann mal", "sí, algún día", "oui, un de ces jours", "sim, algum
 * dia", 「いつかやりましょう」), a talk put on a named day ("let's talk about that with marketing on
 * monday") and a point handed on to a meeting (「来週のバランス会議に回します」) put the choice off,
 * as "yes, someday" and "at the next sync" already did. Near misses: a day named in the past or
 * as part of a name ("the monday release"), "irgendwann" telling when something happened.
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
      pt | um dia desses a gente vê | true
      ja | はい、いつかやりましょう。 | true
      ja | 天井はプランナー側で決めたいので、来週のバランス会議に回します | true
      ja | いつかかりますか | false
      en | let's talk about that with marketing on monday | true
      en | we'll discuss it next friday | true
      en | we decided on monday to roll back | false
      en | let's discuss the monday release plan | false
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
