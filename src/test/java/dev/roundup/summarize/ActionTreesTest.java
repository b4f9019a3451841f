package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the action trees may do, whatever they say: trees that trust every candidate add one task
 * a reply, owned by whoever replied, in the words of what they answered (or of the reply, when it
 * says what its writer will do), citing both messages,
 * and never a task the rules already list or one of the replier's own messages; trees that trust
 * none add nothing; and they are asked only about replies that take something on in words or say
 * three words or fewer. Then what the shipped trees do with tasks handed out without a request's
 * words, and with agreements that take nothing on.
 */
class ActionTreesTest {

  /** Trees with no split: every candidate gets {@code 1 / (1 + e^-base)}. */
  static ActionTrees everyCandidate(double base) {
    return ActionTrees.with(new ActionTrees.Model(
        new TreeEnsemble(ActionTrees.NAMES, base, 1, List.of()), WordingModel.NONE), 0.7);
  }

  /** A thread where a task is handed out and taken on without a request's words. */
  static final Conversation THREAD = Threads.chat(
      "U1", "the partition filter got dropped in last night's deploy",
      "U2", "should i fix it and put the job back on daily?",
      "U1", "fix the filter, but it stays paused until lena has reviewed the diff",
      "U2", "ok, PR up in 30",
      "U3", "<@U2> can you also post in #data-eng once it's merged?",
      "U2", "sure",
      "U2", "and i'll add a test for the filter");

