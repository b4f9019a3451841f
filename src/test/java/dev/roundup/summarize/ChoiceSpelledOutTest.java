package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence that spells out the choice the sentence right before it settled, in the same
 * message, is part of that decision ("じゃあ水曜リリースで決定。1月から適用しましょう", "ok,
 * Wednesday release it is. let's start in January"); a proposal in a later message of its own is
 * a decision of its own.
 */
class ChoiceSpelledOutTest {

  @Test
  void the_sentence_after_a_settled_choice_is_part_of_it() {
    assertThat(decisions(
        "U1", "リリース日を金曜から火曜に変えたいです。",
        "U2", "火曜は定例が多いので、水曜はどうですか？",
        "U1", "水曜でも問題ないです",
        "U3", "じゃあ水曜リリースで決定。1月から適用しましょう",
        "U1", "了解です"))
        .singleElement().asString().contains("水曜");
    assertThat(decisions(
        "U1", "I'd like to move release day from Friday to Tuesday.",
        "U2", "Tuesdays are full of meetings, how about Wednesday?",
        "U1", "Wednesday works too",
        "U3", "ok, Wednesday release it is. let's start in January",
        "U1", "👍"))
        .singleElement().asString().contains("Wednesday");
  }

  @Test
  void a_proposal_in_a_message_of_its_own_is_a_decision_of_its_own() {
    assertThat(decisions(
        "U1", "I'd like to move release day from Friday to Tuesday.",
        "U2", "Tuesdays are full of meetings, how about Wednesday?",
        "U1", "Wednesday works too",
        "U3", "ok, Wednesday release it is.",
        "U2", "also let's freeze merges the evening before a release",
        "U1", "👍"))
        .hasSize(2);
  }
}
