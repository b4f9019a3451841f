package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Was ist mit Tante Gabi?" — "Mit Gabi rede ich selbst": whoever started the thread answers a
 * question by taking the work on, said in German's present with the object first. That is their
 * task, an action item, not a decision the answer settles; an answer saying what happens stays
 * one.
 */
class OwnerTakingItOnTest {

  private static final String[] BEFORE = {
      "U1", "Bis Ende des Monats will ich klar haben, wer die Geschäftsführung übernimmt",
      "U2", "Sabine und Markus zusammen",
      "U3", "Was ist mit Tante Gabi? Die hat ja auch ihre 10 %"};

  private static List<Point> decisions(String answer) {
    String[] all = java.util.Arrays.copyOf(BEFORE, BEFORE.length + 2);
    all[BEFORE.length] = "U1";
    all[BEFORE.length + 1] = answer;
    return Threads.decisionPoints(all);
  }

  @Test
  void the_owner_taking_the_question_on_decides_nothing() {
    assertThat(decisions("Mit Gabi rede ich selbst. Nicht über Slack"))
        .noneMatch(p -> p.text().contains("Gabi"));
    assertThat(Cues.GERMAN.planInPresent().matcher("Mit Gabi rede ich selbst").find()).isTrue();
    assertThat(Cues.GERMAN.planInPresent().matcher("Das weiß ich selbst").find()).isFalse();
  }

  @Test
  void the_owner_saying_what_happens_still_decides() {
    assertThat(decisions("Gabi behält ihre 10 %, daran ändert sich nichts"))
        .anyMatch(p -> p.text().contains("Gabi"));
  }
}
