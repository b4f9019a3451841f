package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same words said in several messages make one point citing them all; different words stay
 * different points, however alike.
 */
class RepeatedPointsTest {

  private static Summary summary(String... userTextPairs) {
    return new ExtractiveSummarizer().summarize(Threads.chat(userTextPairs), SummaryOptions.DEFAULT);
  }

  @Test
  void a_decision_said_word_for_word_in_three_messages_is_one_decision_citing_the_three() {
    Conversation chat = Threads.chat(
        "ana", "We decided to freeze the scope for the launch.",
        "ben", "Can someone post the slides?",
        "cleo", "We decided to freeze the scope for the launch!",
        "dev", "I'll post the slides after lunch.",
        "eli", "we decided to freeze the scope for the launch");
    Summary s = new ExtractiveSummarizer().summarize(chat, SummaryOptions.DEFAULT);

    assertThat(s.decisions()).singleElement().satisfies(d -> {
      assertThat(d.text()).contains("freeze the scope");
      assertThat(d.sources()).containsExactly(chat.messages().get(0).ts(), chat.messages().get(2).ts(),
          chat.messages().get(4).ts());
    });
  }

  @Test
  void two_decisions_in_different_words_stay_two() {
    Summary s = summary(
        "ana", "We decided to freeze the scope for the iOS launch.",
        "ben", "ok",
        "cleo", "We decided to freeze the scope for the web launch.");
    assertThat(s.decisions()).hasSize(2);
  }

  @Test
  void merging_keeps_order_and_speaker_of_the_first_saying() {
    List<Detection<Point>> merged = RepeatedPoints.merged(List.of(
        new Detection<>(new Point("Ship Friday.", List.of("10.000100")), java.util.Set.of(3)),
        new Detection<>(new Point("Freeze Monday.", List.of("11.000100")), java.util.Set.of(4)),
        new Detection<>(new Point("ship friday", List.of("9.000100")), java.util.Set.of(1))));
    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).value().text()).isEqualTo("Ship Friday.");
    assertThat(merged.get(0).value().sources()).containsExactly("9.000100", "10.000100");
    assertThat(merged.get(0).saidBy()).isEqualTo(3);
    assertThat(merged.get(1).value().text()).isEqualTo("Freeze Monday.");
  }
}
