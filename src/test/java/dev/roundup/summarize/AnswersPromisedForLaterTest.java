package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An answer promised for later and nothing else ("let you know wednesday", "I'll let you know in an
 * hour") is not a task of its own: the question it answers stays open. A check promised with the
 * answer ("i'll ask my manager and get back to you", "Let me check with the judge first. I'll come
 * back on that.") and a task with the promise after it stay tasks.
 */
class AnswersPromisedForLaterTest {

  private static List<String> tasks(String... userTextPairs) {
    return Threads.actionItems(Threads.chat(userTextPairs)).stream().map(ActionItem::text).toList();
  }

  @Test
  void an_answer_promised_for_later_is_no_task() {
    assertThat(tasks("svenja", "do we need to tell the auditors about the gap?",
        "lars", "let you know wednesday")).isEmpty();
    assertThat(tasks("ana", "is the loading dock free on friday?",
        "ray", "I'll let you know in an hour")).isEmpty();
  }

  @Test
  void a_check_promised_or_a_task_with_the_promise_after_it_stays_a_task() {
    assertThat(tasks("lewis", "Do we also notify the parties in the 64 cases individually?",
        "amara", "Let me check with the presiding judge first. I'll come back on that."))
        .hasSize(1);
    assertThat(tasks("ana", "can we get a refund for the late delivery?",
        "mateo", "not sure, i'll ask my manager and get back to you")).hasSize(1);
    assertThat(tasks("ana", "<@ray> can you book the crane for friday?",
        "ray", "yes, I'll book it today and let you know the slot")).hasSize(1);
  }
}
