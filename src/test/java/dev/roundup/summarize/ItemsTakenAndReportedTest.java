package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "I'll own it" and "flaky tests — I'll take it" name what they take; a "done" that answers a
 * later request finishes that request, not what its owner took on before.
 */
class ItemsTakenAndReportedTest {

  private static List<ActionItem> items(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @Test
  void i_will_own_it_takes_what_was_said_before_it() {
    assertThat(items(
        "U1", "fine with Envoy if someone actually owns the migration, I don't want it half done",
        "U2", "I'll own it. Envoy Gateway + Gateway API it is"))
        .singleElement().satisfies(a -> {
          assertThat(a.owner()).isEqualTo("U2");
          assertThat(a.text()).contains("owns the migration").contains("I'll own it");
        });
  }

  @Test
  void the_words_before_a_dash_are_what_i_will_take_it_takes() {
    assertThat(items(
        "U1", "dmitri owns the boot upgrade",
        "U2", "flaky tests — I'll take it."))
        .singleElement().satisfies(a -> assertThat(a.text()).startsWith("Flaky tests — "));
  }

  @Test
  void done_after_a_later_request_finishes_that_request_only() {
    assertThat(items(
        "U1", "SOC 2 evidence collection has to be sorted before the audit window opens.",
        "U2", "I'll take access reviews, I know the tooling",
        "U3", "change-management evidence is mostly github exports, I can pull those.",
        "U3", "<@U2> can you give me org admin for that?",
        "U2", "done"))
        .extracting(ActionItem::owner).contains("U2");
    assertThat(items(
        "U1", "the staging certificate expired this morning",
        "U2", "I'll renew the certificate right away",
        "U2", "certificate renewed, staging is back"))
        .isEmpty();
  }
}
