package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  @Test
  void splits_at_full_stops_question_marks_and_line_breaks() {
    assertThat(SentenceSplitter.split("We ship Tuesday. Any risks? Yes!\nsecond line", "en"))
        .containsExactly("We ship Tuesday.", "Any risks?", "Yes!", "second line");
  }

  @Test
  void does_not_split_after_abbreviations_or_initials() {
    assertThat(SentenceSplitter.split("Use a queue, e.g. SQS. Ask J. Smith about it.", "en"))
        .containsExactly("Use a queue, e.g. SQS.", "Ask J. Smith about it.");
  }

  @Test
  void a_lone_capital_before_a_lower_case_word_ends_the_sentence() {
    assertThat(SentenceSplitter.split(
        "B dogs get walked separately from now, not with A and C. i'll redo the walk rota", "en"))
        .containsExactly("B dogs get walked separately from now, not with A and C.",
            "i'll redo the walk rota");
    assertThat(SentenceSplitter.split("not with A and C. <@U1> can you redo the rota?", "en"))
        .hasSize(2);
    // A name after an initial, a unit after a number and a letter in lower case go on.
    assertThat(SentenceSplitter.split("ask J. Smith about it", "en"))
        .containsExactly("ask J. Smith about it");
    assertThat(SentenceSplitter.split("under 8°C. if it's above that it goes", "en")).hasSize(1);
    assertThat(SentenceSplitter.split("good q. felix can you check", "en")).hasSize(1);
  }

  @Test
  void drops_pieces_without_letters_or_digits() {
    assertThat(SentenceSplitter.split("Done. !!! ...", "en")).containsExactly("Done.");
  }

  @Test
  void a_run_without_full_stops_is_read_in_pieces_cut_at_spaces_and_nothing_is_lost() {
    String run = "deploy the cache then check the queue and the logs ".repeat(200).strip(); // 10,000+ chars
    List<String> pieces = SentenceSplitter.split(run, "en");

    assertThat(pieces).hasSizeGreaterThan(9)
        .allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE))
        .allSatisfy(p -> assertThat(p).doesNotStartWith("eploy").doesNotEndWith("dep"));
    assertThat(String.join(" ", pieces)).isEqualTo(run);
    // Japanese has no spaces: cut at the limit, every character kept.
    String japanese = "確認します".repeat(500);
    assertThat(String.join("", SentenceSplitter.split(japanese, "ja"))).isEqualTo(japanese);
    // a long real sentence stays whole
    String sentence = "We agreed " + "that the rollout waits for the review, ".repeat(20) + "and ships.";
    assertThat(SentenceSplitter.split(sentence, "en")).containsExactly(sentence);
  }
}
