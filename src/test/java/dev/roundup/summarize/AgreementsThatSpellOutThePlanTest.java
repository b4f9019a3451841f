package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agreement that puts the plan in words of its own, on the subject agreed to, is worded as the
 * decision ("room 2 is free after the 18:30 lets out" — "ok if the spare is not here by 18:45 we
 * move everyone to room 2"); what it agreed to stays cited. A bare agreement, one that takes the
 * work on, or one that objects leaves the proposal's words.
 */
class AgreementsThatSpellOutThePlanTest {

  private static final String[] BEFORE = {
      "U1", "projector in room 1 died, a spare is coming from the other campus",
      "U2", "how long?",
      "U1", "they said 30-40 min",
      "U3", "room 2 is free after the 18:30 lets out"};

  private static String[] then(String... more) {
    String[] all = new String[BEFORE.length + more.length];
    System.arraycopy(BEFORE, 0, all, 0, BEFORE.length);
    System.arraycopy(more, 0, all, BEFORE.length, more.length);
    return all;
  }

  @Test
  void an_agreement_that_says_the_plan_is_the_decisions_wording_and_cites_the_proposal() {
    List<Point> found = Threads.decisionPoints(then(
        "U1", "ok if the spare is not here by 18:45 we move everyone to room 2",
        "U2", "👍"));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).containsIgnoringCase("we move everyone to room 2");
    assertThat(found.get(0).sources()).contains("1700000006.000100", "1700000008.000100");
  }

  @Test
  void a_bare_agreement_or_one_that_takes_the_work_on_keeps_the_proposals_words() {
    assertThat(Threads.decisionPoints(then("U1", "ok", "U2", "👍")))
        .allSatisfy(p -> assertThat(p.text()).doesNotContainIgnoringCase("move everyone"));
    assertThat(Threads.decisionPoints(then(
        "U1", "ok I'll move everyone to room 2 if the spare is not here by 18:45")))
        .allSatisfy(p -> assertThat(p.text()).doesNotContainIgnoringCase("I'll move"));
  }
}
