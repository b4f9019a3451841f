package dev.roundup.summarize;

import static dev.roundup.summarize.Threads.decisions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Several decisions summed up as a list under a heading ("Follow-ups from the token leak, per the
 * call just now:") are one decision per item; items that give someone a task, ask or put
 * something off are not, and a list under any other heading sums nothing up.
 */
class SummedUpListsTest {

  @Test
  void each_item_of_a_summed_up_list_is_a_decision() {
    assertThat(decisions(
        "U1", "the deploy token leaked in a public gist, revoked at 10:12",
        "U2", "Follow-ups from the token leak, per the call just now:\n"
            + "• deploy-bot moves to a fine-grained token scoped to the deploy repo only\n"
            + "• pre-commit secret scanning becomes mandatory on all repos"))
        .containsExactly(
            "Deploy-bot moves to a fine-grained token scoped to the deploy repo only",
            "Pre-commit secret scanning becomes mandatory on all repos");
    assertThat(decisions(
        "U1", "Retro notes for the billing outage.",
        "U2", "Zusammenfassung:\n- Rechnungen gehen erst nach dem Abgleich raus\n"
            + "- der Export läuft künftig um 6 Uhr"))
        .hasSize(2);
  }

  @Test
  void tasks_questions_and_deferrals_in_the_list_or_another_heading_are_no_decisions() {
    assertThat(decisions(
        "U1", "the deploy token leaked in a public gist, revoked at 10:12",
        "U2", "Follow-ups from the token leak, per the call just now:\n"
            + "• <@U1> rotates the staging secrets\n"
            + "• I'll patch the terraform module\n"
            + "• do we need a customer note?\n"
            + "• billing alerts, we'll see next week"))
        .isEmpty();
    assertThat(decisions(
        "U1", "the deploy token leaked in a public gist, revoked at 10:12",
        "U2", "Things I noticed in the logs:\n• the gist was public for 40 minutes\n"
            + "• two clones came from unknown IPs"))
        .isEmpty();
  }
}
