package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "… until we have run a stability check": a step that must come first is part of the plan, not
 * a wait; "… until we know more", "bis wir mehr wissen", "jusqu'à ce qu'on en sache plus", "hasta
 * que sepamos", "até sabermos" waits for what is not known yet and decides nothing. A named thing
 * to be known first ("until we know what the encoder is doing") ends an arrangement in force
 * meanwhile; leaving something alone until then ("let's park catering until we know the
 * headcount") puts it off.
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

  @ParameterizedTest
  @ValueSource(strings = {
      "ant-2 stays in stow until we know what the encoder is doing",
      "should we pause the employee run this afternoon until we know why the ack failed?",
      "the north trench stays closed until we have a fresh locate",
      "nobody approves any more swaps until we know what's going on",
      "the park stays closed until we know the tree is safe"})
  void a_thing_to_be_known_first_ends_an_arrangement_not_a_wait(String text) {
    assertThat(Cues.ENGLISH.isDeferral(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "let's park catering until we know the headcount",
      "let's not touch production til we know who's playing",
      "we leave it as it is till we hear back from the agent",
      "the export stays as it is until we know more",
      "the export stays as it is until we know a bit more",
      "we leave the booking alone till we hear from the agent",
      "park it until we know the headcount"})
  void leaving_it_alone_or_waiting_for_news_puts_it_off(String text) {
    assertThat(Cues.ENGLISH.isDeferral(text)).isTrue();
  }

  @Test
  void the_arrangement_said_by_whoever_leads_is_the_decision() {
    assertThat(decisions(
        "U1", "ant-2 lost tracking at 14:02 mid pass, elevation encoder reads jump 4 degrees",
        "U2", "want me to try recovering the pass on ant-2?",
        "U1", "no. nobody tries to recover this pass, ant-2 stays in stow until we know what the"
            + " encoder is doing.",
        "U2", "ok"))
        .singleElement().asString().contains("stays in stow");
  }
}
