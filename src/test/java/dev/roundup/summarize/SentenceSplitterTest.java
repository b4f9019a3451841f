package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

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
  void drops_pieces_without_letters_or_digits() {
    assertThat(SentenceSplitter.split("Done. !!! ...", "en")).containsExactly("Done.");
  }
}
