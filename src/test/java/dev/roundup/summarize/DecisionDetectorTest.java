package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionDetectorTest {

  private static List<Point> decisions(Conversation conversation) {
    return DecisionDetector.detect(new PreparedConversation(conversation)).stream()
        .map(Detection::value).toList();
  }

  @Test
  void explicit_decision_cues_are_decisions_without_their_label() {
    List<Point> found = decisions(Threads.chat(
        "U1", "Decision: we keep Postgres for the audit log.",
        "U2", "We decided to drop the legacy exporter.",
        "U3", "Let's go with the blue theme."));
    assertThat(found).extracting(Point::text).containsExactly(
        "We keep Postgres for the audit log.",
        "We decided to drop the legacy exporter.",
        "Let's go with the blue theme.");
  }

  @Test
  void a_proposal_becomes_a_decision_only_when_someone_else_agrees() {
    List<Point> agreed = decisions(Threads.chat(
        "U1", "We'll move the standup to 10am.",
        "U2", "sounds good"));
    List<Point> ignored = decisions(Threads.chat(
        "U1", "We'll move the standup to 10am.",
        "U2", "Hmm, 10am clashes with the design sync, I don't think that works."));
    assertThat(agreed).singleElement().satisfies(p -> {
      assertThat(p.text()).isEqualTo("We'll move the standup to 10am.");
      assertThat(p.sources()).containsExactly("1700000000.000100", "1700000002.000100");
    });
    assertThat(ignored).isEmpty();
  }

  @Test
  void a_bare_agreed_makes_the_proposal_it_answers_the_decision() {
    List<Point> found = decisions(Threads.chat(
        "U1", "Rotate the keys monthly instead of quarterly.",
        "U2", "Agreed."));
    assertThat(found).singleElement().extracting(Point::text)
        .isEqualTo("Rotate the keys monthly instead of quarterly.");
  }

  @Test
  void questions_and_negations_are_not_decisions() {
    assertThat(decisions(Threads.chat(
        "U1", "Should we go with Redis?",
        "U2", "We haven't decided on the cache yet.",
        "U3", "Nothing is approved until legal signs off? No, it is not approved yet."))).isEmpty();
  }

  @Test
  void decisions_are_found_in_every_domain_thread() {
    assertThat(decisions(Threads.load("incident-checkout-latency.json"))).extracting(Point::text)
        .contains("We revoke BI access to the primary today and point the BI tool at the replica.");
    assertThat(decisions(Threads.load("design-review-pagination.json"))).extracting(Point::text)
        .contains("We should use opaque base64 cursors so clients don't build them by hand.")
        .anyMatch(t -> t.startsWith("Going with cursor pagination"));
    assertThat(decisions(Threads.load("hiring-debrief.json"))).extracting(Point::text)
        .containsExactly("We extend an offer at the senior level.");
    assertThat(decisions(Threads.load("launch-ios-release.json"))).extracting(Point::text)
        .containsExactly(
            "We'll ship 5.0 without the new image picker and keep the old one behind a flag.");
  }
}
