package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One decision said several ways in one message is one item, as near-duplicate action items
 * already are; two different decisions in one message stay two.
 */
class SameDecisionOnceTest {

  @Test
  void one_decision_said_three_ways_in_one_message_is_one_item() {
    List<Point> en = Threads.decisionPoints("ana",
        "We decided to ship on Friday. Shipping on Friday is decided. Decision: we ship Friday.");
    assertThat(en).hasSize(1);
    assertThat(en.get(0).text()).contains("Friday");
    List<Point> de = Threads.decisionPoints("ana", "Wir haben entschieden, am Freitag auszuliefern. "
        + "Also nochmal: wir haben entschieden, am Freitag auszuliefern.");
    assertThat(de).hasSize(1);
  }

  @Test
  void a_long_message_repeating_a_decision_gives_it_once() {
    assertThat(Threads.decisionPoints("ana", "We decided to ship. We decided to ship. We decided to ship. "
        + "We decided to ship. We decided to ship. We decided to ship.")).hasSize(1);
    assertThat(Threads.decisionPoints("ana", "On a décidé de livrer vendredi. On a décidé de livrer vendredi. "
        + "On a décidé de livrer vendredi.")).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void two_different_decisions_in_one_message_stay_two() {
    assertThat(Threads.decisionPoints("ana",
        "We decided to ship on Friday. We decided the code freeze starts Monday.")).hasSize(2);
    assertThat(Threads.decisionPoints("ana", "Wir haben entschieden, am Freitag auszuliefern. "
        + "Wir haben entschieden, dass der Code-Freeze am Montag beginnt.")).hasSize(2);
  }

  @Test
  void the_same_wording_from_two_messages_stays_two_decisions() {
    // Near miss: the same words in different messages are compared by no one here; each
    // message is its own decision as far as this rule goes.
    assertThat(Threads.decisionPoints(
        "ana", "We decided to ship the iOS app on Friday.",
        "ben", "ok",
        "ana", "The web app: we decided to ship it on Monday.")).hasSize(2);
  }
}
