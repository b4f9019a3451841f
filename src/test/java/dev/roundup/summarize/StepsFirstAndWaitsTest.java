package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "… until we have run a stability check": a step that must come first is part of the plan, not
 * a wait; "… until we know more", "bis wir mehr wissen", "jusqu'à ce qu'on en sache plus", "hasta
 * que sepamos", "até sabermos" waits for what is not known yet and decides nothing.
 */
class StepsFirstAndWaitsTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      The -80 freezer in room B2 alarmed overnight, it reached -52 at 03:10 and is back at -78 now. | the cortisol serum should be fine, not sure about the ACTH samples tbh | Then we treat the ACTH aliquots in racks 7-12 as compromised and do not report any results from them until we have run a stability check. | yes, can do the check thursday
      Der -80-Grad-Schrank in Raum B2 hat heute Nacht Alarm geschlagen, er war um 03:10 bei -52 Grad und ist jetzt wieder bei -78. | das Cortisol-Serum sollte in Ordnung sein, bei den ACTH-Proben bin ich mir ehrlich gesagt nicht sicher | Dann behandeln wir die ACTH-Proben in den Racks 7-12 als kompromittiert und melden keine Ergebnisse daraus, bis wir den Stabilitätstest gemacht haben. | ja, ich mache den Test am Donnerstag
      """)
  void a_step_that_must_come_first_is_part_of_the_decision(String alarm, String doubt,
      String plan, String reply) {
    assertThat(decisions("U1", alarm, "U2", doubt, "U1", plan, "U2", reply)).singleElement();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      The -80 freezer in room B2 alarmed overnight, it reached -52 at 03:10 and is back at -78 now. | the cortisol serum should be fine, not sure about the ACTH samples tbh | Then we hold the results until we have more data. | yes, can do the check thursday
      Der -80-Grad-Schrank in Raum B2 hat heute Nacht Alarm geschlagen, er war um 03:10 bei -52 Grad und ist jetzt wieder bei -78. | das Cortisol-Serum sollte in Ordnung sein, bei den ACTH-Proben bin ich mir ehrlich gesagt nicht sicher | Dann halten wir die Ergebnisse zurück, bis wir mehr wissen. | ja, ich mache den Test am Donnerstag
      """)
  void waiting_until_more_is_known_decides_nothing(String alarm, String doubt, String wait,
      String reply) {
    assertThat(decisions("U1", alarm, "U2", doubt, "U1", wait, "U2", reply)).isEmpty();
  }
}
