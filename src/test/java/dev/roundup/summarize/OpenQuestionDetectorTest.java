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

  @Test
  void a_non_answer_keeps_a_question_open() {
    assertThat(open(Threads.chat(
        "U1", "Who owns the dashboard design?",
        "U2", "nobody picked that up yet"))).singleElement().asString()
        .startsWith("Who owns the dashboard design? — <@U2>: nobody picked that up yet");
  }

  @Test
  void a_redirect_keeps_it_open_and_says_who_was_asked() {
    assertThat(open(Threads.chat(
        "U1", "Can we claw back the second refund or do we just eat it?",
        "U2", "good question, let's ask finance",
        "U3", "sure"))).singleElement().asString()
        .endsWith("— <@U2>: good question, let's ask finance");
  }

  @Test
  void a_deferral_keeps_it_open_with_when_it_is_to_be_settled() {
    assertThat(open(Threads.chat(
        "U1", "How long do we keep v1 alive?",
        "U2", "TBD, let's decide later once we see v2 adoption."))).singleElement().asString()
        .contains("let's decide later");
  }

  @Test
  void an_answer_that_muses_afterwards_still_answers() {
    assertThat(open(Threads.chat(
        "U1", "Why didn't staging catch this?",
        "U2", "Staging talks to the sandbox gateway. We'll check whether this is a real gap.")))
        .isEmpty();
  }

  @Test
  void an_answer_that_hedges_still_answers() {
    assertThat(open(Threads.chat(
        "U1", "Who has admin rights on the billing dashboard?",
        "U2", "I think Omar does, not 100% sure though."))).isEmpty();
    assertThat(open(Threads.chat(
        "U1", "How long would the data backfill take?",
        "U2", "Roughly a week, maybe less if we skip the archive."))).isEmpty();
    assertThat(open(Threads.chat(
        "U1", "Wer hat den Schlüssel für den Serverraum?",
        "U2", "Ich glaube Jonas, bin mir aber nicht sicher."))).isEmpty();
  }

  @Test
  void a_reply_that_only_hedges_or_leaves_it_to_someone_else_keeps_it_open() {
    assertThat(open(Threads.chat(
        "U1", "Who approves the travel budget?",
        "U2", "Maybe, let's bring it up at the planning."))).hasSize(1);
    assertThat(open(Threads.chat(
        "U1", "Who approves the travel budget?",
        "U2", "That's for Maria to decide at the quarterly review."))).singleElement()
        .asString().endsWith("— <@U2>: That's for Maria to decide at the quarterly review.");
  }
}
