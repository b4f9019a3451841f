package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MmrSelectorTest {

  private final MmrSelector selector = new MmrSelector(SummarizerTuning.DEFAULT);

  @Test
  void a_near_duplicate_of_a_picked_sentence_is_not_picked_again() {
    PreparedConversation c = new PreparedConversation(Threads.chat(
        "U1", "The staging database ran out of disk during the nightly import.",
        "U2", "The staging database ran out of disk during the nightly import again.",
        "U3", "Billing invoices for December are delayed by the tax change."));
    double[] scores = {1.0, 0.95, 0.5};
    List<Integer> picked =
        selector.select(c.sentences(), scores, new TermVectors(c.sentences()), 2, i -> true);
    assertThat(picked).containsExactly(0, 2);
  }

  @Test
  void picks_respect_the_count_the_eligibility_and_come_back_in_conversation_order() {
    PreparedConversation c = new PreparedConversation(Threads.chat(
        "U1", "Search latency doubled after the index rebuild.",
        "U2", "The mobile app crashes on login for Android 12 users.",
        "U3", "Marketing wants the launch email moved to Thursday.",
        "U4", "The office move is planned for March."));
    double[] scores = {0.4, 0.9, 0.8, 0.7};
    List<Integer> picked =
        selector.select(c.sentences(), scores, new TermVectors(c.sentences()), 2, i -> i != 1);
    assertThat(picked).containsExactly(2, 3);
  }

  @Test
  void nothing_is_picked_when_nothing_scores() {
    PreparedConversation c = new PreparedConversation(Threads.chat("U1", "thanks!", "U2", "+1"));
    assertThat(selector.select(c.sentences(), new double[c.sentences().size()],
        new TermVectors(c.sentences()), 5, i -> true)).isEmpty();
  }
}
