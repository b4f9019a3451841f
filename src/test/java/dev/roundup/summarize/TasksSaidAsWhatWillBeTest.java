package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A task said as what will be, a name after the clause it belongs to ("good. postmortem thursday
 * 3pm, marcus writes the draft", "gut. Retro am Donnerstag, Lars schreibt das Protokoll"), is the
 * named person's once they take it on ("ok"); what someone said, did or knows is not, nor a task
 * nobody takes on.
 */
class TasksSaidAsWhatWillBeTest {

  private static final Map<String, String> NAMES = Map.of("U1", "dana", "U2", "marcus",
      "U3", "lars", "U4", "ana");

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(NAMES, userTextPairs);
  }

  @Test
  void a_task_said_as_what_will_be_is_the_named_persons_once_taken_on() {
    assertThat(items(
        "U1", "refunds run tomorrow morning in one batch.",
        "U1", "good. postmortem thursday 3pm, marcus writes the draft",
        "U2", "ok"))
        .extracting(ActionItem::owner, ActionItem::text)
        .contains(tuple("U2", "Writes the draft"));
    assertThat(items(
        "U1", "Die Rückerstattungen laufen morgen früh in einem Rutsch.",
        "U1", "Gut. Retro am Donnerstag um 15 Uhr, Lars schreibt das Protokoll",
        "U3", "ok, mach ich"))
        .extracting(ActionItem::owner).contains("U3");
  }

  @Test
  void what_someone_said_or_a_task_nobody_takes_on_is_no_item() {
    assertThat(items(
        "U1", "refunds run tomorrow morning in one batch.",
        "U1", "talked to support, ana said the template is fine",
        "U4", "yes"))
        .extracting(ActionItem::owner).doesNotContain("U4");
    assertThat(items(
        "U1", "Die Rückerstattungen laufen morgen früh in einem Rutsch.",
        "U1", "Gut. Retro am Donnerstag um 15 Uhr, Lars schreibt das Protokoll",
        "U2", "klingt gut"))
        .extracting(ActionItem::owner).doesNotContain("U3");
  }
}
