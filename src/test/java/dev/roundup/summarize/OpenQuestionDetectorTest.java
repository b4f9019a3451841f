package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenQuestionDetectorTest {

  private static List<String> open(Conversation conversation) {
    return OpenQuestionDetector.detect(new PreparedConversation(conversation), Set.of()).stream()
        .map(d -> d.value().text()).toList();
  }

  @Test
  void a_question_nobody_answers_is_open() {
    assertThat(open(Threads.chat(
        "U1", "Who owns the on-call rotation for December?",
        "U2", "thanks!"))).containsExactly("Who owns the on-call rotation for December?");
  }

  @Test
  void a_reply_from_someone_else_that_addresses_the_question_answers_it() {
    assertThat(open(Threads.chat(
        "U1", "Which region hosts the replica?",
        "U3", "The replica lives in eu-west-2 next to the primary."))).isEmpty();
  }

  @Test
  void yes_or_no_is_an_answer_to_a_yes_no_question() {
    assertThat(open(Threads.chat(
        "U1", "Is the migration finished?",
        "U2", "thanks for asking",
        "U3", "Yep."))).isEmpty();
  }

  @Test
  void the_asker_answering_themselves_does_not_count_unless_they_found_it() {
    assertThat(open(Threads.chat(
        "U1", "Where is the runbook for the billing service?",
        "U1", "Also the runbook for payments?"))).hasSize(2);
    assertThat(open(Threads.chat(
        "U1", "Where is the runbook for the billing service?",
        "U1", "nvm, found it in the wiki"))).isEmpty();
  }

  @Test
  void a_greeting_right_after_a_question_is_not_an_answer() {
    assertThat(open(Threads.chat(
        "U1", "Who posts status page updates during the window?",
        "U2", "Hi all, just joined from the comms team!"))).hasSize(1);
  }

  @Test
  void open_and_answered_questions_in_the_domain_threads() {
    assertThat(open(Threads.load("hiring-debrief.json")))
        .containsExactly("What salary band are we offering?");
    assertThat(open(Threads.load("design-review-pagination.json")))
        .containsExactly("How do we deprecate offset on v1 without breaking the mobile app?");
    assertThat(open(Threads.load("launch-ios-release.json")))
        .containsExactly("Should we bump the minimum iOS version to 16 in this release?");
  }
}
