package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What someone says they could do, said yes to by another ("i could ask the coffee roaster if
 * they'd do little bags" — "yes pls do"), is their task, in the cue languages that say it with
 * the speaker: "ich könnte …", "je pourrais …", "yo podría …", "eu poderia …". Not "I could be
 * wrong", "I could live with that", nor an offer nobody took up.
 */
class OffersOfWhatOneCouldDoTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      i could ask the coffee roaster on market st if they'd do little bags at a bulk discount | yes pls do, no harm asking
      my uncle's firm has a truck, i could ask if they'd hire it out with a driver | yes please
      ich könnte bei der Agentur in Bingen nach vier weiteren Helfern fragen | ja bitte
      je pourrais faire les six panneaux avec les plans avant/après | oui vas-y
      eu poderia ligar para a pousada do lado e ver as vagas | sim, por favor
      """)
  void an_offer_said_yes_to_is_the_offerers_task(String offer, String yes) {
    assertThat(Threads.actionItems("UA", "we still need a plan for this", "UB", offer, "UA", yes))
        .extracting(ActionItem::owner).containsExactly("UB");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      i could be wrong but the cache looks stale | yes that's what i saw too
      i could live with the later date if marketing can | ok
      i could ask the coffee roaster on market st about little bags | not sure it's worth it
      """)
  void no_offer_taken_up_is_no_task(String offer, String reply) {
    assertThat(Threads.actionItems("UA", "we still need a plan for this", "UB", offer, "UA", reply))
        .isEmpty();
  }
}
