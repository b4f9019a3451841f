package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChoicesLeftForLaterTest {

  private static List<String> open(String... userTextPairs) {
    return OpenQuestionDetector.detect(new PreparedConversation(Threads.chat(userTextPairs)),
        Set.of()).stream().map(d -> d.value().text()).toList();
  }

  @Test
  void a_choice_put_off_to_a_meeting_without_a_question_stays_open() {
    assertThat(open(
        "U1", "集客はメルマガだけで足りるかな…",
        "U2", "広告を出すかどうかは来週の定例で決めましょう"))
        .singleElement().asString().contains("広告を出すかどうか");
    assertThat(open(
        "U1", "the newsletter alone might not fill the room for the seminar",
        "U2", "let's decide whether to run ads at next week's sync"))
        .singleElement().asString().contains("whether to run ads");
  }

  @Test
  void a_put_off_that_names_no_choice_is_no_question() {
    assertThat(open(
        "U1", "the release checklist missed the robots.txt step again",
        "U2", "We'll go over the release checklist at the retro, not deciding anything on that now"))
        .isEmpty();
  }

  @Test
  void a_put_off_answering_a_question_is_listed_once_with_the_question() {
    assertThat(open(
        "U1", "Should we run ads for the seminar?",
        "U2", "広告を出すかどうかは来週の定例で決めましょう")).hasSize(1);
  }
}
