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

  @Test
  void deferrals_and_musings_are_never_decisions_however_they_are_agreed_to() {
    for (String deferral : List.of("Let's see how the estimate comes out first.",
        "Still open, we'll decide at the next sync.",
        "We will check whether this is a real problem.",
        "Let's say I have a system with four components.",
        "TBD, let's decide later once we see adoption.",
        "We'll see whether people actually write them.",
        "Let's discuss that at the next planning, not today.")) {
      assertThat(decisions(Threads.chat("U1", deferral, "U2", "agreed"))).as(deferral).isEmpty();
    }
  }

  @Test
  void short_settling_phrasings_are_decisions() {
    assertThat(decisions(Threads.chat(
        "U1", "Porto it is.",
        "U2", "OK — decided: URL versioning for v2.",
        "U3", "Done then: async updates Mondays, 30 min sync Thursdays.")))
        .extracting(Point::text).containsExactly("Porto it is.",
            "URL versioning for v2.",
            "Done then: async updates Mondays, 30 min sync Thursdays.");
  }

  @Test
  void a_yes_no_proposal_that_the_next_person_agrees_to_is_a_decision_but_a_request_is_not() {
    assertThat(decisions(Threads.chat(
        "U1", "Then freeze Tuesday noon, release Thursday as planned?",
        "U2", "works for me"))).singleElement()
        .extracting(Point::text).isEqualTo("Then freeze Tuesday noon, release Thursday as planned");
    assertThat(decisions(Threads.chat(
        "U1", "<@U2> can you get a quote for the runner machines?",
        "U2", "yes"))).isEmpty();
    assertThat(decisions(Threads.chat(
        "U1", "Should we roll back or bump the timeout?",
        "U2", "sounds good"))).isEmpty();
  }

  @Test
  void agreement_to_a_proposal_is_not_a_second_decision() {
    assertThat(decisions(Threads.chat(
        "U1", "We should deploy consumers before producers.",
        "U2", "Agreed, let's make that a rule in the deploy pipeline.")))
        .singleElement().satisfies(p -> assertThat(p.sources()).hasSize(2));
  }
}
