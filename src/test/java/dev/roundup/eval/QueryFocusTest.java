package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryFocusTest {

  @Test
  void summarize_the_discussion_frames_are_removed() {
    assertThat(QueryFocus.of("Summarize the discussion about product appearance."))
        .isEqualTo("product appearance");
    assertThat(QueryFocus.of("Summarize the discussion on VAD results"))
        .isEqualTo("VAD results");
    assertThat(QueryFocus.of("Summarize the conclusion of the discussion about the price."))
        .isEqualTo("the price");
  }

  @Test
  void what_did_someone_say_about_frames_are_removed_whoever_speaks() {
    assertThat(QueryFocus.of("What did Industrial Designer say about the battery?"))
        .isEqualTo("the battery");
    assertThat(QueryFocus.of("What did the group discuss about production costs?"))
        .isEqualTo("production costs");
    assertThat(QueryFocus.of("What was said about the equipment?")).isEqualTo("the equipment");
  }

  @Test
  void other_summarize_requests_keep_what_follows_the_verb() {
    assertThat(QueryFocus.of("Summarize the design and availability of actual components."))
        .isEqualTo("the design and availability of actual components");
    assertThat(QueryFocus.of("What did the group discuss the functional design?"))
        .isEqualTo("the functional design");
  }

  @Test
  void other_questions_keep_their_words_without_the_question_mark() {
    assertThat(QueryFocus.of("Why did the group choose solar energy?"))
        .isEqualTo("Why did the group choose solar energy");
  }
}
