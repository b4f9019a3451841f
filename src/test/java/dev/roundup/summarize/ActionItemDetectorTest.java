package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActionItemDetectorTest {

  private static List<ActionItem> items(Conversation conversation) {
    return ActionItemDetector.detect(new PreparedConversation(conversation)).stream()
        .map(Detection::value).toList();
  }

  @Test
  void a_first_person_commitment_is_owned_by_the_speaker() {
    assertThat(items(Threads.chat(
        "U1", "I'll write the postmortem by Friday.",
        "U2", "I can take the comms update.",
        "U3", "I'm going to restart the workers tomorrow.")))
        .extracting(ActionItem::owner, ActionItem::text, ActionItem::due)
        .containsExactly(
            tuple("U1", "Write the postmortem by Friday", "by Friday"),
            tuple("U2", "Take the comms update", null),
            tuple("U3", "Restart the workers tomorrow", "tomorrow"));
  }

  @Test
  void a_request_to_a_mentioned_person_is_owned_by_that_person() {
    assertThat(items(Threads.chat(
        "U1", "<@U2> can you rotate the credentials by EOD?",
        "U1", "<@U3> please update the runbook.",
        "U4", "Could you check the dashboards <@U5>?",
        "U1", "<@U6> needs to sign the contract by 12/5.")))
        .extracting(ActionItem::owner, ActionItem::text, ActionItem::due)
        .containsExactly(
            tuple("U2", "Rotate the credentials by EOD", "by EOD"),
            tuple("U3", "Update the runbook", null),
            tuple("U5", "Check the dashboards", null),
            tuple("U6", "Sign the contract by 12/5", "by 12/5"));
  }

  @Test
  void labelled_items_name_their_owner_or_none() {
    assertThat(items(Threads.chat(
        "U1", "TODO: <@U2> to add a CHF invoice to the checklist",
        "U1", "Action item: rename the staging bucket",
        "U3", "AI: I will file the vendor ticket")))
        .extracting(ActionItem::owner, ActionItem::text)
        .containsExactly(
            tuple("U2", "Add a CHF invoice to the checklist"),
            tuple(null, "Rename the staging bucket"),
            tuple("U3", "I will file the vendor ticket"));
  }

  @Test
  void a_plain_request_in_a_thread_does_not_fall_to_the_parent_author() {
    List<Message> thread = List.of(
        new Message("1700000000.000100", "1700000000.000100", "UPARENT", "Deploy is stuck.", 2),
        new Message("1700000001.000100", "1700000000.000100", "UASKER",
            "Can you share the deploy logs?", 0),
        new Message("1700000002.000100", "1700000000.000100", "UPARENT",
            "The logs are in the bucket, pipeline 77.", 0));
    assertThat(items(new Conversation("C1", thread))).singleElement()
        .satisfies(item -> assertThat(item.owner()).isNull());
  }

  @Test
  void whoever_answers_a_plain_request_with_on_it_owns_it() {
    assertThat(items(Threads.chat(
        "U1", "Could someone bump the TLS certificate before it expires?",
        "U2", "on it")))
        .singleElement().extracting(ActionItem::owner).isEqualTo("U2");
  }

  @Test
  void statements_about_oneself_that_are_not_tasks_are_ignored() {
    assertThat(items(Threads.chat(
        "U1", "I'll be out on Friday.",
        "U2", "If I will need access, I'll ask.",
        "U3", "Will you be at the offsite?",
        "U4", "I'll do it."))).isEmpty();
  }

  @Test
  void owners_and_dues_are_right_in_the_domain_threads() {
    assertThat(items(Threads.load("incident-checkout-latency.json")))
        .extracting(ActionItem::owner, ActionItem::due)
        .containsExactly(
            tuple("U02BEN02", null),
            tuple("U04DEE04", "by Friday"),
            tuple("U02BEN02", "by EOD"),
            tuple("U03CHO03", null));
    assertThat(items(Threads.load("hiring-debrief.json")))
        .filteredOn(a -> a.owner() != null)
        .extracting(ActionItem::owner, ActionItem::due)
        .containsExactly(tuple("U09IDA09", "by Monday"));
    assertThat(items(Threads.load("launch-ios-release.json")))
        .extracting(ActionItem::owner, ActionItem::due)
        .contains(tuple("U0BLIA11", "by 11/14"), tuple("U0CMOO12", "today"));
  }
}
