package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replies and requests that read like a task taken on or handed out, and are not: owning up to
 * what was done, asking someone to decide, asking whether a plan still holds, "not me, i'm on
 * the early thurs", a condition on what was asked, the second half of one request; a task taken
 * on before a question of one's own; and beside each, the near miss that still is a task.
 */
class RepliesThatTakeNothingOnTest {

  private static final Map<String, String> NAMES = Map.of("UTESS", "Tess", "URAJ", "Raj",
      "URACHEL", "Rachel", "UCALLUM", "Callum", "UMIKE", "Mike", "ULEANNE", "Leanne");

  @Test
  void owning_up_to_a_past_mistake_takes_nothing_on_even_without_a_question_mark() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "the exam paper got uploaded to the wrong course page. it's hidden now",
        "U3", "how on earth. who uploaded it",
        "U2", "me, picked the wrong course from the dropdown. my fault, sorry");
    assertThat(items).filteredOn(a -> "U2".equals(a.owner())).isEmpty();
  }

  @Test
  void me_to_a_question_of_who_will_stays_a_task() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "the exam paper got uploaded to the wrong course page. it's hidden now",
        "U3", "who can upload it to the right page tonight?",
        "U2", "me, will do it after dinner");
    assertThat(items).filteredOn(a -> "U2".equals(a.owner())).isNotEmpty();
  }

  @Test
  void me_to_who_meant_to_or_owning_up_and_mending_stays_a_task() {
    assertThat(Threads.actionItems(
        "U1", "who was going to book the minibus",
        "U2", "me, I'll book it tonight"))
        .filteredOn(a -> "U2".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase("book"));
    assertThat(Threads.actionItems(
        "U1", "who pushed the config change. it needs reverting asap",
        "U2", "me, sorry, I'll revert it now"))
        .filteredOn(a -> "U2".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase("revert"));
  }

  @Test
  void asking_someone_to_decide_hands_them_no_task() {
    List<ActionItem> items = Threads.actionItems(NAMES,
        "UTESS", "are we refunding fees for people who withdrew cash instead?",
        "URAJ", "good question, i don't own that. tess your call?",
        "UTESS", "ok, let me think about it");
    assertThat(items).noneSatisfy(a -> assertThat(a.text()).containsIgnoringCase("your call"));
  }

  @Test
  void a_task_said_after_leaving_the_choice_to_someone_is_theirs() {
    List<ActionItem> items = Threads.actionItems(NAMES,
        "URAJ", "tess, your call. book whichever hotel is cheaper by friday",
        "UTESS", "sure");
    assertThat(items).filteredOn(a -> "UTESS".equals(a.owner())).isNotEmpty();
  }

  @Test
  void asking_someone_to_do_something_still_does() {
    List<ActionItem> items = Threads.actionItems(NAMES,
        "UTESS", "are we refunding fees for people who withdrew cash instead?",
        "URAJ", "good question. tess can you check the cost with finance?",
        "UTESS", "sure, will do");
    assertThat(items).filteredOn(a -> "UTESS".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase("check the cost"));
  }

  @Test
  void a_french_question_about_a_fact_put_to_someone_is_no_request() {
    // Whether a plan still holds: the answer confirms it, there is nothing to do.
    List<ActionItem> items = Threads.actionItems(
        "U1", "je commande le medium aujourd'hui, livraison demain normalement",
        "U2", "<@U3> au passage, la captation vidéo du 17 est toujours d'actualité ?",
        "U3", "oui, toujours prévue");
    assertThat(items).filteredOn(a -> "U3".equals(a.owner())).isEmpty();
  }

  @Test
  void a_french_request_put_to_someone_still_is() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "je commande le medium aujourd'hui, livraison demain normalement",
        "U2", "<@U3> un petit rappel du côté du fournisseur avant midi ?",
        "U3", "ça marche");
    assertThat(items).filteredOn(a -> "U3".equals(a.owner())).isNotEmpty();
  }

  @Test
  void a_condition_on_what_was_asked_is_not_the_task() {
    List<ActionItem> items = Threads.actionItems(NAMES,
        "URACHEL", "callum would you go to obergurgl instead? same dates",
        "UCALLUM", "yeah happy to, as long as i'm not losing the week");
    assertThat(items).filteredOn(a -> "UCALLUM".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase("obergurgl")
            .doesNotContainIgnoringCase("as long as"));
  }

  @Test
  void providing_something_is_a_task() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "the auditors want the Q3 bank statements",
        "U2", "I can handle providing the statements to them");
    assertThat(items).filteredOn(a -> "U2".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase("statements"));
  }

  @Test
  void not_me_takes_nothing_on() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "who's on frost watch wed night? someone needs to check the fleece at 3am",
        "U2", "not me, i'm on the early thurs");
    assertThat(items).filteredOn(a -> "U2".equals(a.owner())).isEmpty();
  }

  @Test
  void what_someone_named_did_asks_nothing_of_them() {
    List<ActionItem> items = Threads.actionItems(NAMES,
        "URACHEL", "was the fryer oil changed today?",
        "UCALLUM", "raj did the oil change this morning i think",
        "URAJ", "yep, at 7");
    assertThat(items).filteredOn(a -> "URAJ".equals(a.owner())).isEmpty();
    List<ActionItem> asked = Threads.actionItems(NAMES,
        "URACHEL", "the fryer oil is black",
        "UCALLUM", "raj do the oil change before lunch pls",
        "URAJ", "yep, on it");
    assertThat(asked).filteredOn(a -> "URAJ".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase("oil change"));
    // A "you" after the past verb turns to them: still a request.
    List<ActionItem> turned = Threads.actionItems(NAMES,
        "URACHEL", "raj, was wondering if you could cover my saturday shift",
        "URAJ", "yeah no problem");
    assertThat(turned).filteredOn(a -> "URAJ".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase("saturday"));
  }

  @Test
  void where_the_speaker_is_takes_nothing_on() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "from monday the late shift also does the hot chocolate round",
        "U2", "that's more work at 8pm though, i'm on my own in the kitchen after 7",
        "U3", "sorry, i'm on the phone with the supplier, back in 5",
        "U4", "i'm on the phones this morning, can someone else do the returns");
    assertThat(items).filteredOn(a -> !"U1".equals(a.owner())).isEmpty();
  }

  @Test
  void work_named_after_im_on_is_still_taken_on() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "who's handling the move to the new phone system on monday?",
        "U2", "i'm on the phone system cutover, will have the new numbers live by 9",
        "U1", "great thanks");
    assertThat(items).filteredOn(a -> "U2".equals(a.owner())).isNotEmpty();
  }

  @Test
  void not_me_then_something_taken_on_stays_a_task() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "who broke the staging deploy",
        "U2", "not me, I'll check the logs to see who did");
    assertThat(items).filteredOn(a -> "U2".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase("check the logs"));
  }

  @Test
  void a_task_taken_on_before_a_question_of_ones_own_is_taken_on() {
    List<ActionItem> items = Threads.actionItems(Map.of("UGARETH", "Gareth", "ULUCY", "Lucy"),
        "UGARETH", "lucy let the other 3 buyers know the options by tomorrow noon",
        "ULUCY", "will do. so for the blue one we're back to 5-7 weeks from the factory?");
    assertThat(items).filteredOn(a -> "ULUCY".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(a.text()).containsIgnoringCase("other 3 buyers"));
  }

  @Test
  void what_a_request_asks_after_its_and_is_no_second_task() {
    List<ActionItem> items = Threads.actionItems(NAMES,
        "UMIKE", "leanne ask northgate for reinstatement with the break-in disclosed, "
            + "and whether they'd look at the claim as goodwill",
        "ULEANNE", "will call their UW this afternoon");
    assertThat(items).filteredOn(a -> "ULEANNE".equals(a.owner()))
        .noneSatisfy(a -> assertThat(a.text()).startsWithIgnoringCase("whether"))
        .anySatisfy(a -> assertThat(a.text()).containsIgnoringCase("reinstatement"));
  }

  @Test
  void a_second_task_after_and_as_agreed_is_still_split_off() {
    List<ActionItem> items = Threads.actionItems(NAMES,
        "UMIKE", "leanne ruf bitte den Versicherer an, und wie besprochen schick ihnen die Fotos "
            + "bis Freitag",
        "ULEANNE", "mach ich");
    assertThat(items).filteredOn(a -> "ULEANNE".equals(a.owner())).hasSize(2);
  }

  @Test
  void a_second_task_after_the_and_is_still_split_off() {
    List<ActionItem> items = Threads.actionItems(NAMES,
        "UMIKE", "leanne ask northgate for reinstatement with the break-in disclosed, "
            + "and call the client tonight",
        "ULEANNE", "will do");
    assertThat(items).filteredOn(a -> "ULEANNE".equals(a.owner())).hasSize(2);
  }
}
