package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalienceScorerTest {

  private final SalienceScorer scorer = new SalienceScorer(SummarizerTuning.DEFAULT);

  private double[] score(Conversation conversation, Set<String> focus) {
    PreparedConversation prepared = new PreparedConversation(conversation);
    return scorer.score(prepared, new TermVectors(prepared.sentences()), focus);
  }

  @Test
  void small_talk_scores_nothing_and_on_topic_sentences_score_more_than_off_topic_ones() {
    double[] scores = score(Threads.chat(
        "U1", "The payment gateway rejects cards from Brazil since the gateway upgrade.",
        "U2", "thanks!",
        "U3", "Gateway logs show the upgrade changed the card country check.",
        "U4", "Unrelated, but the office coffee machine is broken again.",
        "U1", "Rolling back the gateway upgrade fixes the card rejections."), Set.of());
    assertThat(scores[1]).isZero();
    assertThat(scores[2]).isGreaterThan(scores[3]);
    assertThat(scores[4]).isGreaterThan(scores[3]);
  }

  @Test
  void focus_words_raise_the_sentences_that_use_them() {
    Conversation conversation = Threads.chat(
        "U1", "The release train leaves on Tuesday with the new onboarding flow.",
        "U2", "Onboarding flow metrics look good on the beta cohort of the release.",
        "U3", "Security review of the release found one token logging issue.");
    double[] plain = score(conversation, Set.of());
    double[] focused = score(conversation, Set.copyOf(Terms.content("security tokens")));
    assertThat(focused[2] / focused[1]).isGreaterThan(plain[2] / plain[1]);
  }

  @Test
  void a_thread_parent_with_many_replies_counts_more_than_one_without() {
    List<Message> channel = new ArrayList<>();
    for (int i = 0; i < 4; i++) { // earlier talk, so the opening-message prior is out of play
      channel.add(new Message("17000000" + i + "0.000100", null, "U9", "Lunch plans " + i, 0));
    }
    channel.add(new Message("1700000100.000100", null, "U1",
        "Disk usage on the build agents is high.", 0));
    channel.add(new Message("1700000200.000100", "1700000200.000100", "U2",
        "Disk usage on the database hosts is high.", 30));
    double[] scores = score(new Conversation("C1", channel), Set.of());
    assertThat(scores[5]).isGreaterThan(scores[4]);
  }
}
