package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replies and requests that read like a task taken on or handed out, and are not: owning up to
 * what was done, asking someone to decide, a question about a fact put to someone, "not me",
 * a condition on what was asked, and the second half of one request.
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
  void asking_someone_to_decide_hands_them_no_task() {
    List<ActionItem> items = Threads.actionItems(NAMES,
        "UTESS", "are we refunding fees for people who withdrew cash instead?",
        "URAJ", "good question, i don't own that. tess your call?",
        "UTESS", "ok, let me think about it");
    assertThat(items).noneSatisfy(a -> assertThat(a.text()).containsIgnoringCase("your call"));
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
    // "du" is German for "you" and French for "of the": here it asks nothing of Claire.
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
        "U2", "<@U3> tu peux envoyer la captation vidéo du 17 au client ?",
        "U3", "oui je m'en occupe");
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
  void not_me_takes_nothing_on() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "who's on frost watch wed night? someone needs to check the fleece at 3am",
        "U2", "not me, i'm on the early thurs");
    assertThat(items).filteredOn(a -> "U2".equals(a.owner())).isEmpty();
  }

  @Test
  void not_me_but_something_taken_on_stays_a_task() {
    List<ActionItem> items = Threads.actionItems(
        "U1", "who's on frost watch wed night? someone needs to check the fleece at 3am",
        "U2", "not me, but i'll ask dale tonight if he can");
    assertThat(items).filteredOn(a -> "U2".equals(a.owner())).isNotEmpty();
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
  void a_second_task_after_the_and_is_still_split_off() {
    List<ActionItem> items = Threads.actionItems(NAMES,
        "UMIKE", "leanne ask northgate for reinstatement with the break-in disclosed, "
            + "and call the client tonight",
        "ULEANNE", "will do");
    assertThat(items).filteredOn(a -> "ULEANNE".equals(a.owner())).hasSize(2);
  }
}