  /** The action items of {@code thread} with the rules' decisions and {@code trees}. */
  static List<ActionItem> actions(Conversation thread, ActionTrees trees) {
    return new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none(), trees)
        .summarize(thread, SummaryOptions.DEFAULT).actionItems();
  }

  private static String ts(Conversation thread, int message) {
    return thread.messages().get(message).ts();
  }

  @Test
  void a_trusted_reply_takes_on_the_task_in_the_words_of_what_it_answers() {
    List<ActionItem> rules = actions(THREAD, ActionTrees.none());
    List<ActionItem> withTrees = actions(THREAD, everyCandidate(5));

    assertThat(rules).noneMatch(a -> a.sources().contains(ts(THREAD, 3)));
    assertThat(withTrees).containsAll(rules);
    assertThat(withTrees).anySatisfy(a -> {
      assertThat(a.owner()).isEqualTo("U2");
      assertThat(a.sources()).containsExactly(ts(THREAD, 2), ts(THREAD, 3));
      assertThat(a.text()).containsIgnoringCase("fix the filter");
    });
  }

  @Test
  void a_reply_that_says_what_its_writer_will_do_words_the_task_itself() {
    // The rules list no task here (U1 reports it done); trees that trust every reply add one.
    Conversation thread = Threads.chat(
        "U1", "search p95 went from 180 to 420 ms after the 4.2 release",
        "U2", "Decision: we turn off ranking_v2 today.",
        "U1", "I'll flip the flag at 11:00 UTC and watch p95 for an hour",
        "U1", "Flag is off since 11:02 UTC. p95 is back at 185 ms.");

    assertThat(actions(thread, everyCandidate(5))).anySatisfy(a -> {
      assertThat(a.owner()).isEqualTo("U1");
      assertThat(a.sources()).containsExactly(ts(thread, 1), ts(thread, 2));
      assertThat(a.text()).startsWith("Flip the flag at 11:00 UTC").doesNotContain("ranking_v2");
    });
  }

  @Test
  void a_reply_an_item_already_cites_gets_no_second_task_and_every_added_task_is_the_repliers() {
    List<ActionItem> rules = actions(THREAD, ActionTrees.none());
    List<ActionItem> withTrees = actions(THREAD, everyCandidate(5));

    // "<@U2> can you also post …" — "sure" — "and i'll add a test …": the rules' one item.
    for (int message = 4; message <= 6; message++) {
      String said = ts(THREAD, message);
      assertThat(withTrees.stream().filter(a -> a.sources().contains(said)))
          .as("items citing message %d", message)
          .containsExactlyElementsOf(rules.stream().filter(a -> a.sources().contains(said))
              .toList());
    }
    // Each reply takes on one task at most, and it is the replier's.
    assertThat(withTrees.stream().filter(a -> a.sources().contains(ts(THREAD, 3)))).hasSize(1);
    List<ActionItem> added = withTrees.stream().filter(a -> !rules.contains(a)).toList();
    assertThat(added).isNotEmpty().allSatisfy(a -> {
      String reply = a.sources().get(a.sources().size() - 1);
      assertThat(THREAD.messages()).anySatisfy(m -> {
        assertThat(m.ts()).isEqualTo(reply);
        assertThat(m.user()).isEqualTo(a.owner());
      });
      assertThat(a.sources()).hasSize(2);
    });
  }

  @Test
  void untrusted_candidates_add_nothing() {
    assertThat(actions(THREAD, everyCandidate(-5))).isEqualTo(actions(THREAD, ActionTrees.none()));
  }

  /** The thread's first three messages, then {@code reply} by the one asked, then thanks. */
  private static Conversation answeredWith(String reply) {
    return Threads.chat(
        "U1", "the partition filter got dropped in last night's deploy",
        "U2", "should i fix it and put the job back on daily?",
        "U1", "fix the filter, but it stays paused until lena has reviewed the diff",
        "U2", reply,
        "U3", "thanks");
  }

  @Test
  void only_replies_that_take_something_on_in_words_or_say_little_are_weighed() {
    // Trusted whatever they are asked, the trees still are not asked about a reply of more than
    // three words that takes nothing on: it says something else.
    Conversation saysElse = answeredWith("the old diff from last week is on the shared drive");
    assertThat(actions(saysElse, everyCandidate(5)))
        .noneMatch(a -> a.owner().equals("U2") && a.sources().contains(ts(saysElse, 3)));

    Conversation saysLittle = answeredWith("sounds good");
    Conversation takesItOn = answeredWith("on it, right after the standup");
    for (Conversation thread : List.of(saysLittle, takesItOn)) {
      assertThat(actions(thread, ActionTrees.none())).as(thread.messages().get(3).text())
          .noneMatch(a -> a.sources().contains(ts(thread, 3)));
      assertThat(actions(thread, everyCandidate(5))).as(thread.messages().get(3).text())
          .anySatisfy(a -> {
            assertThat(a.owner()).isEqualTo("U2");
            assertThat(a.sources()).contains(ts(thread, 3));
          });
    }
  }

  /** A night's incident thread with one exchange in the middle. */
  private static Conversation incident(String asked, String answered, String replied) {
    return Threads.chat(
        "U3", "morning all, the nightly export to the warehouse failed again around 2am",
        "U4", "same error as last week? the partition one?",
        "U3", "looks like it, rows for tuesday are missing in the daily table",
        "U5", "finance noticed too, their dashboard is flat for tuesday",
        "U1", asked,
        "U2", answered,
        replied.startsWith("U3:") ? "U3" : "U1", replied.replaceFirst("^U3:", ""),
        "U5", "thanks both",
        "U4", "i will keep an eye on tonight's run");
  }

  @Test
  void the_shipped_trees_read_a_task_handed_out_without_a_requests_words() {
    Conversation thread = incident(
        "the schema change needs a migration too, want me to write it?",
        "yes please, write the migration and get it reviewed by friday", "will do");

    List<ActionItem> rules = actions(thread, ActionTrees.none());
    List<ActionItem> shipped = actions(thread, ActionTrees.shipped());

    assertThat(rules).noneMatch(a -> a.sources().contains(ts(thread, 6)));
    assertThat(shipped).anySatisfy(a -> {
      assertThat(a.owner()).isEqualTo("U1");
      assertThat(a.sources()).containsExactly(ts(thread, 5), ts(thread, 6));
      assertThat(a.text()).containsIgnoringCase("write the migration");
      assertThat(a.due()).isEqualTo("by friday");
    });
  }

  @Test
  void the_shipped_trees_take_an_agreement_to_a_decision_for_no_task() {
    Conversation thread = incident("so which fix, the filter or the schema change?",
        "we go with the filter fix, the schema change can wait", "U3:ok");

    assertThat(actions(thread, ActionTrees.shipped()))
        .isEqualTo(actions(thread, ActionTrees.none()))
        .noneMatch(a -> a.sources().contains(ts(thread, 6)));
  }
}
