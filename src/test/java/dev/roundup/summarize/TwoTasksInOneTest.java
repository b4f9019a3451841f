package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwoTasksInOneTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void two_tasks_after_a_comma_and_and_are_two_items_each_with_its_own_date() {
    List<ActionItem> found = items(
        "U1", "disconnects are back to baseline after the annotation change",
        "U2", "I'll write the postmortem, and reply to the 6 tickets today");
    assertThat(found).extracting(ActionItem::text)
        .containsExactly("Write the postmortem", "Reply to the 6 tickets today");
    assertThat(found).extracting(ActionItem::owner).containsOnly("U2");
    assertThat(found).extracting(ActionItem::due).containsExactly(null, "today");
  }

  @Test
  void two_verbs_joined_without_a_comma_stay_one_task() {
    assertThat(items(
        "U1", "the CSV parser chokes on quoted newlines",
        "U2", "I'll fix the parser and add a test for quoted newlines"))
        .extracting(ActionItem::text)
        .containsExactly("Fix the parser and add a test for quoted newlines");
  }

  @Test
  void what_follows_the_and_that_is_no_task_of_the_speakers_stays_with_the_first() {
    assertThat(items(
        "U1", "the CSV parser chokes on quoted newlines",
        "U2", "I'll fix the parser tomorrow, and then we'll see what support says")).hasSize(1);
    assertThat(items(
        "U1", "precisamos decidir a ferramenta de suporte",
        "U2", "beleza, fico com o Zendesk por mais um ano, e reavaliamos no fim de 2027"))
        .hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void keeping_a_thing_in_mind_after_the_and_is_how_the_task_is_done_not_a_second_task() {
    assertThat(items(
        "U1", "Piet, lighting plan to me by next Wednesday, and remember the 50 lux limit for textiles.",
        "U2", "on it"))
        .singleElement().extracting(ActionItem::text).asString().contains("lighting plan");
    assertThat(items(
        "U1", "ich schicke dir den Lichtplan bis Mittwoch, und denk an die Grenze von 50 Lux"))
        .hasSize(1);
    assertThat(items(
        "U1", "yo preparo el plan de iluminación para el miércoles, y recuerda el límite de 50 lux"))
        .hasSize(1);
    // Near miss: remembering to do something is a task of its own.
    assertThat(items(
        "U1", "I'll send the lighting plan by wednesday, and remember to book the lift for the install"))
        .hasSize(2);
  }
}
