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
      "sweep up the broken glass by door 2 before doors open|sweeping it right now"
          + "|sweep up the broken glass",
      "No more refunds without approval, stop them|stopping them now|no more refunds",
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
      "PR up: #4412, the picker delegate now handles the nil result|reviewing",
      // work of one's own, not what the message said
      "deploy to staging is done, smoke tests are green|eating now",
      // the message turned down first
      "can we kill the spots in that room now?|no, the curator wants them on. photographing them now"})
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
        "U3", "i can bulk-reverse the late fees from the admin panel, ~64 tenants",
        "U2", "yes reverse them all today, nobody should have to ask",
        "U3", "doing it now"))
        .filteredOn(a -> "U3".equals(a.owner())).hasSize(1);
  }

  @Test
  void a_task_whose_verb_comes_back_negated_is_not_done() {
    assertThat(Threads.actionItems(
        "U1", "the import queue is stuck at 40k",
        "U2", "<@U3> can you restart the import workers?",
        "U3", "on it",
        "U3", "workers not restarted yet, waiting on ops"))
        .filteredOn(a -> "U3".equals(a.owner())).hasSize(1);
  }
}
