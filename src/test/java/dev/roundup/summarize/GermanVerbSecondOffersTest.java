package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German puts the object, or a clause, before the verb and the "ich" after it: "Liste kann ich
 * dir bis 12 Uhr ziehen", "…, kann ich morgen um 8 holen", "fahr ich um 4 rüber", "alles klar,
 * pack ich ein" are the speaker's tasks. What one can live with or confirm, and what one offers
 * only on a condition, are not.
 */
class GermanVerbSecondOffersTest {

  private static final String ASKED = "wir brauchen bis heute mittag die liste der doppelten "
      + "abbuchungen, wer macht das?";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "liste kann ich dir bis 12 uhr ziehen|liste kann ich dir",
      "maschinenring hat einen anhänger frei, kann ich morgen um 8 holen|morgen um 8 holen",
      "fahr ich um 4 rüber|fahr ich",
      "alles klar, pack ich ein|pack ich ein"})
  void the_verb_before_the_ich_is_the_speakers_task(String said, String task) {
    assertThat(Threads.actionItems("U1", ASKED, "U2", said))
        .filteredOn(a -> "U2".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase(task));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ok, damit kann ich leben",
      "kann ich bestätigen, bei mir daheim nix gehört",
      "Chemie 10c kann ich übernehmen, wenn die auf Mi 5./6. wandert",
      "versprechen kann ich nix"})
  void living_with_it_confirming_or_a_condition_is_no_task(String said) {
    assertThat(Threads.actionItems("U1", ASKED, "U2", said))
        .filteredOn(a -> "U2".equals(a.owner())).isEmpty();
  }
}
