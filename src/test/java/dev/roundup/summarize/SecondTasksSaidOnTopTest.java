package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A second task the speaker says again with its "I" ("I'll tell the supplier…, and i'll open a
 * couple of the kits to check", "je réserve le boîtier, et je fais un test sur place") is an item
 * of its own, and so is one said on top of a request just taken on ("yep. and i'll do a
 * retraining session on thursday"). A commitment that names what was asked still takes the
 * request on.
 */
class SecondTasksSaidOnTopTest {

  private static final Map<String, String> NAMES = Map.of("UNADIA", "nadia", "ULEE", "lee");

  @Test
  void a_second_task_with_its_own_i_is_its_own_item() {
    assertThat(Threads.actionItems("UA", "bag C is missing from the kits",
        "UPHIL", "i'll tell the supplier to put it in box 1 from the next batch, and i'll open a "
            + "couple of the kits still on our shelves to check"))
        .extracting(ActionItem::text)
        .containsExactly("Tell the supplier to put it in box 1 from the next batch",
            "Open a couple of the kits still on our shelves to check");
  }

  @Test
  void a_french_second_task_keeps_its_speaker() {
    assertThat(Threads.actionItems("UA", "il faut tester la 4G sur place",
        "UMATHIEU", "je réserve le boîtier aujourd'hui, et je fais un test sur place le 12 avec yann"))
        .extracting(ActionItem::text).hasSize(2)
        .last().asString().startsWith("Je fais un test sur place le 12");
  }

  @Test
  void a_task_said_on_top_of_a_request_taken_on_is_a_second_item() {
    assertThat(Threads.actionItems(NAMES,
        "UNADIA", "lee can you update the intake checklist and push it to all stores this week",
        "ULEE", "yep. and i'll do a retraining session in leeds on thursday"))
        .extracting(ActionItem::owner, ActionItem::text)
        .containsExactly(
            tuple("ULEE",
                "Update the intake checklist and push it to all stores this week"),
            tuple("ULEE",
                "Do a retraining session in leeds on thursday"));
  }

  @Test
  void a_commitment_naming_what_was_asked_takes_the_request_on() {
    assertThat(Threads.actionItems(NAMES,
        "UNADIA", "lee can you update the intake checklist and push it to all stores this week",
        "ULEE", "yep. and i'll push the checklist to the stores by thursday"))
        .singleElement().extracting(ActionItem::owner).isEqualTo("ULEE");
  }
}
