package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bare imperative after a mention ("<@sam> write up the timeline for thursday's debrief pls",
 * "<@ole> Kran danach freigeben") is a request when the one mentioned answers it next, agreeing
 * or taking it on ("yep", "mach ich"); not a statement about them ("<@ole> hat das schon
 * gemacht"), an approval asked for, nor one they leave unanswered.
 */
class BareImperativesAfterAMentionTest {

  @Test
  void a_bare_imperative_answered_by_the_one_mentioned_is_their_task() {
    assertThat(Threads.actionItems(
        "UKAT", "noted for the debrief. <@USAM> write up the timeline for thursday's debrief pls",
        "USAM", "yep"))
        .anySatisfy(a -> {
          assertThat(a.owner()).isEqualTo("USAM");
          assertThat(a.text()).containsIgnoringCase("write up the timeline");
        });
    assertThat(Threads.actionItems(
        "UANNA", "Kran 4 ist wieder dicht.",
        "UANNA", "<@UOLE> Kran danach freigeben und im Logbuch eintragen",
        "UOLE", "mach ich"))
        .anySatisfy(a -> {
          assertThat(a.owner()).isEqualTo("UOLE");
          assertThat(a.text()).contains("Logbuch eintragen");
        });
  }

  @Test
  void a_statement_about_someone_an_approval_or_an_unanswered_line_is_no_task() {
    assertThat(Threads.actionItems(
        "UANNA", "Kran 4 ist wieder dicht.",
        "UANNA", "<@UOLE> hat das Logbuch schon eingetragen",
        "UOLE", "ja"))
        .noneMatch(a -> "UOLE".equals(a.owner()));
    assertThat(Threads.actionItems(
        "UHANK", "<@UGRETA> risk approval please, ticket RSK-5512",
        "UGRETA", "ok"))
        .noneMatch(a -> "UGRETA".equals(a.owner()));
    assertThat(Threads.actionItems(
        "UKAT", "<@USAM> write up the timeline for thursday's debrief pls",
        "UJO", "lol that's a lot"))
        .noneMatch(a -> "USAM".equals(a.owner()));
  }
}
