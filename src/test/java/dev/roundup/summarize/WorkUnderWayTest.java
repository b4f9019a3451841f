package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "can we kill the spots in that room now?" — "doing it": work said under way, as the first reply
 * to someone else's message, is the replier's task, worded by what that message said to do. A look
 * taken, a reply with no task before it, work reported done a moment later and work the replier
 * had taken on already add nothing.
 */
class WorkUnderWayTest {

  private static final String SITUATION = "the royals gallery is at 29 degrees and climbing";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "wax deforms from about 30. can we kill the spots in that room now?|doing it|kill the spots",
      "no, derig. if it blows 34 all night i don't want them chafing on the parapet"
          + "|fair. derigging now|derig",
      "the broken glass is still on the floor by door 2|sweeping it right now"
          + "|broken glass",
      "the big room is free at 3, the small one at 4|👍 booking it now|big room is free"})
  void work_under_way_takes_on_what_the_message_before_said(String said, String reply,
      String task) {
    List<ActionItem> items = Threads.actionItems("U1", SITUATION, "U2", said, "U3", reply);
    assertThat(items).filteredOn(a -> "U3".equals(a.owner())).singleElement()
        .satisfies(a -> {
          assertThat(a.text()).containsIgnoringCase(task);
          assertThat(a.sources()).hasSize(2);
        });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a look taken: its finding follows
      "the overnight report looks off, totals don't match|pulling it now",
      // nothing said to do
      "ah ok|copying now",
      // a bare word in passing, which readers list or not
      "PR up: #4412, the picker delegate now handles the nil result|reviewing"})
  void a_look_or_a_reply_to_nothing_to_do_is_no_task(String said, String reply) {
    assertThat(Threads.actionItems("U1", SITUATION, "U2", said, "U3", reply))
        .filteredOn(a -> "U3".equals(a.owner())).isEmpty();
  }

  @Test
  void work_reported_done_a_moment_later_is_no_task_left() {
    assertThat(Threads.actionItems(
        "U1", "Okta login is failing for everyone in the EU org, 401 from our callback.",
        "U2", "Restart the auth pods to clear it?",
        "U3", "restarting now",
        "U3", "Pods restarted, logins work again."))
        .filteredOn(a -> "U3".equals(a.owner())).isEmpty();
  }

  @Test
  void a_task_whose_verb_comes_back_in_the_past_a_few_words_in_is_done() {
    assertThat(Threads.actionItems(
        "U1", "the import queue is stuck at 40k",
        "U2", "<@U3> can you restart the import workers?",
        "U3", "on it",
        "U3", "workers all restarted, queue draining"))
        .filteredOn(a -> "U3".equals(a.owner())).isEmpty();
  }

  @Test
  void work_the_replier_took_on_a_moment_before_is_that_task_once() {
    assertThat(Threads.actionItems(
        "U1", "the late fees ran for every tenant on the old merchant id",
        "U2", "late fees get reversed for every affected tenant, nobody should have to ask",
        "U3", "i can bulk-reverse from the admin panel, ~64 tenants. doing it now"))
        .filteredOn(a -> "U3".equals(a.owner())).hasSize(1);
  }

  @Test
  void the_speaker_going_on_with_their_own_message_is_no_reply() {
    assertThat(Threads.actionItems(
        "U1", SITUATION,
        "U2", "the spots in that room make it worse",
        "U2", "switching them off now"))
        .filteredOn(a -> "U2".equals(a.owner())).allSatisfy(
            a -> assertThat(a.sources()).hasSize(1));
  }
}
